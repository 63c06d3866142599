// UTF-8 helpers over "byte strings" (one JS char per byte, values 0..255).
//
// The whole interpreter keeps Starlark strings in this form so that len, indexing,
// slicing and ordering are byte-exact as in starlark-go. Host strings (UTF-16) cross
// into and out of it only through fromHost / toHost.

/** Length in bytes of the UTF-8 sequence starting at i, or 1 for an invalid byte (Go's DecodeRune rule). */
export function utf8SeqLen(s: string, i: number): number {
  const r = decodeRune(s, i);
  return r.size;
}

export interface Rune {
  /** The code point, or 0xFFFD for an invalid byte. */
  r: number;
  /** Bytes consumed (1 for an invalid byte). */
  size: number;
}

const RUNE_ERROR = 0xfffd;

/** Decodes one rune as Go's utf8.DecodeRuneInString does. */
export function decodeRune(s: string, i: number): Rune {
  const n = s.length;
  if (i >= n) return { r: RUNE_ERROR, size: 0 };
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return { r: b0, size: 1 };
  const cont = (k: number): number => {
    if (i + k >= n) return -1;
    const b = s.charCodeAt(i + k);
    return b >= 0x80 && b <= 0xbf ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    if (c1 < 0) return { r: RUNE_ERROR, size: 1 };
    return { r: ((b0 & 0x1f) << 6) | c1, size: 2 };
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    if (i + 1 >= n) return { r: RUNE_ERROR, size: 1 };
    const b1 = s.charCodeAt(i + 1);
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 < lo || b1 > hi) return { r: RUNE_ERROR, size: 1 };
    const c2 = cont(2);
    if (c2 < 0) return { r: RUNE_ERROR, size: 1 };
    return { r: ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | c2, size: 3 };
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    if (i + 1 >= n) return { r: RUNE_ERROR, size: 1 };
    const b1 = s.charCodeAt(i + 1);
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return { r: RUNE_ERROR, size: 1 };
    const c2 = cont(2);
    const c3 = c2 < 0 ? -1 : cont(3);
    if (c3 < 0) return { r: RUNE_ERROR, size: 1 };
    return { r: ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | (c2 << 6) | c3, size: 4 };
  }
  return { r: RUNE_ERROR, size: 1 };
}

/** Encodes a code point as a byte string (surrogates and out-of-range become U+FFFD, as Go does). */
export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = RUNE_ERROR;
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000)
    return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

const NON_ASCII = /[^\x00-\x7f]/;

export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** Host (UTF-16) string → byte string. Lone surrogates become U+FFFD. */
export function fromHost(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** Byte string → host (UTF-16) string; invalid UTF-8 bytes become U+FFFD. */
export function toHost(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return Buffer.from(s, 'latin1').toString('utf8');
}

/** Raw bytes (e.g. a file's contents) → byte string. */
export function fromBytes(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/** Byte string → raw bytes. */
export function toBytes(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}
