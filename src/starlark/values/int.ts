// Starlark ints: arbitrary precision, held as a JS number while in the safe-integer
// range and as a bigint outside it (never a bigint inside it, so `typeof` is a cheap
// fast-path test). Division and modulo are floored, as the spec requires.

import { StarlarkError } from './value.js';

export type Int = number | bigint;

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = -MAX;

export function isInt(v: unknown): v is Int {
  return typeof v === 'number' || typeof v === 'bigint';
}

/** Canonical form: a bigint inside the safe range becomes a number. */
export function normBig(b: bigint): Int {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function toBig(x: Int): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

export function intAdd(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    if (r <= MAX && r >= MIN) return r;
  }
  return normBig(toBig(x) + toBig(y));
}

export function intSub(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    if (r <= MAX && r >= MIN) return r;
  }
  return normBig(toBig(x) - toBig(y));
}

export function intMul(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x * y;
    if (r <= MAX && r >= MIN) return r === 0 ? 0 : r; // no -0
  }
  return normBig(toBig(x) * toBig(y));
}

export function intNeg(x: Int): Int {
  if (typeof x === 'number') return x === 0 ? 0 : -x;
  return normBig(-x);
}

/** Floored division; the caller checks for a zero divisor. */
export function intFloorDiv(x: Int, y: Int): Int {
  // For 32-bit operands a double division followed by floor is exact.
  if (small32(x) && small32(y)) {
    const q = Math.floor(x / y);
    return q === 0 ? 0 : q;
  }
  const bx = toBig(x);
  const by = toBig(y);
  let q = bx / by;
  if (bx % by !== 0n && bx < 0n !== by < 0n) q -= 1n;
  return normBig(q);
}

/** Floored modulo (sign follows the divisor); the caller checks for a zero divisor. */
export function intMod(x: Int, y: Int): Int {
  if (typeof x === 'number' && typeof y === 'number') {
    let r = x % y;
    if (r !== 0 && (r < 0) !== (y < 0)) r += y;
    return r === 0 ? 0 : r;
  }
  const by = toBig(y);
  let r = toBig(x) % by;
  if (r !== 0n && (r < 0n) !== (by < 0n)) r += by;
  return normBig(r);
}

function small32(x: Int): x is number {
  return typeof x === 'number' && x >= -0x80000000 && x <= 0x7fffffff;
}

export function intAnd(x: Int, y: Int): Int {
  if (small32(x) && small32(y)) return x & y;
  return normBig(toBig(x) & toBig(y));
}

export function intOr(x: Int, y: Int): Int {
  if (small32(x) && small32(y)) return x | y;
  return normBig(toBig(x) | toBig(y));
}

export function intXor(x: Int, y: Int): Int {
  if (small32(x) && small32(y)) return x ^ y;
  return normBig(toBig(x) ^ toBig(y));
}

export function intNot(x: Int): Int {
  if (small32(x)) return ~x;
  return normBig(~toBig(x));
}

export function intShift(x: Int, n: number, left: boolean): Int {
  if (left) {
    if (typeof x === 'number' && n < 31 && x >= -0x400000 && x <= 0x3fffff) {
      return x * 2 ** n; // exact: fits well below 2^53
    }
    return normBig(toBig(x) << BigInt(n));
  }
  if (small32(x)) return n >= 32 ? (x < 0 ? -1 : 0) : x >> n;
  return normBig(toBig(x) >> BigInt(n));
}

export function intCompare(x: Int, y: Int): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intSign(x: Int): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

export function intToString(x: Int): string {
  return typeof x === 'number' ? String(x) : x.toString();
}

/** Exact conversion to float, failing as starlark-go does when the int is too large. */
export function intToFloat(x: Int): number {
  if (typeof x === 'number') return x;
  const f = bigToNearestFloat(x);
  if (!Number.isFinite(f)) throw new StarlarkError('int too large to convert to float');
  return f;
}

/** Rounds a bigint to the nearest double (ties to even), as big.Float does. */
export function bigToNearestFloat(b: bigint): number {
  // Number(bigint) rounds to nearest, ties to even, per the ECMAScript spec.
  return Number(b);
}

/** int(x) for a finite float: truncation toward zero, exact for large values. */
export function floatToInt(f: number): Int {
  const t = Math.trunc(f);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

/**
 * Exact comparison of an int with a float (no rounding of the int), as starlark-go does:
 * 9007199254740993 == 9007199254740992.0 is False. NaN orders above everything.
 */
export function compareIntFloat(x: Int, f: number): number {
  if (Number.isNaN(f)) return -1; // NaN orders above every number
  if (typeof x === 'number') return x < f ? -1 : x > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fi = Math.trunc(f);
  const bf = BigInt(fi);
  if (x < bf) return -1;
  if (x > bf) return 1;
  // integral parts equal: the fractional part of f decides
  const frac = f - fi;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}
