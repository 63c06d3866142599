// The Starlark universe (names visible in every module) as starlark-go defines it at
// Tilt's pin, and the starlark-go extras Tilt predeclares (struct, module) plus the json
// module that the upstream test suite loads.

import '../../src/starlark/methods/index.js';
import type { Builtin } from '../../src/starlark/values/builtin.js';
import { None, type Value } from '../../src/starlark/values/value.js';
import { dictBuiltins } from './dicts.js';
import { makeJsonModule } from './json.js';
import { moduleBuiltin } from './module.js';
import { numberBuiltins } from './numbers.js';
import { reflectionBuiltins } from './reflection.js';
import { sequenceBuiltins } from './sequences.js';
import { sortingBuiltins } from './sorting.js';
import { stringBuiltins } from './strings.js';
import { structBuiltin } from './struct.js';

function byName(builtins: Builtin[][]): [string, Value][] {
  return builtins.flat().map((b) => [b.name, b] as [string, Value]);
}

/** None True False abs any all bool bytes chr dict dir enumerate fail float getattr ... zip. */
export const universe: ReadonlyMap<string, Value> = new Map<string, Value>([
  ['None', None],
  ['True', true],
  ['False', false],
  ...byName([numberBuiltins, sequenceBuiltins, sortingBuiltins, stringBuiltins, dictBuiltins, reflectionBuiltins]).sort((a, b) =>
    a[0] < b[0] ? -1 : 1,
  ),
]);

/** struct, module and json, for embedders that predeclare them (fresh map per call). */
export function starlarkExtras(): Map<string, Value> {
  return new Map<string, Value>([
    ['struct', structBuiltin],
    ['module', moduleBuiltin],
    ['json', makeJsonModule()],
  ]);
}

export { Struct, DEFAULT_CONSTRUCTOR } from './struct.js';
export { Module } from './module.js';
export { encodeJSON, formatJSONFloat } from './json.js';
export { decodeJSON } from './json-decode.js';
export { structBuiltin } from './struct.js';
export { moduleBuiltin } from './module.js';
