// Tilt's value helpers the Kubernetes builtins share: "a value or a sequence of values"
// (Go's starlark.Sequence includes dicts and sets, iterated by key) and string lists.

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { List } from '../../../src/starlark/values/list.js';
import { str } from '../../../src/starlark/values/repr.js';
import { StarSet } from '../../../src/starlark/values/set.js';
import { Tuple } from '../../../src/starlark/values/tuple.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { goTypeName, type Conv } from '../../kit/index.js';

export function isSequence(v: Value): boolean {
  return v instanceof List || v instanceof Tuple || v instanceof Dict || v instanceof StarSet;
}

export function sequenceValues(v: Value): Value[] {
  if (v instanceof List || v instanceof Tuple) return [...v.elems];
  if (v instanceof Dict) return v.keys();
  if (v instanceof StarSet) return [...v.elems()];
  return [];
}

/** Tilt's ValueOrSequenceToSlice: a sequence's elements, [] for None, else [v]. */
export function valueOrSequence(v: Value): Value[] {
  if (isSequence(v)) return sequenceValues(v);
  return v === None ? [] : [v];
}

/** A `starlark.Sequence` parameter (a bare string is a type error). */
export const sequence: Conv<Value[]> = (v) => {
  if (!isSequence(v)) throw new StarlarkError(`got ${typeOf(v)}, want sequence`);
  return sequenceValues(v);
};

/** Tilt's SequenceToStringSlice: every element must be a str. */
export function stringSlice(values: Value[]): string[] {
  return values.map((v) => {
    if (typeof v !== 'string') throw new StarlarkError(`'${str(v)}' is a ${goTypeName(v)}, not a string`);
    return toHost(v);
  });
}

/** Go's %q of a host string. */
export function goQuote(s: string): string {
  return toHost(quoteString(fromHost(s)));
}
