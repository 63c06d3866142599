// Binary operators other than comparisons and and/or (spec: "Arithmetic operations",
// "Membership tests", "Bitwise operations"). The compiled code handles small-int fast
// paths inline and falls back to `binary` for everything else.

import { Bytes } from '../values/bytes.js';
import { typeOf } from '../values/builtin.js';
import { Dict } from '../values/dict.js';
import { Float } from '../values/float.js';
import * as I from '../values/int.js';
import { List } from '../values/list.js';
import { Range } from '../values/range.js';
import { StarSet } from '../values/set.js';
import { Tuple, makeTuple } from '../values/tuple.js';
import { StarObject, StarlarkError, type Value } from '../values/value.js';
import { equals } from './compare.js';
import { asInt32, finiteFloat, numberToInt } from './convert.js';
import { interpolate } from './interpolate.js';
import { hashKeyOf } from '../values/hash-key.js';

export type ArithOp = '+' | '-' | '*' | '/' | '//' | '%' | '|' | '&' | '^' | '<<' | '>>' | 'in' | 'not in';

const isInt = I.isInt;

export function binary(op: ArithOp, x: Value, y: Value): Value {
  const r = binaryOrUndefined(op, x, y);
  if (r !== undefined) return r;
  if (x instanceof StarObject && x.binaryOp) {
    const z = x.binaryOp(op, y, 'left');
    if (z !== undefined) return z;
  }
  if (y instanceof StarObject && y.binaryOp) {
    const z = y.binaryOp(op, x, 'right');
    if (z !== undefined) return z;
  }
  throw new StarlarkError(`unknown binary op: ${typeOf(x)} ${op} ${typeOf(y)}`);
}

function binaryOrUndefined(op: ArithOp, x: Value, y: Value): Value | undefined {
  switch (op) {
    case '+':
      return plus(x, y);
    case '-':
      return minus(x, y);
    case '*':
      return star(x, y);
    case '/':
      return slash(x, y);
    case '//':
      return floorDiv(x, y);
    case '%':
      return percent(x, y);
    case 'in':
      return contains(y, x);
    case 'not in': {
      const r = contains(y, x);
      return r === undefined ? undefined : !r;
    }
    case '|':
      return pipe(x, y);
    case '&':
      return amp(x, y);
    case '^':
      return caret(x, y);
    case '<<':
    case '>>':
      return shift(op, x, y);
  }
}

/** Applies a float operation when at least one operand is a float and the other a number. */
function floatOp(x: Value, y: Value, f: (a: number, b: number) => number): Value | undefined {
  const xf = x instanceof Float ? x.v : isInt(x) ? undefined : null;
  const yf = y instanceof Float ? y.v : isInt(y) ? undefined : null;
  if (xf === null || yf === null) return undefined;
  if (xf === undefined && yf === undefined) return undefined;
  const a = xf ?? finiteFloat(x as I.Int);
  const b = yf ?? finiteFloat(y as I.Int);
  return new Float(f(a, b));
}

function plus(x: Value, y: Value): Value | undefined {
  if (typeof x === 'string') return typeof y === 'string' ? x + y : undefined;
  if (isInt(x) && isInt(y)) return I.intAdd(x, y);
  if (x instanceof List) return y instanceof List ? new List(x.elems.concat(y.elems)) : undefined;
  if (x instanceof Tuple) return y instanceof Tuple ? makeTuple(x.elems.concat(y.elems)) : undefined;
  if (x instanceof Bytes) return y instanceof Bytes ? new Bytes(x.data + y.data) : undefined;
  return floatOp(x, y, (a, b) => a + b);
}

function minus(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) return I.intSub(x, y);
  if (x instanceof StarSet && y instanceof StarSet) {
    const z = new StarSet();
    for (const [k, v] of x.map) if (!y.map.has(k)) z.map.set(k, v);
    return z;
  }
  return floatOp(x, y, (a, b) => a - b);
}

function star(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) return I.intMul(x, y);
  if (isInt(y)) {
    if (typeof x === 'string') return stringRepeat(x, y);
    if (x instanceof List) return new List(repeat(x.elems, y));
    if (x instanceof Tuple) return makeTuple(repeat(x.elems, y));
    if (x instanceof Bytes) return new Bytes(stringRepeat(x.data, y));
  }
  if (isInt(x)) {
    if (typeof y === 'string') return stringRepeat(y, x);
    if (y instanceof List) return new List(repeat(y.elems, x));
    if (y instanceof Tuple) return makeTuple(repeat(y.elems, x));
    if (y instanceof Bytes) return new Bytes(stringRepeat(y.data, x));
  }
  return floatOp(x, y, (a, b) => a * b);
}

const MAX_ALLOC = 1 << 30;

function repeatCount(n: I.Int): number {
  try {
    return asInt32(n);
  } catch {
    throw new StarlarkError(`repeat count ${n} too large`);
  }
}

function stringRepeat(s: string, n: I.Int): string {
  if (s.length === 0) return '';
  const i = repeatCount(n);
  if (i < 1) return '';
  if (s.length * i >= MAX_ALLOC) throw new StarlarkError(`excessive repeat (${s.length} * ${i} elements)`);
  return s.repeat(i);
}

