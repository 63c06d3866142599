// String methods that search for a substring: find rfind index rindex count
// startswith endswith replace partition rpartition removeprefix removesuffix.
//
// Strings are byte strings, so JS indexOf/lastIndexOf/startsWith already work on
// bytes exactly as Go's strings package does. The one place Go switches to runes is
// an empty needle: Count("é", "") is 2 (runes + 1) and Replace with an empty old
// string inserts between runes, an invalid byte counting as one rune.

import { decodeAt } from '../text/rune-scan.js';
import { typeOf, type Kwargs, type MethodImpl } from '../values/builtin.js';
import { Tuple } from '../values/tuple.js';
import { StarlarkError, type Value } from '../values/value.js';
import { A, unpackPositional } from '../unpack.js';
import type { Thread } from '../thread.js';
import { indices, int64 } from './string-args.js';

/** Size in bytes of the rune at s[i] (1 for an invalid byte), as utf8.DecodeRuneInString. */
function runeSize(s: string, i: number): number {
  return s.charCodeAt(i) < 0x80 ? 1 : decodeAt(s, i, s.length) >>> 21;
}

function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += runeSize(s, i)) n++;
  return n;
}

/** Go's strings.Count: non-overlapping occurrences; runes + 1 for an empty sub. */
export function goCount(s: string, sub: string): number {
  if (sub === '') return runeCount(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** Go's strings.Replace: the first n occurrences (all if n < 0) of old replaced by repl. */
export function goReplace(s: string, old: string, repl: string, n: number): string {
  if (old === repl || n === 0) return s;
  const m = goCount(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let k = 0; k < n; k++) {
    let j = start;
    if (old === '') {
      if (k > 0) j += runeSize(s, start);
    } else {
      j = s.indexOf(old, start);
    }
    out += s.slice(start, j) + repl;
    start = j + old.length;
  }
  return out + s.slice(start);
}

/** find, rfind, index, rindex: the byte offset of sub within s[start:end]. */
function findImpl(
  name: string,
  recv: string,
  args: Value[],
  kwargs: Kwargs | null,
  last: boolean,
  allowMissing: boolean,
): Value {
  const [sub, startV, endV] = unpackPositional(name, args, kwargs, 1, A.string, A.value, A.value);
  const [start, end] = indices(name, startV, endV, recv.length);
  const slice = start < end ? recv.slice(start, end) : '';
  const i = last ? slice.lastIndexOf(sub) : slice.indexOf(sub);
  if (i < 0) {
    if (allowMissing) return -1;
    throw new StarlarkError(`${name}: substring not found`);
  }
  return i + start;
}

const find: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => findImpl(name, recv, args, kwargs, false, true);
const rfind: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => findImpl(name, recv, args, kwargs, true, true);
const index: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => findImpl(name, recv, args, kwargs, false, false);
const rindex: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => findImpl(name, recv, args, kwargs, true, false);

const count: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  const [sub, startV, endV] = unpackPositional(name, args, kwargs, 1, A.string, A.value, A.value);
  const [start, end] = indices(name, startV, endV, recv.length);
  return goCount(start < end ? recv.slice(start, end) : '', sub);
};

/**
 * startswith/endswith: the argument is checked only after start/end, and a tuple's
 * elements one at a time, so an early match hides a later bad element (as in Go).
 */
const startsOrEndsWith: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  if (kwargs === null && args.length === 1 && typeof args[0] === 'string') {
    return name === 'endswith' ? recv.endsWith(args[0]) : recv.startsWith(args[0]);
  }
  const [x, startV, endV] = unpackPositional(name, args, kwargs, 1, A.value, A.value, A.value);
  const [start, end] = indices(name, startV, endV, recv.length);
  const s = recv.slice(start, end < start ? start : end);
  const test = name === 'endswith' ? (p: string) => s.endsWith(p) : (p: string) => s.startsWith(p);
  if (typeof x === 'string') return test(x);
  if (x instanceof Tuple) {
    for (let i = 0; i < x.elems.length; i++) {
      const p = x.elems[i];
      if (typeof p !== 'string') throw new StarlarkError(`${name}: want string, got ${typeOf(p)}, for element ${i}`);
      if (test(p)) return true;
    }
    return false;
  }
  throw new StarlarkError(`${name}: got ${typeOf(x)}, want string or tuple of string`);
};

const replace: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  if (kwargs === null && args.length === 2 && typeof args[0] === 'string' && typeof args[1] === 'string') {
    return goReplace(recv, args[0], args[1], -1);
  }
  const [old, repl, n] = unpackPositional(name, args, kwargs, 2, A.string, A.string, int64);
  return goReplace(recv, old, repl, n ?? -1);
};

const partition: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  const [sep] = unpackPositional(name, args, kwargs, 1, A.string);
  if (sep === '') throw new StarlarkError(`${name}: empty separator`);
  const fromLeft = name === 'partition';
  const i = fromLeft ? recv.indexOf(sep) : recv.lastIndexOf(sep);
  if (i < 0) return fromLeft ? new Tuple([recv, '', '']) : new Tuple(['', '', recv]);
  return new Tuple([recv.slice(0, i), sep, recv.slice(i + sep.length)]);
};

const removeFix: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  const [fix] = unpackPositional(name, args, kwargs, 1, A.string);
  if (name === 'removeprefix') return recv.startsWith(fix) ? recv.slice(fix.length) : recv;
  return recv.endsWith(fix) ? recv.slice(0, recv.length - fix.length) : recv;
};

export const searchMethods: Record<string, MethodImpl> = {
  count,
  endswith: startsOrEndsWith,
  find,
  index,
  partition,
  removeprefix: removeFix,
  removesuffix: removeFix,
  replace,
  rfind,
  rindex,
  rpartition: partition,
  startswith: startsOrEndsWith,
};
