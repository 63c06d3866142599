// Allocation-free UTF-8 decoding over byte strings, for the hot loops of this folder.
//
// Same rules as Go's utf8.DecodeRuneInString / DecodeLastRuneInString (and as
// grammar/utf8.ts decodeRune): an invalid or truncated sequence decodes as U+FFFD
// with size 1. The result is packed into one number, rune + size * SIZE_UNIT, so
// that callers need no object per rune: rune = v & RUNE_MASK, size = v >>> 21.

export const RUNE_MASK = 0x1fffff;
export const SIZE_UNIT = 0x200000;
const ERR1 = 0xfffd + SIZE_UNIT;

/** Decodes the rune at s[i] (i < end), reading no byte at or past end. */
export function decodeAt(s: string, i: number, end: number): number {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 + SIZE_UNIT;
  if (b0 < 0xc2 || b0 > 0xf4 || i + 1 >= end) return ERR1;
  const b1 = s.charCodeAt(i + 1);
  if (b0 < 0xe0) {
    if ((b1 & 0xc0) !== 0x80) return ERR1;
    return (((b0 & 0x1f) << 6) | (b1 & 0x3f)) + 2 * SIZE_UNIT;
  }
  // The second byte's range excludes overlong forms, surrogates and > U+10FFFF.
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi || i + 2 >= end) return ERR1;
  const b2 = s.charCodeAt(i + 2);
  if ((b2 & 0xc0) !== 0x80) return ERR1;
  if (b0 < 0xf0) return (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) + 3 * SIZE_UNIT;
  if (i + 3 >= end) return ERR1;
  const b3 = s.charCodeAt(i + 3);
  if ((b3 & 0xc0) !== 0x80) return ERR1;
  return (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) + 4 * SIZE_UNIT;
}

/** Decodes the rune ending just before s[end] (end > start), as Go's DecodeLastRuneInString(s[start:end]). */
export function decodeBefore(s: string, start: number, end: number): number {
  const last = s.charCodeAt(end - 1);
  if (last < 0x80) return last + SIZE_UNIT;
  // Back up to the nearest byte that can start a sequence, at most 4 bytes.
  const lim = Math.max(start, end - 4);
  let i = end - 1;
  while (i > lim && (s.charCodeAt(i) & 0xc0) === 0x80) i--;
  const v = decodeAt(s, i, end);
  return i + (v >>> 21) === end ? v : ERR1;
}
