// Universe functions about numbers and truth: abs, bool, float, int.

import { numberToInt } from '../../src/starlark/ops/convert.js';
import { truth } from '../../src/starlark/ops/truth.js';
import { A, unpackArgs, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { Float } from '../../src/starlark/values/float.js';
import { intNeg, intToFloat, isInt } from '../../src/starlark/values/int.js';
import { StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { asInt32 } from '../../src/starlark/ops/convert.js';
import { named, noKwargs } from './args.js';
import { parseGoFloat, parseIntLiteral } from './number-parse.js';

function abs(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('abs', args, kwargs, 1, A.value);
  if (x instanceof Float) return new Float(Math.abs(x.v));
  if (isInt(x)) return x < 0 ? intNeg(x) : x;
  throw new StarlarkError(`got ${typeOf(x)}, want int or float`); // sic: no "abs:" prefix
}

function bool(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('bool', args, kwargs, 0, A.value);
  return x === undefined ? false : truth(x);
}

function int(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x, base] = unpackArgs('int', args, kwargs, 'x', A.value, 'base?', A.value) as [Value, Value | undefined];
  if (typeof x === 'string') {
    let b = 10;
    if (base !== undefined) {
      try {
        b = asInt32(base);
      } catch {
        throw new StarlarkError(`int: for base, got ${typeOf(base)}, want int`);
      }
      if (b !== 0 && (b < 2 || b > 36)) throw new StarlarkError('int: base must be an integer >= 2 && <= 36');
    }
    const v = parseIntLiteral(x, b);
    if (v === null) throw new StarlarkError(`int: invalid literal with base ${b}: ${x}`);
    return v;
  }
  if (base !== undefined) throw new StarlarkError("int: can't convert non-string with explicit base");
  if (typeof x === 'boolean') return x ? 1 : 0;
  return named('int', () => numberToInt(x));
}

const SPECIAL: Record<string, number> = {
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity,
  nan: NaN,
  '+nan': NaN,
  '-nan': NaN,
};

/** float(s) for a string: Go's ParseFloat plus case-insensitive inf/infinity/nan. */
export function floatFromString(s: string): number {
  if (s === '') throw new StarlarkError('float: empty string');
  if (s.length <= 9) {
    const special = SPECIAL[s.toLowerCase()];
    if (special !== undefined && /^[-+a-zA-Z]+$/.test(s)) return special;
  }
  const f = parseGoFloat(s);
  if (f === Infinity || f === -Infinity) throw new StarlarkError('floating-point number too large');
  if (f === null) throw new StarlarkError(`invalid float literal: ${s}`);
  return f;
}

function float(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('float', kwargs);
  if (args.length === 0) return new Float(0);
  if (args.length !== 1) throw new StarlarkError(`float got ${args.length} arguments, wants 1`);
  const x = args[0];
  if (typeof x === 'boolean') return new Float(x ? 1 : 0);
  if (isInt(x)) return new Float(intToFloat(x));
  if (x instanceof Float) return x;
  if (typeof x === 'string') return new Float(floatFromString(x));
  throw new StarlarkError(`float got ${typeOf(x)}, want number or string`);
}

export const numberBuiltins: Builtin[] = [
  new Builtin('abs', abs),
  new Builtin('bool', bool).withUnary((x) => truth(x)),
  new Builtin('float', float),
  new Builtin('int', int),
];
