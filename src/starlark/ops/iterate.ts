// Iteration protocol for for-loops, comprehensions and builtins that take iterables.

import { typeOf } from '../values/builtin.js';
import { StarObject, StarlarkError, type StarIterator, type Value } from '../values/value.js';

/** An iterator over v, or throws "T value is not iterable". Call done() when finished. */
export function iterate(v: Value): StarIterator {
  if (v instanceof StarObject && v.iterate) return v.iterate();
  throw new StarlarkError(`${typeOf(v)} value is not iterable`);
}

export function isIterable(v: Value): boolean {
  return v instanceof StarObject && v.iterate !== undefined;
}

/** All elements of an iterable, as a fresh array. */
export function toArray(v: Value): Value[] {
  const it = iterate(v);
  const out: Value[] = [];
  try {
    for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  } finally {
    it.done();
  }
  return out;
}

/** Elements of v as an array, reusing the backing array for lists and tuples (do not mutate it). */
export function elemsOf(v: Value): readonly Value[] {
  if (v instanceof StarObject && 'elems' in v && Array.isArray((v as { elems: unknown }).elems)) {
    return (v as unknown as { elems: Value[] }).elems;
  }
  return toArray(v);
}
