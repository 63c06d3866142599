// Methods of list values: append clear extend index insert pop remove.
//
// Order of checks follows starlark-go, because it decides which error a bad call reports:
// arguments are unpacked first, then (for pop) the index is checked, and only then the
// list's mutability ("cannot append to frozen list", "... during iteration").

import { registerMethods } from '../ops/attr.js';
import { equals } from '../ops/compare.js';
import { toArray } from '../ops/iterate.js';
import type { Thread } from '../thread.js';
import { A, unpackPositional } from '../unpack.js';
import type { Kwargs, MethodImpl } from '../values/builtin.js';
import { List } from '../values/list.js';
import { None, StarlarkError, type Value } from '../values/value.js';
import { indices, int64 } from './string-args.js';

/** Runs f, prefixing any plain error with the method name (starlark-go's nameErr). */
export function named<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${name}: ${e.msg}`);
    throw e;
  }
}

/** recv.checkMutable(verb), with the method name in the error; free when the list is mutable. */
function mutable(name: string, recv: List, verb: string): void {
  if (recv.frozen || recv.itercount > 0) named(name, () => recv.checkMutable(verb));
}

function outOfRange(i: number, n: number): StarlarkError {
  if (n === 0) return new StarlarkError(`index ${i} out of range: empty list`);
  return new StarlarkError(`list index ${i} out of range [${-n}:${n - 1}]`);
}

function append(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  if (args.length !== 1 || kwargs !== null) unpackPositional(name, args, kwargs, 1, A.value);
  mutable(name, recv, 'append to');
  recv.elems.push(args[0]);
  return None;
}

function clear(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  mutable(name, recv, 'clear');
  recv.elems.length = 0;
  return None;
}

function extend(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [it] = unpackPositional(name, args, kwargs, 1, A.iterable);
  mutable(name, recv, 'extend');
  // A list is copied without iterating it, so x.extend(x) doubles x.
  const more = it instanceof List ? it.elems.slice() : toArray(it);
  for (const v of more) recv.elems.push(v);
  return None;
}

function index(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [x, start, end] = unpackPositional(name, args, kwargs, 1, A.value, A.value, A.value);
  const [lo, hi] = indices(name, start, end, recv.elems.length);
  for (let i = lo; i < hi; i++) {
    if (named(name, () => equals(recv.elems[i], x))) return i;
  }
  throw new StarlarkError(`${name}: value not in list`);
}

function insert(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [i0, x] = unpackPositional(name, args, kwargs, 2, int64, A.value);
  mutable(name, recv, 'insert into');
  const n = recv.elems.length;
  let i = i0 < 0 ? i0 + n : i0;
  if (i >= n) recv.elems.push(x);
  else {
    if (i < 0) i = 0;
    recv.elems.splice(i, 0, x);
  }
  return None;
}

function pop(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const n = recv.elems.length;
  const [arg] = unpackPositional(name, args, kwargs, 0, int64);
  const orig: number = arg ?? n - 1;
  const i = orig < 0 ? orig + n : orig;
  if (i < 0 || i >= n) throw new StarlarkError(`${name}: ${outOfRange(orig, n).msg}`);
  mutable(name, recv, 'pop from');
  return recv.elems.splice(i, 1)[0];
}

function remove(_t: Thread, recv: List, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [x] = unpackPositional(name, args, kwargs, 1, A.value);
  mutable(name, recv, 'remove from');
  const e = recv.elems;
  for (let i = 0; i < e.length; i++) {
    if (named('remove', () => equals(e[i], x))) {
      e.splice(i, 1);
      return None;
    }
  }
  throw new StarlarkError('remove: element not found');
}

export const listMethods: Record<string, MethodImpl> = { append, clear, extend, index, insert, pop, remove };

registerMethods('list', listMethods);
