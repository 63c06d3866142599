// Truth values and len().

import type { Value } from '../values/value.js';

export function truth(v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'bigint':
      return true; // canonical bigints are never zero
    default:
      return v.truth();
  }
}

/** len(v), or -1 when v has no length. */
export function lengthOf(v: Value): number {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'object' && v.len) return v.len();
  return -1;
}
