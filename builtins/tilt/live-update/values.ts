// Tilt's starlarkValueOrSequenceToSlice: absent or None is empty, any Starlark sequence
// (list, tuple, set, dict keys) gives its elements, any other value is a one-element list.

import { None, StarObject, type Value } from '../../../src/starlark/values/value.js';

export function valuesOf(v: Value | undefined): Value[] {
  if (v === undefined || v === None) return [];
  if (v instanceof StarObject && v.iterate && v.len) {
    const out: Value[] = [];
    const it = v.iterate();
    try {
      for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
    } finally {
      it.done();
    }
    return out;
  }
  return [v];
}
