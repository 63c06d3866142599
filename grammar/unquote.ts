// Decoding of string and bytes literals, with starlark-go's exact complaints.
//
// Input and output are byte strings (one char per UTF-8 byte). Unlike Python, an
// unknown escape such as \w is an error. String literals may only use \x and octal
// escapes for ASCII (a non-ASCII byte must come from \u or from the source text);
// bytes literals may produce any byte. Error messages are host strings.

import { encodeRune, toHost } from './utf8.js';

export type Unquoted = { ok: true; value: string; bytes: boolean } | { ok: false; msg: string };

const simpleEscapes: Record<string, string> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"',
};

const HEX2 = /^[0-9a-fA-F]{2}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX8 = /^[0-9a-fA-F]{8}$/;

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const useU = (n: number): string => `(use \\u${hex4(n)} for the UTF-8 encoding of U+${hex4(n)})`;

/** Decodes the literal `raw` (prefix and quotes included), as scanned by scan-string.ts. */
export function unquote(raw: string, prefix: number): Unquoted {
  const isRaw = raw.charCodeAt(0) === 0x72;
  const bytes = raw.charCodeAt(prefix - 1) === 0x62;
  const body = raw.slice(prefix);
  const triple = body.length >= 6 && body[1] === body[0] && body[2] === body[0];
  const content = triple ? body.slice(3, -3) : body.slice(1, -1);
  if (isRaw || content.indexOf('\\') < 0) return { ok: true, value: content, bytes };
  return decodeEscapes(content, bytes);
}

function decodeEscapes(s: string, bytes: boolean): Unquoted {
  let out = '';
  let i = 0;
  for (let b = s.indexOf('\\'); b >= 0; b = s.indexOf('\\', i)) {
    out += s.slice(i, b);
    const step = decodeOne(s, b, bytes);
    if (typeof step === 'string') return { ok: false, msg: step };
    out += step.text;
    i = step.next;
  }
  return { ok: true, value: out + s.slice(i), bytes };
}

/** Decodes the escape at s[b] == '\\': its bytes and where the rest resumes, or an error message. */
function decodeOne(s: string, b: number, bytes: boolean): { text: string; next: number } | string {
  if (b + 1 >= s.length) return 'truncated escape sequence \\';
  const c = s[b + 1];
  if (c === '\n') return { text: '', next: b + 2 };
  const simple = simpleEscapes[c];
  if (simple !== undefined) return { text: simple, next: b + 2 };
  if (c >= '0' && c <= '7') return octalEscape(s, b, bytes);
  if (c === 'x') return hexEscape(s, b, bytes);
  if (c === 'u' || c === 'U') return unicodeEscape(s, b);
  // Go formats the offending byte with %c, i.e. as the code point of the same value.
  return `invalid escape sequence \\${c}`;
}

function octalEscape(s: string, b: number, bytes: boolean): { text: string; next: number } | string {
  let i = b + 1;
  let n = 0;
  for (const end = i + 3; i < end && s[i] >= '0' && s[i] <= '7'; i++) n = n * 8 + (s.charCodeAt(i) - 0x30);
  if (!bytes && n > 127) return `non-ASCII octal escape \\${n.toString(8)} ${useU(n)}`;
  if (n >= 256) return `invalid escape sequence \\${n.toString(8).padStart(3, '0')}`;
  return { text: String.fromCharCode(n), next: i };
}

function hexEscape(s: string, b: number, bytes: boolean): { text: string; next: number } | string {
  if (s.length - b < 4) return `truncated escape sequence ${toHost(s.slice(b))}`;
  const seq = s.slice(b, b + 4);
  if (!HEX2.test(seq.slice(2))) return `invalid escape sequence ${toHost(seq)}`;
  const n = parseInt(seq.slice(2), 16);
  if (!bytes && n > 127) return `non-ASCII hex escape ${seq} ${useU(n)}`;
  return { text: String.fromCharCode(n), next: b + 4 };
}

function unicodeEscape(s: string, b: number): { text: string; next: number } | string {
  const size = s[b + 1] === 'u' ? 6 : 10;
  if (s.length - b < size) return `truncated escape sequence ${toHost(s.slice(b))}`;
  const seq = s.slice(b, b + size);
  if (!(size === 6 ? HEX4 : HEX8).test(seq.slice(2))) return `invalid escape sequence ${toHost(seq)}`;
  const n = parseInt(seq.slice(2), 16);
  // starlark-go prints the offending value, not the maximum, after "max".
  if (n > 0x10ffff) return `code point out of range: ${seq} (max \\U${n.toString(16).padStart(8, '0')})`;
  if (n >= 0xd800 && n < 0xe000) return `invalid Unicode code point U+${hex4(n)}`;
  return { text: encodeRune(n), next: b + size };
}
