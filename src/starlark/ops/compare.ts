// Equality and ordering (spec: "Comparisons").
//
// Values of the same type compare by that type's rules; ints and floats compare exactly
// with each other; other mixed-type pairs are unequal and unordered. Nesting is limited
// to a depth of 10, as in starlark-go.

import { compareIntFloat, intCompare, type Int } from '../values/int.js';
import { Float } from '../values/float.js';
import { List } from '../values/list.js';
import { Tuple } from '../values/tuple.js';
import { Dict } from '../values/dict.js';
import { StarSet } from '../values/set.js';
import { compareFloats, compareStrings, threeway } from '../values/threeway.js';
import { typeOf } from '../values/builtin.js';
import { StarObject, StarlarkError, type CompareOp, type Value } from '../values/value.js';

const MAX_DEPTH = 10;

export function equals(x: Value, y: Value): boolean {
  if (x === y && typeof x !== 'object') return true;
  return compareDepth('==', x, y, MAX_DEPTH);
}

export function compare(op: CompareOp, x: Value, y: Value): boolean {
  return compareDepth(op, x, y, MAX_DEPTH);
}

export function compareDepth(op: CompareOp, x: Value, y: Value, depth: number): boolean {
  if (depth < 1) throw new StarlarkError('comparison exceeded maximum recursion depth');
  const tx = typeof x;
  const ty = typeof y;
  if (tx === 'string' && ty === 'string') return threeway(op, compareStrings(x as string, y as string));
  if ((tx === 'number' || tx === 'bigint') && (ty === 'number' || ty === 'bigint')) {
    return threeway(op, intCompare(x as Int, y as Int));
  }
  if (tx === 'boolean' && ty === 'boolean') return threeway(op, (x ? 1 : 0) - (y ? 1 : 0));
  if (x instanceof Float) {
    if (y instanceof Float) return threeway(op, compareFloats(x.v, y.v));
    if (ty === 'number' || ty === 'bigint') return threeway(op, -compareIntFloat(y as Int, x.v));
  } else if (y instanceof Float && (tx === 'number' || tx === 'bigint')) {
    return threeway(op, compareIntFloat(x as Int, y.v));
  }
  if (x instanceof StarObject && y instanceof StarObject && x.typeName === y.typeName) {
    return compareObjects(op, x, y, depth);
  }
  if (op === '==') return false;
  if (op === '!=') return true;
  throw new StarlarkError(`${typeOf(x)} ${op} ${typeOf(y)} not implemented`);
}

function compareObjects(op: CompareOp, x: StarObject, y: StarObject, depth: number): boolean {
  if (x instanceof List) return sliceCompare(op, x.elems, (y as List).elems, depth);
  if (x instanceof Tuple) return sliceCompare(op, x.elems, (y as Tuple).elems, depth);
  if (x instanceof Dict) {
    if (op === '==') return dictsEqual(x, y as Dict, depth);
    if (op === '!=') return !dictsEqual(x, y as Dict, depth);
  } else if (x instanceof StarSet) {
    return setCompare(op, x, y as StarSet);
  } else if (x.compareSameType) {
    return x.compareSameType(op, y, depth);
  } else {
    if (op === '==') return x === y;
    if (op === '!=') return x !== y;
  }
  throw new StarlarkError(`${x.typeName} ${op} ${y.typeName} not implemented`);
}

function sliceCompare(op: CompareOp, x: Value[], y: Value[], depth: number): boolean {
  if (x.length !== y.length && (op === '==' || op === '!=')) return op === '!=';
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!compareDepth('==', x[i], y[i], depth - 1)) {
      if (op === '==') return false;
      if (op === '!=') return true;
      return compareDepth(op, x[i], y[i], depth - 1);
    }
  }
  return threeway(op, x.length - y.length);
}

function dictsEqual(x: Dict, y: Dict, depth: number): boolean {
  if (x.size !== y.size) return false;
  for (const [hk, xv] of x.map) {
    const yv = y.map.get(hk);
    if (yv === undefined || !compareDepth('==', xv, yv, depth - 1)) return false;
  }
  return true;
}

function isSubset(x: StarSet, y: StarSet): boolean {
  if (x.size > y.size) return false;
  for (const k of x.map.keys()) if (!y.map.has(k)) return false;
  return true;
}

/** Set equality, and subset/superset ordering for <=, <, >=, >. */
function setCompare(op: CompareOp, x: StarSet, y: StarSet): boolean {
  switch (op) {
    case '==':
      return x.size === y.size && isSubset(x, y);
    case '!=':
      return !(x.size === y.size && isSubset(x, y));
    case '<=':
      return isSubset(x, y);
    case '<':
      return x.size < y.size && isSubset(x, y);
    case '>=':
      return isSubset(y, x);
    case '>':
      return y.size < x.size && isSubset(y, x);
  }
}
