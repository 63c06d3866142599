// Per-rune Unicode facts with the exact semantics of Go's `unicode` package
// (Unicode 15.0.0, as in the Go toolchains Tilt's 2024 builds use).
//
// JS regex classes and String case mapping follow the engine's (newer) Unicode
// version and use full rather than simple case mappings ("ß".toUpperCase() is
// "SS"; Go keeps ß), so this module answers from generated tables instead.
// Tables are decoded on first use so that importing the module costs nothing;
// ASCII is answered without touching them.

import { CASE_RANGES, CLASS_RUNS, FOLD_EXTRA, FOLD_NONE } from './unicode-tables.js';

export { UNICODE_VERSION } from './unicode-tables.js';

export const MAX_RUNE = 0x10ffff;
export const RUNE_ERROR = 0xfffd;

// Category classes (must match the generator).
const C_OTHER = 0;
const C_LU = 1;
const C_LL = 2;
const C_LT = 3;
const C_LO = 4; // Lm, Lo
const C_M = 5;
const C_ND = 6;
const C_N = 7; // Nl, No
const C_PS = 8; // P*, S*
const C_ZS = 9;

let bmpClass: Uint8Array | undefined; // class of every BMP rune
let astralStarts: Uint32Array;
let astralClasses: Uint8Array;

function loadClasses(): Uint8Array {
  const bmp = new Uint8Array(0x10000);
  const starts: number[] = [];
  const classes: number[] = [];
  let r = 0;
  for (const run of CLASS_RUNS.split(',')) {
    const c = run.charCodeAt(0) - 48;
    const end = r + parseInt(run.slice(1), 36);
    if (r < 0x10000) bmp.fill(c, r, Math.min(end, 0x10000));
    if (end > 0x10000) {
      starts.push(Math.max(r, 0x10000));
      classes.push(c);
    }
    r = end;
  }
  astralStarts = Uint32Array.from(starts);
  astralClasses = Uint8Array.from(classes);
  bmpClass = bmp;
  return bmp;
}

function classOf(r: number): number {
  if (r < 0x10000) {
    if (r < 0) return C_OTHER;
    return (bmpClass ?? loadClasses())[r];
  }
  if (r > MAX_RUNE) return C_OTHER;
  if (bmpClass === undefined) loadClasses();
  // Last run starting at or before r.
  let lo = 0;
  let hi = astralStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (astralStarts[mid] <= r) lo = mid;
    else hi = mid - 1;
  }
  return astralClasses[lo];
}

/** Go unicode.IsSpace: ASCII \t\n\v\f\r and space, U+0085, U+00A0, and White_Space above Latin-1. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return (
    r === 0x1680 ||
    (r >= 0x2000 && r <= 0x200a) ||
    r === 0x2028 ||
    r === 0x2029 ||
    r === 0x202f ||
    r === 0x205f ||
    r === 0x3000
  );
}

/** Go unicode.IsLetter (category L). */
export function isLetter(r: number): boolean {
  if (r < 0x80) return ((r | 0x20) - 0x61) >>> 0 < 26;
  const c = classOf(r);
  return c >= C_LU && c <= C_LO;
}

/** Go unicode.IsDigit (category Nd). */
export function isDigit(r: number): boolean {
  if (r < 0x80) return (r - 0x30) >>> 0 < 10;
  return classOf(r) === C_ND;
}

/** Go unicode.IsUpper (category Lu). */
export function isUpper(r: number): boolean {
  if (r < 0x80) return (r - 0x41) >>> 0 < 26;
  return classOf(r) === C_LU;
}

/** Go unicode.IsLower (category Ll). */
export function isLower(r: number): boolean {
  if (r < 0x80) return (r - 0x61) >>> 0 < 26;
  return classOf(r) === C_LL;
}

/** Go unicode.IsTitle (category Lt). */
export function isTitle(r: number): boolean {
  if (r < 0x80) return false;
  return classOf(r) === C_LT;
}

