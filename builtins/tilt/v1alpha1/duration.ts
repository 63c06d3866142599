// Go's time.ParseDuration and Duration.String(), for v1alpha1.kubernetes_apply(timeout=):
// Tilt parses the string with Go and the API prints it back in Go's form ("90s" → "1m30s").

import { StarlarkError } from '../../../src/starlark/values/value.js';

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  'µs': 1000n, // U+00B5 micro sign
  'μs': 1000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const MAX = (1n << 63n) - 1n;

function invalid(orig: string): StarlarkError {
  return new StarlarkError(`time: invalid duration ${JSON.stringify(orig)}`);
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Nanoseconds of a Go duration string such as "1h30m", "2.5s", "-300ms". */
export function parseDuration(orig: string): bigint {
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw invalid(orig);
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) throw invalid(orig);
    let i = 0;
    while (i < s.length && isDigit(s[i])) i++;
    const whole = s.slice(0, i);
    s = s.slice(i);
    let frac = '';
    if (s[0] === '.') {
      let j = 1;
      while (j < s.length && isDigit(s[j])) j++;
      frac = s.slice(1, j);
      s = s.slice(j);
      if (whole === '' && frac === '') throw invalid(orig);
    } else if (whole === '') {
      throw invalid(orig);
    }
    let u = 0;
    while (u < s.length && s[u] !== '.' && !isDigit(s[u])) u++;
    if (u === 0) throw new StarlarkError(`time: missing unit in duration ${JSON.stringify(orig)}`);
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS[unitName];
    if (unit === undefined) throw new StarlarkError(`time: unknown unit ${JSON.stringify(unitName)} in duration ${JSON.stringify(orig)}`);
    const wholeN = whole === '' ? 0n : BigInt(whole);
    if (wholeN > MAX / unit) throw invalid(orig);
    let v = wholeN * unit;
    if (frac !== '') {
      // Go keeps at most as many fraction digits as fit; the truncation is invisible here.
      const digits = frac.slice(0, 18);
      v += (BigInt(digits) * unit) / 10n ** BigInt(digits.length);
    }
    total += v;
    if (total > MAX) throw invalid(orig);
  }
  return neg ? -total : total;
}

/** Go's Duration.String() of a number of nanoseconds. */
export function formatDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  const u = neg ? -ns : ns;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1_000_000n) out = `${fraction(u, 3)}µs`;
    else out = `${fraction(u, 6)}ms`;
  } else {
    // Seconds carry the fraction; whole minutes and hours go in front.
    const secs = fraction(u, 9);
    const fracPart = secs.includes('.') ? secs.slice(secs.indexOf('.')) : '';
    const whole = u / 1_000_000_000n;
    out = `${whole % 60n}${fracPart}s`;
    const m = whole / 60n;
    if (m > 0n) {
      out = `${m % 60n}m${out}`;
      const h = m / 60n;
      if (h > 0n) out = `${h}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

/** v / 10^prec printed with the fraction's trailing zeros removed. */
function fraction(v: bigint, prec: number): string {
  const scale = 10n ** BigInt(prec);
  const whole = v / scale;
  let frac = (v % scale).toString().padStart(prec, '0').replace(/0+$/, '');
  if (frac !== '') frac = `.${frac}`;
  return `${whole}${frac}`;
}
