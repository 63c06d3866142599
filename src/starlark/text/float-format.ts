// Float → text exactly as starlark-go prints floats.
//
// str()/repr()/%g use Go's strconv.FormatFloat(x, 'g', -1): the shortest digits
// that read back as x (JS produces the same digits), in exponent form when the
// decimal exponent is < -4 or >= 6 — for shortest output Go decides with
// precision 6 whatever the digit count — with a signed exponent of at least two
// digits; starlark-go then appends ".0" when there is neither '.' nor exponent.
// %e and %f use precision 6 and round the exact binary value half-to-even
// (JS toFixed/toExponential round ties up, so they are not used). %F is not a
// FormatFloat verb: Go returns the text "%F" for it, and so does starlark-go.

export type FloatConv = 'e' | 'E' | 'f' | 'F' | 'g' | 'G';

function nonFinite(x: number): string {
  return x > 0 ? '+inf' : x < 0 ? '-inf' : 'nan';
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** Starlark's str(x) / repr(x) for a float (shortest %g, integral values get ".0"). */
export function formatFloat(x: number): string {
  return formatShortest(x, 'e');
}

function formatShortest(x: number, e: 'e' | 'E'): string {
  const ax = Math.abs(x);
  // In this range JS prints plain decimal notation with the shortest digits, which
  // is what %g gives for decimal exponents -4..5 (the bounds are exact doubles, so
  // comparing the value decides the same way as comparing its shortest digits).
  if (ax >= 1e-4 && ax < 1e6) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (ax === 0) return isNegative(x) ? '-0.0' : '0.0';
  if (ax !== ax || ax === Infinity) return nonFinite(x);
  // toExponential() without digits also gives the shortest digits: "d.ddde+N".
  const s = x.toExponential();
  const i = s.indexOf('e');
  const sign = s.charCodeAt(i + 1) === 0x2d ? '-' : '+';
  const digits = s.slice(i + 2);
  return s.slice(0, i) + e + sign + (digits.length < 2 ? '0' + digits : digits);
}

/** What Starlark's `%e %E %f %F %g %G` conversions produce for a float operand. */
export function formatFloatConv(x: number, conv: FloatConv): string {
  if (x !== x || x === Infinity || x === -Infinity) return nonFinite(x);
  switch (conv) {
    case 'g':
      return formatShortest(x, 'e');
    case 'G':
      return formatShortest(x, 'E');
    case 'e':
      return formatExp6(x, 'e');
    case 'E':
      return formatExp6(x, 'E');
    case 'f':
      return formatFixed6(x);
    case 'F':
      return '%F';
  }
}

// ---- exact decimal rounding ----

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // word with sign/exponent

/** |x| = mant * 2^exp2 exactly (x finite and non-zero). */
function decompose(x: number): { mant: bigint; exp2: number } {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[1 - HI];
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 0x100000000 + lo;
  if (biased === 0) return { mant: BigInt(frac), exp2: -1074 };
  return { mant: BigInt(frac + 0x10000000000000), exp2: biased - 1075 };
}

const pow10Cache: bigint[] = [1n];
function pow10(k: number): bigint {
  for (let i = pow10Cache.length; i <= k; i++) pow10Cache[i] = pow10Cache[i - 1] * 10n;
  return pow10Cache[k];
}

/** round(mant * 2^exp2 * 10^p), ties to even. */
function roundScaled(mant: bigint, exp2: number, p: number): bigint {
  let num = mant;
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (p >= 0) num *= pow10(p);
  else den *= pow10(-p);
  const q = num / den;
  const twice = (num - q * den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

const E6 = 1000000n;
const E7 = 10000000n;

/** Go's FormatFloat(x, 'e', 6): seven significant digits, correctly rounded. */
function formatExp6(x: number, e: 'e' | 'E'): string {
  const sign = isNegative(x) ? '-' : '';
  if (x === 0) return `${sign}0.000000${e}+00`;
  const { mant, exp2 } = decompose(x);
  // Estimate the decimal exponent, then correct it: the rounded significand must
  // have exactly seven digits (a carry to 10^7 moves to the next exponent).
  let exp10 = Math.floor(Math.log10(Math.abs(x)));
  let q = roundScaled(mant, exp2, 6 - exp10);
  while (q >= E7) q = roundScaled(mant, exp2, 6 - ++exp10);
  while (q < E6) q = roundScaled(mant, exp2, 6 - --exp10);
  const d = q.toString();
  const ae = Math.abs(exp10);
  return `${sign}${d[0]}.${d.slice(1)}${e}${exp10 < 0 ? '-' : '+'}${ae < 10 ? '0' + ae : ae}`;
}

/** Go's FormatFloat(x, 'f', 6): the exact decimal expansion rounded to six places. */
function formatFixed6(x: number): string {
  const sign = isNegative(x) ? '-' : '';
  if (x === 0) return sign + '0.000000';
  const { mant, exp2 } = decompose(x);
  let d = roundScaled(mant, exp2, 6).toString();
  if (d.length < 7) d = '0000000'.slice(d.length) + d;
  return `${sign}${d.slice(0, -6)}.${d.slice(-6)}`;
}
