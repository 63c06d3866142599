// Hash keys for dicts and sets.
//
// A JS Map gives insertion order and O(1) lookup; we only need a JS key with the same
// equality as Starlark's. Strings, ints and bools are their own keys; integral floats map
// to the equal int; identity-hashed objects (None, functions) are themselves. Composite
// keys (tuples, bytes, structs) become strings that start with a char above 0xFF, which no
// byte string can contain, so they never collide with a string key.

import type { HashKey, Value } from './value.js';
import { StarObject } from './value.js';

export function hashKeyOf(v: Value): HashKey {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return v;
    default:
      return v.hashKey();
  }
}

const ids = new WeakMap<object, number>();
let nextId = 1;

function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** Encodes a hash key as a string fragment, for use inside a composite key. */
export function encodeKey(k: HashKey): string {
  switch (typeof k) {
    case 'string':
      return k.length > 0 && k.charCodeAt(0) > 0xff ? `c${k.length}:${k}` : `s${k.length}:${k}`;
    case 'number':
      return Number.isInteger(k) ? `i${k}` : `f${k}`;
    case 'bigint':
      return `i${k}`;
    case 'boolean':
      return k ? 'T' : 'F';
    default:
      return `#${objectId(k)}`;
  }
}

/** Composite key for a sequence of values (a tuple), tagged by `tag`. */
export function compositeKey(tag: string, elems: readonly Value[]): string {
  let s = '\u0100' + tag + elems.length + '(';
  for (const e of elems) s += encodeKey(hashKeyOf(e)) + ',';
  return s;
}

export function isStarObject(v: Value): v is StarObject {
  return v instanceof StarObject;
}