/** Go unicode.IsPrint / strconv.IsPrint: L, M, N, P, S and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  const c = classOf(r);
  return c !== C_OTHER && c !== C_ZS;
}

/** Go unicode.IsGraphic: L, M, N, P, S and Zs. */
export function isGraphic(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return classOf(r) !== C_OTHER;
}

// ---- simple case mappings ----

let caseLo: Int32Array | undefined;
let caseHi: Int32Array;
// Deltas per range; for alternating ranges caseAlt[i] is 1 and the deltas are unused.
let caseUp: Int32Array;
let caseDown: Int32Array;
let caseTitle: Int32Array;
let caseAlt: Uint8Array;
let foldExtra: Set<number>;
let foldNone: Set<number>;

function loadCases(): Int32Array {
  const entries = CASE_RANGES.split(';');
  const n = entries.length;
  const lo = new Int32Array(n);
  caseHi = new Int32Array(n);
  caseUp = new Int32Array(n);
  caseDown = new Int32Array(n);
  caseTitle = new Int32Array(n);
  caseAlt = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = entries[i].split(',');
    lo[i] = parseInt(f[0], 36);
    caseHi[i] = lo[i] + parseInt(f[1], 36) - 1;
    if (f[2] === 'a') {
      caseAlt[i] = 1;
    } else {
      caseUp[i] = parseInt(f[2], 36);
      caseDown[i] = parseInt(f[3], 36);
      caseTitle[i] = parseInt(f[4], 36);
    }
  }
  const runeSet = (list: string) => new Set(list.split(',').map((s) => parseInt(s, 36)));
  foldExtra = runeSet(FOLD_EXTRA);
  foldNone = runeSet(FOLD_NONE);
  caseLo = lo;
  return lo;
}

/** Index of the case range holding r, or -1. */
function caseIndex(r: number): number {
  const lo = caseLo ?? loadCases();
  let a = 0;
  let b = lo.length - 1;
  while (a <= b) {
    const m = (a + b) >> 1;
    if (r < lo[m]) b = m - 1;
    else if (r > caseHi[m]) a = m + 1;
    else return m;
  }
  return -1;
}

const K_UPPER = 0;
const K_LOWER = 1;
const K_TITLE = 2;

function mapCase(kind: number, r: number): number {
  const i = caseIndex(r);
  if (i < 0) return r;
  if (caseAlt[i] === 1) {
    // Even offsets are the upper-case member of a pair, odd ones the lower-case.
    const base = r - ((r - caseLo![i]) & 1);
    return kind === K_LOWER ? base + 1 : base;
  }
  return r + (kind === K_UPPER ? caseUp[i] : kind === K_LOWER ? caseDown[i] : caseTitle[i]);
}

/** Go unicode.ToUpper (simple mapping; 'ß' stays 'ß'). */
export function toUpper(r: number): number {
  if (r < 0x80) return (r - 0x61) >>> 0 < 26 ? r - 32 : r;
  return mapCase(K_UPPER, r);
}

/** Go unicode.ToLower (simple mapping; 'İ' becomes 'i'). */
export function toLower(r: number): number {
  if (r < 0x80) return (r - 0x41) >>> 0 < 26 ? r + 32 : r;
  return mapCase(K_LOWER, r);
}

/** Go unicode.ToTitle (simple mapping; 'ǆ' becomes 'ǅ'). */
export function toTitle(r: number): number {
  if (r < 0x80) return (r - 0x61) >>> 0 < 26 ? r - 32 : r;
  return mapCase(K_TITLE, r);
}

/**
 * starlark-go's isCasedRune: an ASCII letter or a rune with unicode.SimpleFold(r) != r,
 * i.e. one that shares a case-folding class with another rune. That is almost always
 * "has a different upper or lower mapping"; the generated exception lists hold the rest.
 */
export function isCased(r: number): boolean {
  if (r < 0x80) return ((r | 0x20) - 0x61) >>> 0 < 26;
  if (r > MAX_RUNE) return false;
  if (mapCase(K_LOWER, r) !== r || mapCase(K_UPPER, r) !== r) return !foldNone.has(r);
  return foldExtra.has(r);
}
