// Byte-string helpers behind Starlark's string methods, exact per starlark-go/Go.
//
// Inputs and outputs are byte strings (one char per UTF-8 byte). Where Go ranges
// over runes, an invalid byte reads as U+FFFD; functions that rebuild the string
// rune by rune (upper, lower, title, capitalize: Go's strings.Map/WriteRune) write
// U+FFFD's three bytes in its place, while functions that only cut the input
// (split, strip) keep invalid bytes as they are. Pure-ASCII input, the common case
// in Tiltfiles, takes shortcuts that give identical results.

import { decodeAt, decodeBefore, RUNE_MASK } from './rune-scan.js';
import {
  isCased,
  isDigit as isDigitRune,
  isLetter,
  isLower as isLowerRune,
  isSpace as isSpaceRune,
  isTitle as isTitleRune,
  isUpper as isUpperRune,
  toLower,
  toTitle,
  toUpper,
} from './unicode.js';

const NON_ASCII = /[^\x00-\x7f]/;

function encode(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000) {
    return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

const FFFD = '\xef\xbf\xbd';

// ---- splitting and stripping ----

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whether the rune starting at s[i] is Go-whitespace; returns its size, or 0 if not a space. */
function spaceAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return isAsciiSpace(c) ? 1 : 0;
  const v = decodeAt(s, i, n);
  return isSpaceRune(v & RUNE_MASK) ? v >>> 21 : 0;
}

/**
 * str.split() without a separator: Go's strings.Fields when maxsplit < 0, else
 * starlark-go's splitspace (at most maxsplit cuts; the last field keeps the rest,
 * leading spaces removed, trailing ones kept).
 */
export function splitWhitespace(s: string, maxsplit = -1): string[] {
  const n = s.length;
  const res: string[] = [];
  let start = -1; // start of the current field, or -1 between fields
  let i = 0;
  while (i < n) {
    const sp = spaceAt(s, i, n);
    if (sp > 0) {
      if (start >= 0) {
        if (res.length === maxsplit) return finish(res, s.slice(start));
        res.push(s.slice(start, i));
        start = -1;
      }
      i += sp;
    } else {
      if (start < 0) start = i;
      const c = s.charCodeAt(i);
      i += c < 0x80 ? 1 : decodeAt(s, i, n) >>> 21;
    }
  }
  if (start >= 0) res.push(s.slice(start));
  return res;
}

function finish(res: string[], last: string): string[] {
  res.push(last);
  return res;
}

/** str.rsplit() without a separator: like splitWhitespace, cutting from the right. */
export function rsplitWhitespace(s: string, maxsplit = -1): string[] {
  if (maxsplit < 0) return splitWhitespace(s);
  const res: string[] = [];
  let end = -1; // end of the current field, or -1 between fields
  let i = s.length;
  while (i > 0) {
    const v = decodeBefore(s, 0, i);
    const size = v >>> 21;
    if (isSpaceRune(v & RUNE_MASK)) {
      if (end >= 0) {
        if (res.length === maxsplit) break;
        res.push(s.slice(i, end));
        end = -1;
      }
    } else if (end < 0) {
      end = i;
    }
    i -= size;
  }
  if (end >= 0) res.push(s.slice(0, end));
  return res.reverse();
}

/** str.strip()/lstrip()/rstrip() without chars: trims Go-whitespace runes. */
export function stripSpace(s: string, left: boolean, right: boolean): string {
  const n = s.length;
  let start = 0;
  if (left) {
    while (start < n) {
      const sp = spaceAt(s, start, n);
      if (sp === 0) break;
      start += sp;
    }
  }
  let end = n;
  if (right) {
    while (end > start) {
      const c = s.charCodeAt(end - 1);
      if (c < 0x80) {
        if (!isAsciiSpace(c)) break;
        end--;
        continue;
      }
      const v = decodeBefore(s, start, end);
      if (!isSpaceRune(v & RUNE_MASK)) break;
      end -= v >>> 21;
    }
  }
  return start === 0 && end === n ? s : s.slice(start, end);
}

/**
 * str.strip(chars)/lstrip/rstrip: Go's strings.Trim/TrimLeft/TrimRight. Trims whole
 * runes found in cutset; an invalid byte (U+FFFD) is trimmed when cutset holds an
 * invalid byte or U+FFFD. An empty cutset trims nothing (callers strip spaces instead).
 */
export function stripChars(s: string, cutset: string, left: boolean, right: boolean): string {
  if (cutset === '' || s === '') return s;
  const runes = runeSet(cutset);
  const n = s.length;
  let start = 0;
  if (left) {
    while (start < n) {
      const v = decodeAt(s, start, n);
      if (!runes.has(v & RUNE_MASK)) break;
      start += v >>> 21;
    }
  }
  let end = n;
  if (right) {
    while (end > start) {
      const v = decodeBefore(s, start, end);
      if (!runes.has(v & RUNE_MASK)) break;
      end -= v >>> 21;
    }
  }
  return start === 0 && end === n ? s : s.slice(start, end);
}

function runeSet(s: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < s.length; ) {
    const v = decodeAt(s, i, s.length);
    set.add(v & RUNE_MASK);
    i += v >>> 21;
  }
  return set;
}

// ---- case mapping ----

