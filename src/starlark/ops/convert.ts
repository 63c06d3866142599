// Conversions between Starlark numbers and host integers, with starlark-go's messages.

import { Float } from '../values/float.js';
import { floatToInt, intToFloat, type Int } from '../values/int.js';
import { typeOf } from '../values/builtin.js';
import { StarlarkError, type Value } from '../values/value.js';

/** An int in the int32 range, as starlark-go's AsInt32 (index, shift count, repeat count...). */
export function asInt32(v: Value): number {
  if (typeof v === 'number') {
    if (v >= -0x80000000 && v <= 0x7fffffff) return v;
    throw new StarlarkError(`${v} out of range`);
  }
  if (typeof v === 'bigint') throw new StarlarkError(`${v} out of range`);
  throw new StarlarkError(`got ${typeOf(v)}, want int`);
}

/** int or float → int (floats truncate toward zero). */
export function numberToInt(v: Value): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof Float) {
    if (Number.isNaN(v.v)) throw new StarlarkError('cannot convert float NaN to integer');
    if (!Number.isFinite(v.v)) throw new StarlarkError('cannot convert float infinity to integer');
    return floatToInt(v.v);
  }
  throw new StarlarkError(`cannot convert ${typeOf(v)} to int`);
}

/** int or float → host number, or undefined for other types. */
export function asFloat(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Float) return v.v;
  return undefined;
}

/** An int operand of a float operation: must convert to a finite float. */
export function finiteFloat(x: Int): number {
  return intToFloat(x);
}

export function isNumber(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof Float;
}
