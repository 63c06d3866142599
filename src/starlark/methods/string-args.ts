// Argument helpers shared by the string and bytes methods, with starlark-go's wording.
//
// Two integer conventions coexist in starlark-go and both show in messages: start/end
// indices go through AsInt32 ("invalid start index: 4294967296 out of range"), while
// parameters unpacked into a Go `int` (replace's count, split's maxsplit) accept the
// whole signed 64-bit range and complain in AsInt's longer form.

import { asInt32 } from '../ops/convert.js';
import { typeOf } from '../values/builtin.js';
import { None, StarlarkError, type Value } from '../values/value.js';
import type { Conv } from '../unpack.js';

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

/**
 * Converter for a parameter Go unpacks into `int` (64 bits on the platforms Tilt ships for).
 * Values beyond 2^53 only ever mean "more than any string length", so they come back as
 * inexact but equally huge numbers.
 */
export const int64: Conv<number> = (v) => {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') {
    if (v < INT64_MIN || v > INT64_MAX) {
      throw new StarlarkError(`${v} out of range (want value in signed 64-bit range)`);
    }
    return Number(v);
  }
  throw new StarlarkError(`got ${typeOf(v)}, want int`);
};

function asIndex(v: Value | undefined, n: number, dflt: number, which: string): number {
  if (v === undefined || v === None) return dflt;
  let i: number;
  try {
    i = asInt32(v);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`invalid ${which} index: ${e.msg}`);
    throw e;
  }
  if (i < 0) i += n;
  return i < 0 ? 0 : i > n ? n : i;
}

/**
 * starlark-go's `indices`: optional start/end arguments (None = omitted) resolved
 * against length n, negative values counting from the end, both clamped to [0, n].
 * end may come out below start. Errors carry the method name, as nameErr does.
 */
export function indices(fn: string, start: Value | undefined, end: Value | undefined, n: number): [number, number] {
  try {
    return [asIndex(start, n, 0, 'start'), asIndex(end, n, n, 'end')];
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${fn}: ${e.msg}`);
    throw e;
  }
}
