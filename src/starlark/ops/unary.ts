// Unary operators: -x, +x, ~x, not x.

import { typeOf } from '../values/builtin.js';
import { Float } from '../values/float.js';
import { intNeg, intNot, isInt } from '../values/int.js';
import { StarlarkError, type Value } from '../values/value.js';

export function unary(op: '-' | '+' | '~', x: Value): Value {
  if (isInt(x)) {
    if (op === '-') return intNeg(x);
    if (op === '+') return x;
    return intNot(x);
  }
  if (x instanceof Float) {
    if (op === '-') return new Float(-x.v);
    if (op === '+') return x;
  }
  throw new StarlarkError(`unknown unary op: ${op} ${typeOf(x)}`);
}
