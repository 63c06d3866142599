// Turns one raw lexer token into parser tokens: identifiers into keywords, reserved
// words (Illegal) or names; literals into STRING/BYTES/INT/FLOAT with their decoded
// value as payload; and the characters starlark-go rejects into the error it reports,
// at the offset it reports. Brackets, newlines and NUL are indent.ts's business.
//
// Raw token objects are reused as parser tokens (retyped in place): a large file has
// tens of thousands of them, and copying each one doubled the garbage.

import type { IToken, TokenType } from 'chevrotain';
import type { PendingError } from './errors.js';
import { quoteRune } from './go-quote.js';
import { floatValue, intValue, type NumberScan } from './scan-number.js';
import { stringPrefix, type StringScan } from './scan-string.js';
import { Bang, NumberLit, RawIdent, StrayBackslash, StringError, StringLit, Unexpected } from './scanner.js';
import { Bytes, Float, Ident, Int, keywordTypes, Str, type Tok } from './tokens.js';
import { unquote } from './unquote.js';
import { decodeRune } from './utf8.js';

/** A token made by the layout pass (NEWLINE, INDENT, ...), shaped like the lexer's. */
export function makeTok(tokenType: TokenType, image: string, start: number, end: number): Tok {
  return { image, startOffset: start, endOffset: end - 1, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType };
}

function retype(t: IToken, type: TokenType, payload?: unknown): Tok {
  t.tokenType = type;
  t.tokenTypeIdx = type.tokenTypeIdx!;
  if (payload !== undefined) t.payload = payload;
  return t as Tok;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Appends the parser tokens for `t` to `out`; returns the scan error at `t`, if any. */
export function refine(src: string, t: IToken, out: Tok[]): PendingError | null {
  const start = t.startOffset;
  switch (t.tokenType) {
    case RawIdent:
      if (NON_ASCII.test(t.image)) return refineUnicodeIdent(src, t, out);
      out.push(retype(t, keywordTypes.get(t.image) ?? Ident));
      return null;
    case StringLit:
      return refineString(t, out);
    case StringError:
      return { offset: start, msg: (t.payload as StringScan).error! };
    case NumberLit:
      return refineNumber(t, t.payload as NumberScan, out);
    case StrayBackslash:
      return { offset: start + 1, msg: 'stray backslash in program' };
    case Bang:
    case Unexpected:
      return { offset: start, msg: `unexpected input character ${quoteRune(decodeRune(src, start).r)}` };
    default:
      out.push(t as Tok); // punctuation already has its parser type
      return null;
  }
}

const LETTER = /^\p{L}$/u;

/** starlark-go ends a name at the first rune that is not a letter, `_` or ASCII digit. */
function refineUnicodeIdent(src: string, t: IToken, out: Tok[]): PendingError | null {
  const start = t.startOffset;
  const end = start + t.image.length;
  for (let i = start; i < end; ) {
    const { r, size } = decodeRune(src, i);
    const ok = r === 0x5f || LETTER.test(String.fromCodePoint(r)) || (i > start && r >= 0x30 && r <= 0x39);
    if (!ok) {
      if (i > start) {
        const name = src.slice(start, i);
        out.push(makeTok(keywordTypes.get(name) ?? Ident, name, start, i));
      }
      return { offset: i, msg: `unexpected input character ${quoteRune(r)}` };
    }
    i += size;
  }
  out.push(retype(t, keywordTypes.get(t.image) ?? Ident));
  return null;
}

function refineString(t: IToken, out: Tok[]): PendingError | null {
  const prefix = stringPrefix(t.image, 0);
  if (NON_ASCII.test(t.image)) {
    t.endOffset = t.startOffset + t.image.length - 1;
    t.image = replaceInvalidUtf8(t.image);
  }
  const u = unquote(t.image, prefix);
  // Decoding errors point at the opening quote, after any prefix.
  if (!u.ok) return { offset: t.startOffset + prefix, msg: u.msg };
  out.push(retype(t, u.bytes ? Bytes : Str, u.value));
  return null;
}

/** starlark-go copies a literal rune by rune, so each invalid UTF-8 byte in it becomes U+FFFD. */
function replaceInvalidUtf8(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const { r, size } = decodeRune(s, i);
    out += r === 0xfffd && size === 1 ? '\xef\xbf\xbd' : s.slice(i, i + size);
    i += size;
  }
  return out;
}

function refineNumber(t: IToken, scan: NumberScan, out: Tok[]): PendingError | null {
  const start = t.startOffset;
  if (scan.error !== undefined) return { offset: scan.error.pos, msg: scan.error.msg };
  const v = scan.kind === 'float' ? floatValue(t.image) : intValue(t.image);
  if (!v.ok) return { offset: v.atEnd ? start + t.image.length : start, msg: v.msg };
  out.push(retype(t, scan.kind === 'float' ? Float : Int, v.value));
  return null;
}
