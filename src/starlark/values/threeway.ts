// Turning three-way comparison results into the answer for a comparison operator.

import type { CompareOp } from './value.js';

export function threeway(op: CompareOp, cmp: number): boolean {
  switch (op) {
    case '==':
      return cmp === 0;
    case '!=':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    case '>=':
      return cmp >= 0;
  }
}

/** Bytewise order of two byte strings (UTF-16 unit order equals byte order for them). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order on floats with NaN above +Inf and equal to itself, as starlark-go orders them. */
export function compareFloats(x: number, y: number): number {
  if (x > y) return 1;
  if (x < y) return -1;
  if (x === y) return 0;
  if (x === x) return -1; // y is NaN
  if (y === y) return 1; // x is NaN
  return 0;
}
