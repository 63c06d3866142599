// Field conversions of the v1alpha1 spec types, with the error texts of Tilt's generated
// unpackers. Scalars fail without naming the key ("Expected string, actual: int"); every
// other kind is prefixed "unpacking KEY: ". Dicts and lists given as specs are frozen
// once they convert, as Tilt freezes them.

import { toHost } from '../../../grammar/utf8.js';
import { asInt32 } from '../../../src/starlark/ops/convert.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { List } from '../../../src/starlark/values/list.js';
import { str } from '../../../src/starlark/values/repr.js';
import { Tuple } from '../../../src/starlark/values/tuple.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, asStringable, type CallContext } from '../../kit/index.js';
import { SpecDict, type Spec, type SpecValue } from './spec-dict.js';

export type FieldType = 'string' | 'int32' | 'bool' | 'stringList' | 'stringMap' | 'path' | { nested: string } | { list: string };

export interface FieldDef {
  /** the key in the API's JSON form */
  json: string;
  type: FieldType;
}

export interface NestedDef {
  /** the Go type name, e.g. "UIInputSpec" */
  kind: string;
  /** constructor parameters, in Go's order (a few are not fields: Tilt rejects them) */
  params: string[];
  /** the dict keys the type accepts */
  fields: Record<string, FieldDef>;
}

/** Nested definitions by Go type name (filled by nested.ts). */
export const NESTED = new Map<string, NestedDef>();

/** Prefixes an error's message ("unpacking KEY: ...", "at index 2: ..."). */
export function prefixed<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(prefix + e.msg);
    throw e;
  }
}

/** Tilt's value.StringList: a list or tuple of str/blob; None is empty. */
export function stringList(v: Value): string[] {
  if (v === None) return [];
  if (!(v instanceof List || v instanceof Tuple)) {
    throw new StarlarkError(`value should be a List or Tuple of strings, but is of type ${typeOf(v)}`);
  }
  return v.elems.map((e) => {
    const s = asStringable(e);
    if (s === undefined) {
      throw new StarlarkError(`value should contain only strings, but element ${quoteString(str(e))} was of type ${typeOf(e)}`);
    }
    return s;
  });
}

/** Converts a dict (or a SpecDict of the same kind) to the spec of `kind`. */
export function unpackSpec(kind: string, v: Value, cx: CallContext): Spec {
  if (v instanceof SpecDict && v.kind === kind) return v.spec;
  // A spec of another kind is not a *starlark.Dict to Tilt, whatever type() says.
  if (!(v instanceof Dict) || v instanceof SpecDict) throw new StarlarkError(`expected dict, actual: ${typeOf(v)}`);
  const def = NESTED.get(kind)!;
  const spec: Spec = {};
  for (const [k, val] of v.entries()) {
    if (typeof k !== 'string') throw new StarlarkError(`key must be string. Got: ${typeOf(k)}`);
    const field = def.fields[k];
    if (!field) throw new StarlarkError(`Unexpected attribute name: ${k}`);
    spec[field.json] = convertField(k, field.type, val, cx);
  }
  v.freeze();
  return spec;
}

/** Converts a list of dicts to specs of `kind` (only a list: Tilt rejects tuples here). */
export function unpackSpecList(kind: string, v: Value, cx: CallContext): Spec[] {
  if (!(v instanceof List)) throw new StarlarkError(`expected list, actual: ${typeOf(v)}`);
  const out = v.elems.map((e, i) => prefixed(`at index ${i}: `, () => unpackSpec(kind, e, cx)));
  v.freeze();
  return out;
}

function convertField(key: string, type: FieldType, val: Value, cx: CallContext): SpecValue {
  switch (type) {
    case 'string':
      if (typeof val !== 'string') throw new StarlarkError(`Expected string, actual: ${typeOf(val)}`);
      return toHost(val);
    case 'int32':
      return prefixed('Expected int, got: ', () => asInt32(val));
    case 'bool':
      if (typeof val !== 'boolean') throw new StarlarkError(`Expected bool, got: ${typeOf(val)}`);
      return val;
    case 'stringList':
      return prefixed(`unpacking ${key}: `, () => stringList(val));
    case 'stringMap':
      return prefixed(`unpacking ${key}: `, () => T.stringMap(val, cx));
    case 'path':
      return prefixed(`unpacking ${key}: `, () => T.path(val, cx));
    default:
      if ('nested' in type) return prefixed(`unpacking ${key}: `, () => unpackSpec(type.nested, val, cx));
      return prefixed(`unpacking ${key}: `, () => unpackSpecList(type.list, val, cx));
  }
}
