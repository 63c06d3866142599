// repr() of string and bytes values, as starlark-go's syntax.Quote writes them.
//
// That function escapes exactly like Go's strconv.Quote: always double quotes;
// `"` and `\` backslashed; printable runes (strconv.IsPrint) kept as their UTF-8
// bytes; \a \b \f \n \r \t \v; other ASCII controls and DEL as \xHH; other
// non-printable runes as \uXXXX or \UXXXXXXXX; each byte of invalid UTF-8 as
// \xHH. Bytes values use the same rules behind a `b` prefix.
// Input and output are byte strings (one char per byte).

import { isPrint } from './unicode.js';
import { decodeAt, RUNE_MASK } from './rune-scan.js';

const HEX = '0123456789abcdef';

// Escape text for each ASCII byte that needs one.
const ASCII_ESCAPE: string[] = [];
for (let c = 0; c < 0x80; c++) {
  let e = '';
  if (c < 0x20 || c === 0x7f) e = '\\x' + HEX[c >> 4] + HEX[c & 15];
  ASCII_ESCAPE.push(e);
}
ASCII_ESCAPE[0x07] = '\\a';
ASCII_ESCAPE[0x08] = '\\b';
ASCII_ESCAPE[0x0c] = '\\f';
ASCII_ESCAPE[0x0a] = '\\n';
ASCII_ESCAPE[0x0d] = '\\r';
ASCII_ESCAPE[0x09] = '\\t';
ASCII_ESCAPE[0x0b] = '\\v';
ASCII_ESCAPE[0x22] = '\\"';
ASCII_ESCAPE[0x5c] = '\\\\';

function hexDigits(r: number, width: number): string {
  const h = r.toString(16);
  return '0000000'.slice(0, width - h.length) + h;
}

/** The body of the quoted form (without the quotes). */
function quoteBody(s: string): string {
  const n = s.length;
  let out = '';
  let run = 0; // start of the bytes not yet copied to out
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x7f) {
        i++;
        continue;
      }
      out += s.slice(run, i) + ASCII_ESCAPE[c];
      run = ++i;
      continue;
    }
    const v = decodeAt(s, i, n);
    const size = v >>> 21;
    const r = v & RUNE_MASK;
    if (size === 1) {
      // Invalid UTF-8 (a valid U+FFFD is three bytes and printable).
      out += s.slice(run, i) + '\\x' + HEX[c >> 4] + HEX[c & 15];
      run = ++i;
      continue;
    }
    if (isPrint(r)) {
      i += size;
      continue;
    }
    out += s.slice(run, i) + (r < 0x10000 ? '\\u' + hexDigits(r, 4) : '\\U' + hexDigits(r, 8));
    run = i += size;
  }
  return run === 0 ? s : out + s.slice(run);
}

// Bytes that need the escaping loop; text without any is its own quoted body, and a
// regex scan for them is faster than a charCodeAt loop.
const SPECIAL = /["\\\x00-\x1f\x7f-\xff]/;

/** repr of a Starlark string: `"..."` with Go escaping. */
export function quoteString(s: string): string {
  return '"' + (SPECIAL.test(s) ? quoteBody(s) : s) + '"';
}

/** repr of a Starlark bytes value: `b"..."` with the same escaping. */
export function quoteBytes(s: string): string {
  return 'b"' + (SPECIAL.test(s) ? quoteBody(s) : s) + '"';
}
