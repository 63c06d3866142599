// Starlark sequences as Go's starlark.Sequence sees them: any value with both iteration
// and a length (list, tuple, dict, set, range), which several compose parameters take.

import { toArray } from '../../../src/starlark/ops/iterate.js';
import { StarObject, type Value } from '../../../src/starlark/values/value.js';

export function isSequence(v: Value): boolean {
  return v instanceof StarObject && v.iterate !== undefined && v.len !== undefined;
}

/** The elements of a sequence (see isSequence), in iteration order. */
export function sequenceValues(v: Value): Value[] {
  return toArray(v);
}
