// Resource names and labels, validated as Tilt validates them.

import { toHost } from '../../grammar/utf8.js';
import { typeOf } from '../../src/starlark/values/builtin.js';
import { StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Conv } from './declare.js';
import { asStringable, sequenceElems } from './convert.js';

/** Tilt's value.Name: a valid path segment. */
export function validateName(name: string): string {
  if (name === '.' || name === '..') throw new StarlarkError(`invalid value ${JSON.stringify(name)}: may not be '${name}'`);
  if (name.includes('/')) throw new StarlarkError(`invalid value ${JSON.stringify(name)}: may not contain '/'`);
  if (name.includes('%')) throw new StarlarkError(`invalid value ${JSON.stringify(name)}: may not contain '%'`);
  return name;
}

/** Tilt's value.Name: a str or blob that is a valid path segment. */
export const resourceName: Conv<string> = (v) => {
  const s = asStringable(v);
  if (s === undefined) throw new StarlarkError(`Value should be convertible to string, but is type ${typeOf(v)}`);
  return validateName(s);
};

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function validateLabel(l: string): string {
  if (l.includes('/')) throw new StarlarkError(`Invalid label ${JSON.stringify(l)}: may not contain '/'`);
  if (l.length === 0) throw new StarlarkError(`Invalid label ${JSON.stringify(l)}: name part must be non-empty`);
  if (l.length > 63) throw new StarlarkError(`Invalid label ${JSON.stringify(l)}: must be no more than 63 characters`);
  if (!LABEL_VALUE.test(l)) {
    throw new StarlarkError(
      `Invalid label ${JSON.stringify(l)}: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
  return l;
}

/** A label or list/tuple of labels (Tilt's LabelSet). */
export const labels: Conv<string[]> = (v) => {
  if (typeof v === 'string') return [validateLabel(toHost(v))];
  const elems = sequenceElems(v);
  if (!elems) throw new StarlarkError(`value should be a label or List or Tuple of labels, but is of type ${typeOf(v)}`);
  return elems.map((e) => {
    if (typeof e !== 'string') throw new StarlarkError(`value should be a label or List or Tuple of labels, but is of type ${typeOf(e)}`);
    return validateLabel(toHost(e));
  });
};