function repeat(elems: Value[], n: I.Int): Value[] {
  if (elems.length === 0) return [];
  const i = repeatCount(n);
  if (i < 1) return [];
  if (elems.length * i >= MAX_ALLOC) throw new StarlarkError(`excessive repeat (${elems.length} * ${i} elements)`);
  const out = new Array<Value>(elems.length * i);
  for (let k = 0; k < i; k++) for (let j = 0; j < elems.length; j++) out[k * elems.length + j] = elems[j];
  return out;
}

function slash(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) {
    const b = finiteFloat(y);
    if (b === 0) throw new StarlarkError('floating-point division by zero');
    return new Float(intDivToFloat(x, y, b));
  }
  return floatOp(x, y, (a, b) => {
    if (b === 0) throw new StarlarkError('floating-point division by zero');
    return a / b;
  });
}

/** int / int as the float nearest to the exact quotient. */
function intDivToFloat(x: I.Int, y: I.Int, yf: number): number {
  if (typeof x === 'number' && typeof y === 'number') return x / y;
  const xf = finiteFloat(x);
  return xf / yf;
}

function floorDiv(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) {
    if (y === 0) throw new StarlarkError('floored division by zero');
    return I.intFloorDiv(x, y);
  }
  return floatOp(x, y, (a, b) => {
    if (b === 0) throw new StarlarkError('floored division by zero');
    return Math.floor(a / b);
  });
}

function floatMod(a: number, b: number): number {
  let z = a % b;
  if (a < 0 !== b < 0 && z !== 0) z += b;
  return z;
}

function percent(x: Value, y: Value): Value | undefined {
  if (typeof x === 'string') return interpolate(x, y);
  if (isInt(x) && isInt(y)) {
    if (y === 0) throw new StarlarkError('integer modulo by zero');
    return I.intMod(x, y);
  }
  return floatOp(x, y, (a, b) => {
    if (b === 0) throw new StarlarkError('floating-point modulo by zero');
    return floatMod(a, b);
  });
}

/** `x in container`; undefined when the container type does not support `in`. */
function contains(container: Value, x: Value): boolean | undefined {
  if (typeof container === 'string') {
    if (typeof x !== 'string') {
      throw new StarlarkError(`'in <string>' requires string as left operand, not ${typeOf(x)}`);
    }
    return container.includes(x);
  }
  if (container instanceof List || container instanceof Tuple) {
    for (const e of container.elems) if (equals(e, x)) return true;
    return false;
  }
  if (container instanceof Dict) {
    try {
      return container.map.has(hashKeyOf(x));
    } catch {
      return false;
    }
  }
  if (container instanceof StarSet) return container.map.has(hashKeyOf(x));
  if (container instanceof Range) {
    let i: I.Int;
    try {
      i = numberToInt(x);
    } catch {
      throw new StarlarkError(`'in <range>' requires integer as left operand, not ${typeOf(x)}`);
    }
    if (x instanceof Float && !Number.isInteger(x.v)) return false;
    return typeof i === 'number' && container.contains(i);
  }
  if (container instanceof Bytes) {
    if (x instanceof Bytes) return container.data.includes(x.data);
    if (isInt(x)) {
      if (typeof x !== 'number' || x < 0 || x > 255) {
        throw new StarlarkError(`int in bytes: ${x} out of range`);
      }
      return container.data.includes(String.fromCharCode(x));
    }
    throw new StarlarkError(`'in bytes' requires bytes or int as left operand, not ${typeOf(x)}`);
  }
  if (container instanceof StarObject && container.getItem) {
    try {
      container.getItem(x);
      return true;
    } catch {
      return false;
    }
  }
  return undefined;
}

function pipe(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) return I.intOr(x, y);
  if (x instanceof StarSet && y instanceof StarSet) {
    const z = new StarSet();
    for (const [k, v] of x.map) z.map.set(k, v);
    for (const [k, v] of y.map) if (!z.map.has(k)) z.map.set(k, v);
    return z;
  }
  if (x instanceof Dict && y instanceof Dict) {
    const z = new Dict();
    z.setAllUnchecked(x);
    z.setAllUnchecked(y);
    return z;
  }
  return undefined;
}

function amp(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) return I.intAnd(x, y);
  if (x instanceof StarSet && y instanceof StarSet) {
    // as x.intersection(y): y's elements that x has, in y's order
    const z = new StarSet();
    for (const [k, v] of y.map) if (x.map.has(k)) z.map.set(k, v);
    return z;
  }
  return undefined;
}

function caret(x: Value, y: Value): Value | undefined {
  if (isInt(x) && isInt(y)) return I.intXor(x, y);
  if (x instanceof StarSet && y instanceof StarSet) {
    const z = new StarSet();
    for (const [k, v] of x.map) if (!y.map.has(k)) z.map.set(k, v);
    for (const [k, v] of y.map) if (!x.map.has(k)) z.map.set(k, v);
    return z;
  }
  return undefined;
}

function shift(op: '<<' | '>>', x: Value, y: Value): Value | undefined {
  if (!isInt(x)) return undefined;
  const n = asInt32(y);
  if (n < 0) throw new StarlarkError(`negative shift count: ${n}`);
  if (op === '<<') {
    if (n >= 512) throw new StarlarkError(`shift count too large: ${n}`);
    return I.intShift(x, n, true);
  }
  return I.intShift(x, n, false);
}
