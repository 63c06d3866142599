// Argument unpacking for builtins, with starlark-go's UnpackArgs wording:
//
//   unpackArgs('split', args, kwargs, 'sep?', A.stringOrNone, 'maxsplit?', A.int)
//
// Each parameter is a name (suffix `?`: optional; `??`: optional, and None counts as
// absent) followed by a converter. Converters throw "got T, want U"; the unpacker adds
// "FN: for parameter NAME: ". Absent optional parameters come back as undefined.

import { isIterable } from './ops/iterate.js';
import { asInt32 } from './ops/convert.js';
import { nearest } from './resolve/spell.js';
import { Builtin, typeOf, type Kwargs } from './values/builtin.js';
import { Dict } from './values/dict.js';
import { Float } from './values/float.js';
import { StarFunction } from './values/function.js';
import { isInt, type Int } from './values/int.js';
import { List } from './values/list.js';
import { repr } from './values/repr.js';
import { Tuple } from './values/tuple.js';
import { None, StarObject, StarlarkError, type Value } from './values/value.js';

export type Conv<T = unknown> = (v: Value) => T;

function want(v: Value, what: string): StarlarkError {
  return new StarlarkError(`got ${typeOf(v)}, want ${what}`);
}

/** Converters for use with unpackArgs. */
export const A = {
  value: ((v) => v) as Conv<Value>,
  string: ((v) => {
    if (typeof v !== 'string') throw want(v, 'string');
    return v;
  }) as Conv<string>,
  stringOrNone: ((v) => {
    if (v === None) return undefined;
    if (typeof v !== 'string') throw want(v, 'string or None');
    return v;
  }) as Conv<string | undefined>,
  bool: ((v) => {
    if (typeof v !== 'boolean') throw want(v, 'bool');
    return v;
  }) as Conv<boolean>,
  int: ((v) => {
    if (!isInt(v)) throw want(v, 'int');
    return v;
  }) as Conv<Int>,
  int32: ((v) => asInt32(v)) as Conv<number>,
  float: ((v) => {
    if (!(v instanceof Float)) throw want(v, 'float');
    return v.v;
  }) as Conv<number>,
  list: ((v) => {
    if (!(v instanceof List)) throw want(v, 'list');
    return v;
  }) as Conv<List>,
  tuple: ((v) => {
    if (!(v instanceof Tuple)) throw want(v, 'tuple');
    return v;
  }) as Conv<Tuple>,
  dict: ((v) => {
    if (!(v instanceof Dict)) throw want(v, 'dict');
    return v;
  }) as Conv<Dict>,
  callable: ((v) => {
    if (!(v instanceof StarFunction || v instanceof Builtin || (v instanceof StarObject && v.callAs))) throw want(v, 'callable');
    return v;
  }) as Conv<Value>,
  iterable: ((v) => {
    if (!isIterable(v)) throw want(v, 'iterable');
    return v;
  }) as Conv<Value>,
};

function paramName(p: string): string {
  return p.replace(/\?+$/, '');
}

/** starlark-go's UnpackArgs: positional then keyword arguments bound to named parameters. */
export function unpackArgs(fn: string, args: Value[], kwargs: Kwargs | null, ...pairs: (string | Conv)[]): any[] {
  const n = pairs.length / 2;
  const out: unknown[] = new Array(n);
  const defined: boolean[] = new Array(n).fill(false);
  if (args.length > n) throw new StarlarkError(`${fn}: got ${args.length} arguments, want at most ${n}`);
  for (let i = 0; i < args.length; i++) {
    defined[i] = true;
    out[i] = convert(fn, pairs[2 * i] as string, paramName(pairs[2 * i] as string), pairs[2 * i + 1] as Conv, args[i]);
  }
  if (kwargs) {
    for (const [k, v] of kwargs) {
      let i = 0;
      while (i < n && paramName(pairs[2 * i] as string) !== k) i++;
      if (i === n) {
        const hint = nearest(k, Array.from({ length: n }, (_, j) => paramName(pairs[2 * j] as string)));
        throw new StarlarkError(`${fn}: unexpected keyword argument ${repr(k)}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
      if (defined[i]) throw new StarlarkError(`${fn}: got multiple values for keyword argument ${repr(k)}`);
      defined[i] = true;
      out[i] = convert(fn, pairs[2 * i] as string, repr(k), pairs[2 * i + 1] as Conv, v);
    }
  }
  for (let i = args.length; i < n; i++) {
    const p = pairs[2 * i] as string;
    if (p.endsWith('?')) break;
    if (!defined[i]) throw new StarlarkError(`${fn}: missing argument for ${p}`);
  }
  return out;
}

function convert(fn: string, spec: string, label: string, conv: Conv, v: Value): unknown {
  if (spec.endsWith('??') && v === None) return undefined;
  try {
    return conv(v);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${fn}: for parameter ${label}: ${e.msg}`);
    throw e;
  }
}

/** starlark-go's UnpackPositionalArgs: between min and convs.length positional arguments, no keywords. */
export function unpackPositional(fn: string, args: Value[], kwargs: Kwargs | null, min: number, ...convs: Conv[]): any[] {
  if (kwargs !== null && kwargs.length > 0) throw new StarlarkError(`${fn}: unexpected keyword arguments`);
  const max = convs.length;
  const n = args.length;
  if (n < min) {
    throw new StarlarkError(`${fn}: got ${n} arguments, want ${min < max ? 'at least ' : ''}${min}`);
  }
  if (n > max) {
    throw new StarlarkError(`${fn}: got ${n} arguments, want ${max > min ? 'at most ' : ''}${max}`);
  }
  const out: unknown[] = new Array(n);
  let i = 0;
  try {
    for (; i < n; i++) out[i] = convs[i](args[i]);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${fn}: for parameter ${i + 1}: ${e.msg}`);
    throw e;
  }
  return out;
}

/** Fails unless there are no arguments at all. */
export function noArgs(fn: string, args: Value[], kwargs: Kwargs | null): void {
  unpackPositional(fn, args, kwargs, 0);
}
