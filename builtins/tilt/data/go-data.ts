// Structured data as Tilt's encoders see it: the Go values (bool, string, int64, float64,
// []interface{}, map[string]interface{}, nil) a Starlark value converts to before it is
// written as JSON or YAML, with the conversion errors Tilt reports.
//
// Strings stay byte strings (Starlark's representation): both encoders work on UTF-8
// bytes, as Go's do. Map order is irrelevant here because both encoders sort keys.

import { typeOf } from '../../../src/starlark/values/builtin.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { Float } from '../../../src/starlark/values/float.js';
import { isInt, toBig } from '../../../src/starlark/values/int.js';
import { List } from '../../../src/starlark/values/list.js';
import { str } from '../../../src/starlark/values/repr.js';
import { None, StarObject, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { goTypeName } from '../../kit/index.js';

/** A Go float64 (kept apart from int64 so that 3.0 and 3 stay different). */
export class GoFloat {
  constructor(readonly v: number) {}
}

export type GoData = null | boolean | string | bigint | GoFloat | GoData[] | GoMap;
export type GoMap = Map<string, GoData>;

/** Go's %T for the Go value a Starlark dict key converts to. */
function goKeyType(k: Value): string {
  if (k === None) return '<nil>';
  if (typeof k === 'boolean') return 'bool';
  if (isInt(k)) return 'int64';
  if (k instanceof Float) return 'float64';
  return goTypeName(k);
}

/**
 * Converts a Starlark value for encoding; throws Tilt's message (without the
 * "error converting object from starlark" prefix the callers add).
 */
export function toGoData(v: Value): GoData {
  return convert(v, []);
}

function convert(v: Value, path: StarObject[]): GoData {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v;
    case 'number':
    case 'bigint':
      // Go takes BigInt().Int64(): the low 64 bits.
      return BigInt.asIntN(64, toBig(v));
  }
  if (v === None) return null;
  if (v instanceof Float) return new GoFloat(v.v);
  if (v instanceof List || v instanceof Dict) {
    // Go would recurse forever on a cycle; failing is kinder.
    if (path.includes(v)) throw new StarlarkError(`unable to convert from starlark value, cyclic ${typeOf(v)}`);
    path.push(v);
    try {
      if (v instanceof List) return v.elems.map((e) => convert(e, path));
      const out: GoMap = new Map();
      for (const [k, val] of v.entries()) {
        const kk = convert(k, path);
        if (typeof kk !== 'string') {
          throw new StarlarkError(`only string keys are supported in maps. found key '${str(k)}' of type ${goKeyType(k)}`);
        }
        out.set(kk, convert(val, path));
      }
      return out;
    } finally {
      path.pop();
    }
  }
  throw new StarlarkError(`unable to convert from starlark value, unsupported type ${goTypeName(v)}`);
}
