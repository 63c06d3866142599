// Number literals: where one ends, what it denotes, and starlark-go's complaints.
//
// The scan mirrors starlark-go's scanNumber digit by digit, because its quirks are
// observable: `0b1010201` is two tokens (10 and 201), `0in` is `0 in`, `0or` is an
// invalid octal literal, `0123` is rejected as obsolete octal but `0123.` is a float,
// and 0o/0b literals must fit in 64 bits while decimal and hex ones may be any size.

export interface NumberScan {
  end: number;
  kind: 'dot' | 'int' | 'float';
  /** Set when starlark-go's scanner would stop here with an error. */
  error?: { pos: number; msg: string };
}

const DOT = 0x2e;
const ZERO = 0x30;
const PLUS = 0x2b;
const MINUS = 0x2d;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isOctal = (c: number): boolean => c >= 0x30 && c <= 0x37;
const isBinary = (c: number): boolean => c === 0x30 || c === 0x31;
const isHex = (c: number): boolean =>
  isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isExp = (c: number): boolean => c === 0x65 || c === 0x45; // e E

/** Scans the number (or lone `.`) starting at `start`, whose first char is a digit or `.`. */
export function scanNumber(s: string, start: number): NumberScan {
  let i = start;
  let fraction = false;
  let exponent = false;
  const skip = (pred: (c: number) => boolean): void => {
    while (pred(s.charCodeAt(i))) i++;
  };
  const fail = (pos: number, msg: string): NumberScan => ({ end: i, kind: 'int', error: { pos, msg } });

  const c0 = s.charCodeAt(i);
  if (c0 === DOT) {
    i++;
    if (!isDigit(s.charCodeAt(i))) return { end: i, kind: 'dot' };
    fraction = true;
  } else if (c0 === ZERO) {
    i++;
    const c = s.charCodeAt(i) | 0x20; // lower-cased letter, or a digit/other char
    if (s.charCodeAt(i) === DOT) {
      fraction = true;
    } else if (c === 0x78 /* x */) {
      i++;
      if (!isHex(s.charCodeAt(i))) return fail(start, 'invalid hex literal');
      skip(isHex);
    } else if (c === 0x6f /* o */) {
      i++;
      if (!isOctal(s.charCodeAt(i))) return fail(i, 'invalid octal literal');
      skip(isOctal);
    } else if (c === 0x62 /* b */) {
      i++;
      if (!isBinary(s.charCodeAt(i))) return fail(i, 'invalid binary literal');
      skip(isBinary);
    } else {
      // float, or the obsolete octal form 0755
      const digitsStart = i;
      skip(isDigit);
      const digits = s.slice(digitsStart, i);
      const next = s.charCodeAt(i);
      if (next === DOT) fraction = true;
      else if (isExp(next)) exponent = true;
      else if (/^[0-7]*[1-7][0-7]*$/.test(digits)) {
        return fail(i, `obsolete form of octal literal; use 0o${digits}`);
      }
    }
  } else {
    skip(isDigit);
    const next = s.charCodeAt(i);
    if (next === DOT) fraction = true;
    else if (isExp(next)) exponent = true;
  }

  if (fraction) {
    i++; // the '.'
    skip(isDigit);
    if (isExp(s.charCodeAt(i))) exponent = true;
  }
  if (exponent) {
    i++; // the 'e'
    const sign = s.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) {
      i++;
      if (!isDigit(s.charCodeAt(i))) return fail(i, 'invalid float literal');
    }
    skip(isDigit);
  }
  return { end: i, kind: fraction || exponent ? 'float' : 'int' };
}

export type NumberValue =
  | { ok: true; value: number | bigint }
  | { ok: false; atEnd: boolean; msg: string };

const INT64_MAX = (1n << 63n) - 1n;

/** The value of a scanned float literal; a literal that overflows to ±Inf is an error. */
export function floatValue(raw: string): NumberValue {
  const v = Number(raw);
  if (!Number.isFinite(v)) return { ok: false, atEnd: true, msg: 'invalid float literal' };
  return { ok: true, value: v };
}

/** The value of a scanned int literal: a number when it is a safe integer, else a bigint. */
export function intValue(raw: string): NumberValue {
  if (raw.length <= 15 && raw.charCodeAt(0) !== ZERO) return { ok: true, value: Number(raw) };
  const prefix = raw.length > 2 && raw.charCodeAt(0) === ZERO ? raw[1].toLowerCase() : '';
  let big: bigint;
  if (prefix === 'o' || prefix === 'b' || prefix === 'x') {
    big = BigInt(`0${prefix}${raw.slice(2)}`);
    // starlark-go parses 0o and 0b literals as int64 only; hex falls back to big.Int.
    if (prefix !== 'x' && big > INT64_MAX) return { ok: false, atEnd: false, msg: 'invalid int literal' };
  } else if (raw.charCodeAt(0) === ZERO && raw.length > 1) {
    // A leading zero makes Go read the digits as octal; 0..0 is the only form that
    // reaches here and parses (other octal digit strings were rejected as obsolete).
    if (!/^0+$/.test(raw)) return { ok: false, atEnd: false, msg: 'invalid int literal' };
    big = 0n;
  } else {
    big = BigInt(raw);
  }
  return { ok: true, value: big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big };
}
