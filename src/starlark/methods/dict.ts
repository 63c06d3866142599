// Methods of dict values: clear get items keys pop popitem setdefault update values,
// plus updateDict, which the dict() builtin shares with update().
//
// starlark-go's hash table skips hashing when it has never held an entry, so pop on an
// empty dict reports "missing key" even for an unhashable key; we use "is empty" for
// "never held an entry", which differs only for dicts emptied after use.

import { registerMethods } from '../ops/attr.js';
import { iterate } from '../ops/iterate.js';
import { lengthOf } from '../ops/truth.js';
import type { Thread } from '../thread.js';
import { A, unpackPositional } from '../unpack.js';
import { typeOf, type Kwargs, type MethodImpl } from '../values/builtin.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import { repr } from '../values/repr.js';
import { Tuple } from '../values/tuple.js';
import { None, StarObject, StarlarkError, type HashKey, type Value } from '../values/value.js';
import { named } from './list.js';

/**
 * dict(x, **kw) / d.update(x, **kw): x is a dict (its items) or an iterable of pairs;
 * keyword arguments come last. Errors are bare; callers prefix their own name.
 */
export function updateDict(d: Dict, args: Value[], kwargs: Kwargs | null): void {
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof Dict) {
      if (src.size > 0) {
        d.checkMutable('insert into');
        d.setAllUnchecked(src);
      }
    } else {
      if (!(src instanceof StarObject && src.iterate)) throw new StarlarkError(`got ${typeOf(src)}, want iterable`);
      const it = iterate(src);
      try {
        for (let i = 0, pair = it.next(); pair !== undefined; i++, pair = it.next()) {
          d.set(...pairOf(pair, i));
        }
      } finally {
        it.done();
      }
    }
  }
  if (kwargs === null || kwargs.length === 0) return;
  const before = d.size;
  for (const [k, v] of kwargs) d.set(k, v);
  if (d.size < before + kwargs.length) {
    const seen = new Set<string>();
    for (const [k] of kwargs) {
      if (seen.has(k)) throw new StarlarkError(`duplicate keyword arg: ${repr(k)}`);
      seen.add(k);
    }
  }
}

/** The key and value of the i'th element of a dict update sequence. */
function pairOf(pair: Value, i: number): [Value, Value] {
  if (pair instanceof Tuple || pair instanceof List) {
    if (pair.elems.length !== 2) {
      throw new StarlarkError(`dictionary update sequence element #${i} has length ${pair.elems.length}, want 2`);
    }
    return [pair.elems[0], pair.elems[1]];
  }
  if (!(pair instanceof StarObject && pair.iterate)) {
    throw new StarlarkError(`dictionary update sequence element #${i} is not iterable (${typeOf(pair)})`);
  }
  const n = lengthOf(pair);
  if (n < 0) throw new StarlarkError(`dictionary update sequence element #${i} has unknown length (${typeOf(pair)})`);
  if (n !== 2) throw new StarlarkError(`dictionary update sequence element #${i} has length ${n}, want 2`);
  const it = pair.iterate();
  try {
    const k = it.next() as Value;
    return [k, it.next() as Value];
  } finally {
    it.done();
  }
}

function clear(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  recv.clear(); // starlark-go returns this error without the method name
  return None;
}

function get(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  if (kwargs !== null || args.length < 1 || args.length > 2) unpackPositional(name, args, kwargs, 1, A.value, A.value);
  const k = args[0];
  // Strings and ints are their own hash keys, and never unhashable.
  const v = typeof k === 'string' || typeof k === 'number' ? recv.map.get(k) : named(name, () => recv.get(k));
  return v !== undefined ? v : args.length > 1 ? args[1] : None;
}

function items(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  const entries = recv.entries();
  const out: Value[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) out[i] = new Tuple(entries[i]);
  return new List(out);
}

function keys(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  return new List(recv.keys());
}

function values(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  return new List(recv.values());
}

function pop(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [k, dflt] = unpackPositional(name, args, kwargs, 1, A.value, A.value);
  const v = named(name, () => {
    recv.checkMutable('delete from');
    return recv.size === 0 ? undefined : recv.delete(k);
  });
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw new StarlarkError(`${name}: missing key`);
}

function popitem(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  unpackPositional(name, args, kwargs, 0);
  if (recv.size === 0) throw new StarlarkError(`${name}: empty dict`);
  const k = recv.keyOf(recv.map.keys().next().value as HashKey);
  const v = recv.map.values().next().value as Value;
  named(name, () => recv.delete(k));
  return new Tuple([k, v]);
}

function setdefault(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  const [k, dflt = None] = unpackPositional(name, args, kwargs, 1, A.value, A.value);
  return named(name, () => {
    const v = recv.get(k);
    if (v !== undefined) return v;
    recv.set(k, dflt);
    return dflt;
  });
}

function update(_t: Thread, recv: Dict, args: Value[], kwargs: Kwargs | null, name: string): Value {
  if (args.length > 1) throw new StarlarkError(`${name}: got ${args.length} arguments, want at most 1`);
  named(name, () => updateDict(recv, args, kwargs));
  return None;
}

export const dictMethods: Record<string, MethodImpl> = {
  clear,
  get,
  items,
  keys,
  pop,
  popitem,
  setdefault,
  update,
  values,
};

registerMethods('dict', dictMethods);
