// Small argument and error helpers shared by the universe builtins.
//
// Several universe functions check their arguments by hand in starlark-go rather than
// through UnpackArgs, and their messages differ in small ways ("str does not accept
// keyword arguments", "type: got 2 arguments, want exactly 1"); these helpers keep
// those spellings in one place.

import { typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { normBig, type Int } from '../../src/starlark/values/int.js';
import { StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Conv } from '../../src/starlark/unpack.js';

/** "NAME does not accept keyword arguments" unless kwargs is empty. */
export function noKwargs(name: string, kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.length > 0) throw new StarlarkError(`${name} does not accept keyword arguments`);
}

/** Runs f, prefixing a plain error with `name: ` (starlark-go's nameErr). */
export function named<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${name}: ${e.msg}`);
    throw e;
  }
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/** A parameter Go unpacks into `int`: any int in the signed 64-bit range, kept exact. */
export const int64Exact: Conv<Int> = (v) => {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    if (v < INT64_MIN || v > INT64_MAX) throw new StarlarkError(`${v} out of range (want value in signed 64-bit range)`);
    return normBig(v);
  }
  throw new StarlarkError(`got ${typeOf(v)}, want int`);
};

/** Go's AsInt into a uint8 (bytes() elements). */
export function asByte(v: Value): number {
  if (typeof v === 'number' && v >= 0 && v <= 255) return v;
  if (typeof v === 'number' || typeof v === 'bigint') {
    throw new StarlarkError(`${v} out of range (want value in unsigned 8-bit range)`);
  }
  throw new StarlarkError(`got ${typeOf(v)}, want int`);
}
