// Indexing and slicing: x[i], x[i] = v, x[lo:hi:step].

import { Bytes } from '../values/bytes.js';
import { typeOf } from '../values/builtin.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import { Range } from '../values/range.js';
import { repr } from '../values/repr.js';
import { Tuple, makeTuple } from '../values/tuple.js';
import { None, StarObject, StarlarkError, type Value } from '../values/value.js';
import { asInt32 } from './convert.js';

function outOfRange(i: number, n: number, x: Value): StarlarkError {
  if (n === 0) return new StarlarkError(`index ${i} out of range: empty ${typeOf(x)}`);
  return new StarlarkError(`${typeOf(x)} index ${i} out of range [${-n}:${n - 1}]`);
}

/** Resolves a (possibly negative) sequence index against length n. */
function seqIndex(x: Value, y: Value, n: number): number {
  let i: number;
  try {
    i = asInt32(y);
  } catch (e) {
    throw new StarlarkError(`${typeOf(x)} index: ${(e as StarlarkError).msg}`);
  }
  const orig = i;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw outOfRange(orig, n, x);
  return i;
}

export function getIndex(x: Value, y: Value): Value {
  if (x instanceof List || x instanceof Tuple) {
    const e = x.elems;
    if (typeof y === 'number' && y >= 0 && y < e.length) return e[y];
    return e[seqIndex(x, y, e.length)];
  }
  if (x instanceof Dict) {
    const v = x.get(y);
    if (v === undefined) throw new StarlarkError(`key ${repr(y)} not in dict`);
    return v;
  }
  if (typeof x === 'string') return x[seqIndex(x, y, x.length)];
  if (x instanceof Bytes) return new Bytes(x.data[seqIndex(x, y, x.data.length)]);
  if (x instanceof Range) return x.at(seqIndex(x, y, x.length));
  if (x instanceof StarObject) {
    if (x.getItem) return x.getItem(y);
    if (x.indexAt && x.len) return x.indexAt(seqIndex(x, y, x.len()));
  }
  throw new StarlarkError(`unhandled index operation ${typeOf(x)}[${typeOf(y)}]`);
}

export function setIndex(x: Value, y: Value, v: Value): void {
  if (x instanceof Dict) {
    x.set(y, v);
    return;
  }
  if (x instanceof List) {
    x.checkMutable('assign to element of');
    x.elems[seqIndex(x, y, x.elems.length)] = v;
    return;
  }
  if (x instanceof StarObject && x.setItem) {
    x.setItem(y, v);
    return;
  }
  throw new StarlarkError(`${typeOf(x)} value does not support item assignment`);
}

function indexArg(v: Value, n: number, dflt: number): number {
  if (v === None) return dflt;
  let i = asInt32(v);
  if (i < 0) i += n;
  return i;
}

/** The start, end (exclusive, may be -1) and step a slice selects in a sequence of length n. */
export function sliceIndices(lo: Value, hi: Value, stepV: Value, n: number): [number, number, number] {
  let step = 1;
  if (stepV !== None) {
    try {
      step = asInt32(stepV);
    } catch (e) {
      throw new StarlarkError(`invalid slice step: ${(e as StarlarkError).msg}`);
    }
    if (step === 0) throw new StarlarkError('zero is not a valid slice step');
  }
  let start: number;
  let end: number;
  try {
    start = indexArg(lo, n, step > 0 ? 0 : n - 1);
  } catch (e) {
    throw new StarlarkError(`invalid start index: ${(e as StarlarkError).msg}`);
  }
  try {
    end = indexArg(hi, n, step > 0 ? n : -1);
  } catch (e) {
    throw new StarlarkError(`invalid end index: ${(e as StarlarkError).msg}`);
  }
  if (step > 0) {
    start = Math.min(Math.max(start, 0), n);
    end = Math.min(Math.max(end, 0), n);
    if (end < start) end = start;
  } else {
    if (start >= n) start = n - 1;
    if (end < -1) end = -1;
    if (start < end) start = end;
  }
  return [start, end, step];
}

function sliceString(s: string, start: number, end: number, step: number): string {
  if (step === 1) return s.slice(start, end);
  let out = '';
  if (step > 0) for (let i = start; i < end; i += step) out += s[i];
  else for (let i = start; i > end; i += step) out += s[i];
  return out;
}

function sliceArray(a: Value[], start: number, end: number, step: number): Value[] {
  if (step === 1) return a.slice(start, end);
  const out: Value[] = [];
  if (step > 0) for (let i = start; i < end; i += step) out.push(a[i]);
  else for (let i = start; i > end; i += step) out.push(a[i]);
  return out;
}

export function slice(x: Value, lo: Value, hi: Value, step: Value): Value {
  if (typeof x === 'string') {
    const [a, b, s] = sliceIndices(lo, hi, step, x.length);
    return sliceString(x, a, b, s);
  }
  if (x instanceof List) {
    const [a, b, s] = sliceIndices(lo, hi, step, x.elems.length);
    return new List(sliceArray(x.elems, a, b, s));
  }
  if (x instanceof Tuple) {
    const [a, b, s] = sliceIndices(lo, hi, step, x.elems.length);
    return makeTuple(sliceArray(x.elems, a, b, s));
  }
  if (x instanceof Bytes) {
    const [a, b, s] = sliceIndices(lo, hi, step, x.data.length);
    return new Bytes(sliceString(x.data, a, b, s));
  }
  if (x instanceof Range) {
    const [a, b, s] = sliceIndices(lo, hi, step, x.length);
    return new Range(x.at(a), x.at(b), x.step * s);
  }
  throw new StarlarkError(`invalid slice operand ${typeOf(x)}`);
}
