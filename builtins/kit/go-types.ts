// Go's %T names of Starlark values, which Tilt's error messages print
// (e.g. "expected path | string. Actual type: starlark.Int").

import type { Value } from '../../src/starlark/values/value.js';
import { typeOf } from '../../src/starlark/values/builtin.js';

const GO_TYPES: Record<string, string> = {
  string: 'starlark.String',
  int: 'starlark.Int',
  float: 'starlark.Float',
  bool: 'starlark.Bool',
  NoneType: 'starlark.NoneType',
  list: '*starlark.List',
  tuple: 'starlark.Tuple',
  dict: '*starlark.Dict',
  set: '*starlark.Set',
  function: '*starlark.Function',
  builtin_function_or_method: '*starlark.Builtin',
  bytes: 'starlark.Bytes',
  struct: '*starlarkstruct.Struct',
  module: '*starlarkstruct.Module',
  blob: 'io.Blob',
};

export function goTypeName(v: Value): string {
  const t = typeOf(v);
  return GO_TYPES[t] ?? t;
}
