// The values of Starlark's hash() builtin, as starlark-go (2024) computes them.
//
// hash(str) is meant to be Java's String.hashCode over the UTF-16 transcoding,
// as a signed 32-bit int. starlark-go's loop only splits a rune into a surrogate
// pair when the rune itself is a surrogate — which decoding never yields — so a
// supplementary-plane rune contributes its whole code point instead (hash("😀")
// is 128512, where Java gives 1772909). Invalid bytes count as U+FFFD.
// hash(bytes) is 32-bit FNV-1a of the bytes, returned unsigned.

import { decodeAt, RUNE_MASK } from './rune-scan.js';

/** hash(str): signed 32-bit. */
export function stringHash(s: string): number {
  const n = s.length;
  let h = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      h = (Math.imul(h, 31) + c) | 0;
      i++;
      continue;
    }
    const v = decodeAt(s, i, n);
    h = (Math.imul(h, 31) + (v & RUNE_MASK)) | 0;
    i += v >>> 21;
  }
  return h;
}

/** hash(bytes): 32-bit FNV-1a, in 0..2^32-1. */
export function bytesHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  }
  return h >>> 0;
}