/** Rebuilds s rune by rune through f (Go's strings.Map; invalid bytes become U+FFFD). */
function mapRunes(s: string, f: (r: number) => number): string {
  const n = s.length;
  let out = '';
  let run = 0; // start of pending ASCII bytes that map to themselves
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const m = f(c);
      if (m === c) {
        i++;
        continue;
      }
      out += s.slice(run, i) + encode(m);
      run = ++i;
      continue;
    }
    const v = decodeAt(s, i, n);
    const size = v >>> 21;
    const r = v & RUNE_MASK;
    const m = f(r);
    if (m === r && size > 1) {
      i += size;
      continue;
    }
    out += s.slice(run, i) + (size === 1 ? FFFD : encode(m));
    run = i += size;
  }
  return run === 0 ? s : out + s.slice(run);
}

/** str.upper(): Go's strings.ToUpper (simple per-rune mapping). */
export function upper(s: string): string {
  return NON_ASCII.test(s) ? mapRunes(s, toUpper) : s.toUpperCase();
}

/** str.lower(): Go's strings.ToLower (simple per-rune mapping). */
export function lower(s: string): string {
  return NON_ASCII.test(s) ? mapRunes(s, toLower) : s.toLowerCase();
}

/**
 * str.title(): a rune following a cased rune is lower-cased, any other is
 * title-cased; "cased" is judged on the rune as written (starlark-go's rule).
 */
export function title(s: string): string {
  if (!NON_ASCII.test(s)) return titleAscii(s);
  let prevCased = false;
  return mapRunes(s, (r) => {
    const m = prevCased ? toLower(r) : toTitle(r);
    prevCased = isCased(m);
    return m;
  });
}

function titleAscii(s: string): string {
  let out = '';
  let run = 0;
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = ((c | 0x20) - 0x61) >>> 0 < 26;
    if (letter && prevLetter === c < 0x61) {
      // Upper case after a letter, or lower case after a non-letter: flip.
      out += s.slice(run, i) + String.fromCharCode(c ^ 0x20);
      run = i + 1;
    }
    prevLetter = letter;
  }
  return run === 0 ? s : out + s.slice(run);
}

/** str.capitalize(): the first rune title-cased, all others lower-cased. */
export function capitalize(s: string): string {
  if (s === '') return s;
  const v = decodeAt(s, 0, s.length);
  const size = v >>> 21;
  const r = v & RUNE_MASK;
  const head = size === 1 && r === 0xfffd ? FFFD : encode(toTitle(r));
  return head + lower(s.slice(size));
}

// ---- predicates ----

/** True if s is non-empty and every rune (invalid bytes as U+FFFD) satisfies f. */
function allRunes(s: string, f: (r: number) => boolean): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (!f(c)) return false;
      i++;
      continue;
    }
    const v = decodeAt(s, i, n);
    if (!f(v & RUNE_MASK)) return false;
    i += v >>> 21;
  }
  return true;
}

const letterOrDigit = (r: number): boolean => isLetter(r) || isDigitRune(r);

/** str.isalnum(): non-empty, all runes letters (L) or decimal digits (Nd). */
export function isAlnum(s: string): boolean {
  return allRunes(s, letterOrDigit);
}

/** str.isalpha(): non-empty, all runes letters (L). */
export function isAlpha(s: string): boolean {
  return allRunes(s, isLetter);
}

/** str.isdigit(): non-empty, all runes decimal digits (Nd). */
export function isDigit(s: string): boolean {
  return allRunes(s, isDigitRune);
}

/** str.isspace(): non-empty, all runes Go-whitespace. */
export function isSpace(s: string): boolean {
  return allRunes(s, isSpaceRune);
}

function hasCased(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const v = decodeAt(s, i, s.length);
    if (isCased(v & RUNE_MASK)) return true;
    i += v >>> 21;
  }
  return false;
}

/** str.islower(): has a cased rune and lower(s) == s (so invalid UTF-8 never qualifies). */
export function isLower(s: string): boolean {
  return hasCased(s) && lower(s) === s;
}

/** str.isupper(): has a cased rune and upper(s) == s. */
export function isUpper(s: string): boolean {
  return hasCased(s) && upper(s) === s;
}

/**
 * str.istitle(): A-Z and title-case (Lt) runes only after uncased runes, lower-case
 * (Ll) runes only after cased ones, and at least one cased rune. As in starlark-go,
 * a non-ASCII upper-case (Lu) rune makes the answer false ("Éa".istitle() is False).
 */
export function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const v = decodeAt(s, i, s.length);
    const r = v & RUNE_MASK;
    i += v >>> 21;
    if ((r >= 0x41 && r <= 0x5a) || isTitleRune(r)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerRune(r)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else if (isUpperRune(r)) {
      return false;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

// ---- iteration ----

/** str.codepoints(): one byte string per rune; an invalid byte yields U+FFFD's bytes. */
export function codepoints(s: string): string[] {
  const n = s.length;
  const out: string[] = [];
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out.push(s[i++]);
      continue;
    }
    const v = decodeAt(s, i, n);
    const size = v >>> 21;
    out.push(size === 1 ? FFFD : s.slice(i, i + size));
    i += size;
  }
  return out;
}

/** str.codepoint_ords(): the code point of each rune (0xFFFD for an invalid byte). */
export function codepointOrds(s: string): number[] {
  const n = s.length;
  const out: number[] = [];
  for (let i = 0; i < n; ) {
    const v = decodeAt(s, i, n);
    out.push(v & RUNE_MASK);
    i += v >>> 21;
  }
  return out;
}
