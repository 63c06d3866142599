// Argument converters shared by Tilt builtins, with the error texts of Tilt's own
// unpackers (reference §1.0). Converters return host strings (UTF-16) for text, paths and
// commands; Starlark values stay Starlark values.

import { toHost } from '../../grammar/utf8.js';
import { Float } from '../../src/starlark/values/float.js';
import { isInt, type Int } from '../../src/starlark/values/int.js';
import { typeOf } from '../../src/starlark/values/builtin.js';
import { Dict } from '../../src/starlark/values/dict.js';
import { List } from '../../src/starlark/values/list.js';
import { Tuple } from '../../src/starlark/values/tuple.js';
import { str } from '../../src/starlark/values/repr.js';
import { None, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import { A } from '../../src/starlark/unpack.js';
import { Blob } from './blob.js';
import type { CallContext, Conv } from './declare.js';
import { goTypeName } from './go-types.js';
import { PathValue } from './path-value.js';

function want(v: Value, what: string): StarlarkError {
  return new StarlarkError(`got ${typeOf(v)}, want ${what}`);
}

/** The elements of a list or tuple, or undefined for other values. */
export function sequenceElems(v: Value): Value[] | undefined {
  return v instanceof List || v instanceof Tuple ? v.elems : undefined;
}

/** A str or blob as a host string, or undefined for other values (Tilt's AsString). */
export function asStringable(v: Value): string | undefined {
  if (typeof v === 'string') return toHost(v);
  if (v instanceof Blob) return toHost(v.text);
  return undefined;
}

export const T = {
  /** Any value, unconverted. */
  value: ((v) => v) as Conv<Value>,

  /** A Starlark str only (a blob is rejected). */
  string: ((v) => {
    if (typeof v !== 'string') throw want(v, 'string');
    return toHost(v);
  }) as Conv<string>,

  /** A str, or None meaning absent. */
  stringOrNone: ((v) => {
    if (v === None) return undefined;
    if (typeof v !== 'string') throw want(v, 'string');
    return toHost(v);
  }) as Conv<string | undefined>,

  /** str or blob (Tilt's value.Stringable). */
  stringable: ((v) => {
    const s = asStringable(v);
    if (s === undefined) throw new StarlarkError(`Value should be convertible to string, but is type ${typeOf(v)}`);
    return s;
  }) as Conv<string>,

  bool: A.bool as Conv<boolean>,

  int: ((v) => {
    if (!isInt(v)) throw want(v, 'int');
    return Number(v as Int);
  }) as Conv<number>,

  float: ((v) => {
    if (v instanceof Float) return v.v;
    if (isInt(v)) return Number(v);
    throw want(v, 'float');
  }) as Conv<number>,

  dict: A.dict as Conv<Dict>,

  list: A.list as Conv<List>,

  callable: A.callable as Conv<Value>,

  /** A local path (Tilt's LocalPath): a str resolved against the current Tiltfile dir. */
  path: ((v, cx) => {
    if (typeof v === 'string') return cx.load.absPath(toHost(v));
    if (v instanceof PathValue) return v.path;
    throw new StarlarkError(`expected path | string. Actual type: ${goTypeName(v)}`);
  }) as Conv<string>,

  /** A path, or None meaning absent. */
  pathOrNone: ((v, cx) => (v === None ? undefined : T.path(v, cx))) as Conv<string | undefined>,

  /** A path or a list/tuple of paths; None is empty (Tilt's LocalPathList). */
  pathList: ((v, cx) => {
    if (v === None) return [];
    if (typeof v === 'string' || v instanceof Blob) return [cx.load.absPath(asStringable(v)!)];
    if (v instanceof PathValue) return [v.path];
    const elems = sequenceElems(v);
    if (!elems) throw new StarlarkError(`value should be a string or List or Tuple of strings, but is of type ${typeOf(v)}`);
    return elems.map((e, i) => {
      try {
        return T.path(e, cx);
      } catch (err) {
        throw new StarlarkError(`unpacking list item at index ${i}: ${(err as StarlarkError).msg}`);
      }
    });
  }) as Conv<string[]>,

  /** A str/blob or a list/tuple of them; None is empty (Tilt's StringOrStringList). */
  stringOrList: ((v) => {
    if (v === None) return [];
    const s = asStringable(v);
    if (s !== undefined) return [s];
    const elems = sequenceElems(v);
    if (!elems) throw new StarlarkError(`value should be a string or List or Tuple of strings, but is of type ${typeOf(v)}`);
    return elems.map((e) => {
      const es = asStringable(e);
      if (es === undefined) throw new StarlarkError(`list should contain only strings, but element ${str(e)} was of type ${typeOf(e)}`);
      return es;
    });
  }) as Conv<string[]>,

  /** A dict of str/blob to str/blob; None is empty (Tilt's StringStringMap). */
  stringMap: ((v) => {
    if (v === None) return {};
    if (!(v instanceof Dict)) throw new StarlarkError(`expected dict, got ${goTypeName(v)}`);
    const out: Record<string, string> = {};
    for (const [k, val] of v.entries()) {
      const ks = asStringable(k);
      if (ks === undefined) throw new StarlarkError(`key is not a string: ${goTypeName(k)} (${str(k)})`);
      const vs = asStringable(val);
      if (vs === undefined) throw new StarlarkError(`value is not a string: ${goTypeName(val)} (${str(val)})`);
      out[ks] = vs;
    }
    return out;
  }) as Conv<Record<string, string>>,

  /** A list/tuple of str (plain strings only). */
  stringList: ((v) => {
    const elems = sequenceElems(v);
    if (!elems) throw want(v, 'list');
    return elems.map((e) => {
      if (typeof e !== 'string') throw want(e, 'string');
      return toHost(e);
    });
  }) as Conv<string[]>,
};

export type { CallContext };
