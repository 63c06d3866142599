// Methods of set values at Tilt's starlark-go: add clear difference discard intersection
// issubset issuperset pop remove symmetric_difference union. Each takes at most one
// iterable (no update, no multi-argument union: those came later).
//
// Behaviour copies starlark-go's quirks that a test can observe: add and discard are
// no-ops (even on a frozen set) when nothing changes; symmetric_difference toggles
// membership per element of the argument, so a repeated element cancels out;
// intersection keeps the argument's elements in the argument's order; issubset stops
// reading the argument once every element was found. A set that never held an element
// does not hash a key it is asked to delete (see dict.ts for the approximation).
//
// Called without an argument, starlark-go dereferences a nil iterable and crashes; here
// the argument defaults to an empty iterable instead.

import { registerMethods } from '../ops/attr.js';
import { iterate } from '../ops/iterate.js';
import type { Thread } from '../thread.js';
import { A, unpackPositional } from '../unpack.js';
import type { Kwargs, MethodImpl } from '../values/builtin.js';
import { hashKeyOf } from '../values/hash-key.js';
import { StarSet } from '../values/set.js';
import { None, StarlarkError, type Value } from '../values/value.js';
import { named } from './list.js';

function copyOf(s: StarSet): StarSet {
  const z = new StarSet();
  for (const [k, v] of s.map) z.map.set(k, v);
  return z;
}

/** Calls f on each element of the optional iterable argument; f returns true to stop. */
function eachArg(name: string, args: Value[], kwargs: Kwargs | null, f: (x: Value) => boolean | void): void {
  const [other] = unpackPositional(name, args, kwargs, 0, A.iterable);
  if (other === undefined) return;
  const it = iterate(other);
  try {
    named(name, () => {
      for (let x = it.next(); x !== undefined; x = it.next()) if (f(x)) return;
    });
  } finally {
    it.done();
  }
}

function add(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [x] = unpackPositional(name, args, kwargs, 1, A.value);
  named(name, () => {
    if (!recv.has(x)) recv.add(x);
  });
  return None;
}

function clear(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  if (recv.size > 0) {
    named(name, () => recv.checkMutable('clear'));
    recv.map.clear();
  }
  return None;
}

function difference(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const diff = copyOf(recv);
  const hashes = recv.size > 0;
  eachArg(name, args, kwargs, (x) => {
    if (hashes) diff.map.delete(hashKeyOf(x));
  });
  return diff;
}

function discard(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [x] = unpackPositional(name, args, kwargs, 1, A.value);
  named(name, () => {
    if (recv.has(x)) recv.delete(x);
  });
  return None;
}

function intersection(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const z = new StarSet();
  if (args.length === 0 && !kwargs?.length) return copyOf(recv);
  eachArg(name, args, kwargs, (x) => {
    if (recv.has(x)) z.addUnchecked(x);
  });
  return z;
}

function issubset(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const seen = new Set<unknown>();
  eachArg(name, args, kwargs, (x) => {
    if (seen.size === recv.size) return true;
    const k = hashKeyOf(x);
    if (recv.map.has(k)) seen.add(k);
  });
  return seen.size === recv.size;
}

function issuperset(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  let all = true;
  eachArg(name, args, kwargs, (x) => {
    if (!recv.has(x)) {
      all = false;
      return true;
    }
  });
  return all;
}

function pop(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  const first = recv.map.values().next();
  if (first.done) throw new StarlarkError(`${name}: empty set`);
  named(name, () => recv.delete(first.value));
  return first.value;
}

function remove(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [x] = unpackPositional(name, args, kwargs, 1, A.value);
  const found = named(name, () => {
    recv.checkMutable('delete from');
    return recv.size > 0 && recv.delete(x);
  });
  if (!found) throw new StarlarkError(`${name}: missing key`);
  return None;
}

function symmetricDifference(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const diff = copyOf(recv);
  let hashes = recv.size > 0;
  eachArg(name, args, kwargs, (x) => {
    if (hashes && diff.map.delete(hashKeyOf(x))) return;
    hashes = true;
    diff.addUnchecked(x);
  });
  return diff;
}

function union(_t: Thread, recv: StarSet, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const z = copyOf(recv);
  eachArg(name, args, kwargs, (x) => z.addUnchecked(x));
  return z;
}

export const setMethods: Record<string, MethodImpl> = {
  add,
  clear,
  difference,
  discard,
  intersection,
  issubset,
  issuperset,
  pop,
  remove,
  symmetric_difference: symmetricDifference,
  union,
};

registerMethods('set', setMethods);
