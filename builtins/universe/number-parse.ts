// Text → number conversions used by int() and float(), with Go's acceptance rules.
//
// int(s, base) follows starlark-go's parseInt: one optional sign, an optional 0x/0o/0b
// prefix (stripped when base is 0 or matches), then digits for math/big's SetString —
// no spaces, no underscores. float(s) follows strconv.ParseFloat: Go's float literal
// syntax including hex floats and digit-separating underscores ("1_000.5" is accepted),
// correctly rounded. Both return null for a syntax error.

import { normBig, type Int } from '../../src/starlark/values/int.js';

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x7a) return l - 0x61 + 10;
  return 99;
}

/** math/big's SetString(s, base) for 2 <= base <= 36 (no sign, no prefix, no underscores). */
function parseDigits(s: string, base: number): Int | null {
  if (s.length === 0) return null;
  for (let i = 0; i < s.length; i++) if (digitValue(s.charCodeAt(i)) >= base) return null;
  if (base === 10 && s.length <= 15) return Number(s);
  const big = base === 10 ? BigInt(s) : base === 16 ? BigInt('0x' + s) : base === 8 ? BigInt('0o' + s) : base === 2 ? BigInt('0b' + s) : accumulate(s, base);
  return normBig(big);
}

function accumulate(s: string, base: number): bigint {
  const b = BigInt(base);
  let v = 0n;
  for (let i = 0; i < s.length; i++) v = v * b + BigInt(digitValue(s.charCodeAt(i)));
  return v;
}

/** starlark-go's parseInt: the value of s in base (0 = infer from prefix), or null. */
export function parseIntLiteral(s: string, base: number): Int | null {
  let neg = false;
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s.length > 1 && s[0] === '0') {
    let prefix = 0;
    if (s.length > 2) {
      const p = s[1];
      prefix = p === 'o' || p === 'O' ? 8 : p === 'x' || p === 'X' ? 16 : p === 'b' || p === 'B' ? 2 : 0;
    }
    if (prefix !== 0) {
      if (base === 0 || base === prefix) {
        base = prefix;
        s = s.slice(2);
      }
    } else if (base === 0) {
      // With an inferred base, a leading zero is only allowed in "0", "00", ...
      for (let i = 1; i < s.length; i++) if (s[i] !== '0') return null;
      return 0;
    }
  }
  if (base === 0) base = 10;
  if (s.length > 0 && (s[0] === '+' || s[0] === '-')) return null;
  const v = parseDigits(s, base);
  if (v === null) return null;
  if (!neg) return v;
  return typeof v === 'number' ? (v === 0 ? 0 : -v) : normBig(-v);
}

function lower(c: string): string {
  return c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) | 0x20) : c;
}

function isDigit(c: string, hex: boolean): boolean {
  return (c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f');
}

/** Go's underscoreOK: underscores only between digits (a base prefix counts as a digit). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1]))) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) === 'x';
  }
  for (; i < s.length; i++) {
    if (isDigit(s[i], hex)) {
      saw = '0';
      continue;
    }
    if (s[i] === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/**
 * strconv.ParseFloat(s, 64) for everything but the inf/nan spellings (float() handles
 * those first): the value, ±Infinity on overflow, or null for a syntax error.
 */
export function parseGoFloat(s: string): number | null {
  let i = 0;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') neg = s[i++] === '-';
  const hex = i + 2 < s.length && s[i] === '0' && lower(s[i + 1]) === 'x';
  if (hex) i += 2;
  const mantStart = i;
  let sawDigits = false;
  let sawDot = false;
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') underscores = true;
    else if (c === '.') {
      if (sawDot) break;
      sawDot = true;
    } else if (isDigit(c, hex)) sawDigits = true;
    else break;
  }
  if (!sawDigits) return null;
  const mantissa = s.slice(mantStart, i).replace(/_/g, '');
  let exp = '';
  if (i < s.length && lower(s[i]) === (hex ? 'p' : 'e')) {
    const expStart = ++i;
    if (s[i] === '+' || s[i] === '-') i++;
    if (!(s[i] >= '0' && s[i] <= '9')) return null;
    for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) if (s[i] === '_') underscores = true;
    exp = s.slice(expStart, i).replace(/_/g, '');
  } else if (hex) {
    return null; // a hex mantissa needs a p exponent
  }
  if (i !== s.length) return null;
  if (underscores && !underscoreOK(s)) return null;
  const v = hex ? hexFloat(mantissa, exp) : Number(mantissa + (exp === '' ? '' : 'e' + exp));
  return neg ? -v : v;
}

/** The double nearest to the hex mantissa (digits with an optional '.') times 2^exp. */
function hexFloat(mantissa: string, exp: string): number {
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const fracDigits = dot < 0 ? 0 : mantissa.length - dot - 1;
  // Exponents beyond ±10000 saturate, as in Go; the result is 0 or Inf either way.
  const e = Math.max(-100000, Math.min(100000, Number(exp))) - 4 * fracDigits;
  return scaleBig(BigInt('0x' + digits), e);
}

/** m * 2^e rounded to nearest, ties to even, with subnormals and overflow to Infinity. */
function scaleBig(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  const top = bits + e; // value is in [2^(top-1), 2^top)
  if (top > 1025) return Infinity;
  const prec = Math.min(53, top + 1074);
  if (prec < 0) return 0;
  const shift = bits - prec;
  if (shift <= 0) return Number(m) * 2 ** e;
  let q = m >> BigInt(shift);
  const rem = m - (q << BigInt(shift));
  const half = 1n << BigInt(shift - 1);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  return Number(q) * 2 ** (e + shift);
}
