// The raw lexer: Chevrotain turns a (newline-normalised) byte-string source into raw
// tokens. It never fails: characters starlark-go rejects become tokens of their own
// (StrayBackslash, Bang, Unexpected, Nul) and the literal scanners record their
// errors in the token payload, so that indent.ts can report the first problem in
// source order, exactly where starlark-go's scanner would have stopped.

import { createToken, Lexer, type CustomPatternMatcherReturn, type IToken, type TokenType } from 'chevrotain';
import { scanNumber } from './scan-number.js';
import { scanString } from './scan-string.js';
import { punctuation } from './tokens.js';

function customToken(
  name: string,
  startChars: string,
  lineBreaks: boolean,
  scan: (s: string, i: number) => { end: number } | null,
): TokenType {
  const exec = (text: string, offset: number): CustomPatternMatcherReturn | null => {
    const r = scan(text, offset);
    if (r === null) return null;
    const match = [text.slice(offset, r.end)] as unknown as CustomPatternMatcherReturn;
    match.payload = r;
    return match;
  };
  return createToken({
    name,
    pattern: { exec },
    start_chars_hint: [...startChars],
    line_breaks: lineBreaks,
  });
}

// Start-character hints spare the lexer from analysing these patterns at start-up.
const identStart = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'].concat(
  Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i)),
);
const allBytes = Array.from({ length: 256 }, (_, i) => i);

export const Whitespace = createToken({
  name: 'Whitespace',
  pattern: /[ \t]+/,
  group: Lexer.SKIPPED,
  start_chars_hint: [' ', '\t'],
});
// A NUL byte outside a literal ends the file for starlark-go (its scanner reads it as EOF),
// so comments stop there too.
export const Comment = createToken({
  name: 'Comment',
  pattern: /#[^\n\0]*/,
  group: Lexer.SKIPPED,
  start_chars_hint: ['#'],
});
export const Continuation = createToken({
  name: 'Continuation',
  pattern: /\\\n/,
  group: Lexer.SKIPPED,
  line_breaks: true,
  start_chars_hint: ['\\'],
});
export const StrayBackslash = createToken({ name: 'StrayBackslash', pattern: /\\/, start_chars_hint: ['\\'] });
export const Nul = createToken({ name: 'Nul', pattern: /\0/, start_chars_hint: [0] });
// Well-formed literals by regular expression (the common case, and fast). A single-quoted
// literal may not start with three quotes; a triple-quoted one ends at the first unescaped
// run of three. Literals that do not end go to StringError, which finds starlark-go's error.
const anyByte = String.raw`\\[\x00-\xff]`;
const tripleBody = (q: string): string => String.raw`(?:[^${q}\\]|${anyByte}|${q}(?!${q}${q}))*`;
const single = (q: string): string => String.raw`${q}(?!${q}${q})(?:[^${q}\\\n]|${anyByte})*${q}`;
export const StringLit = createToken({
  name: 'StringLit',
  pattern: new RegExp(
    `(?:rb|r|b)?(?:'''${tripleBody("'")}'''|"""${tripleBody('"')}"""|${single("'")}|${single('"')})`,
  ),
  line_breaks: true,
  start_chars_hint: [...`'"rb`],
});
export const StringError = customToken('StringError', `'"rb`, true, (s, i) => {
  const r = scanString(s, i);
  return r !== null && r.error !== undefined ? r : null;
});
export const NumberLit = customToken('NumberLit', '0123456789.', false, (s, i) => {
  const c = s.charCodeAt(i);
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2e)) return null;
  const r = scanNumber(s, i);
  return r.kind === 'dot' ? null : r;
});
export const Bang = createToken({ name: 'Bang', pattern: '!' });
export const Unexpected = createToken({
  name: 'Unexpected',
  pattern: /[\x00-\xff]/,
  line_breaks: true,
  start_chars_hint: allBytes,
});

export const RawNewline = createToken({ name: 'RawNewline', pattern: '\n', line_breaks: true });
// Keywords, reserved words and non-ASCII letters are sorted out by indent.ts.
export const RawIdent = createToken({
  name: 'RawIdent',
  pattern: /[A-Za-z_\x80-\xff][A-Za-z0-9_\x80-\xff]*/,
  start_chars_hint: identStart,
});

const rawTokens: TokenType[] = [
  RawNewline,
  Whitespace,
  Comment,
  Continuation,
  StrayBackslash,
  Nul,
  StringLit,
  StringError,
  NumberLit,
  RawIdent,
  ...punctuation,
  Bang,
  Unexpected,
];

const lexer = new Lexer(rawTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  skipValidations: process.env.NODE_ENV === 'production',
});

/** Raw tokens of `src`, which must be newline-normalised. */
export function scanRaw(src: string): IToken[] {
  const result = lexer.tokenize(src);
  if (result.errors.length > 0) {
    // Unexpected matches any byte, so this is a char above U+00FF: the caller passed a host
    // string where a byte string (or raw bytes) was required.
    const e = result.errors[0];
    throw new TypeError(`Starlark source must be a byte string; found U+${src.charCodeAt(e.offset).toString(16)} at ${e.offset}`);
  }
  return result.tokens;
}
