// String and bytes literals: where one ends, as starlark-go's scanString decides.
//
// A literal is an optional prefix (r, b or rb; never R, B or br), then '…', "…",
// '''…''' or """…""". A backslash always takes the next character with it, so an
// escaped quote never ends the literal, even in a raw string. Decoding the escapes
// is unquote.ts's job; here we only find the end or starlark-go's scan error.

export interface StringScan {
  end: number;
  /** Length of the r/b/rb prefix. */
  prefix: number;
  error?: string;
}

const SQ = 0x27;
const DQ = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

const isQuote = (c: number): boolean => c === SQ || c === DQ;

/** Length of the literal prefix at `i` when a quote follows it, else -1. */
export function stringPrefix(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isQuote(c)) return 0;
  if ((c === 0x72 || c === 0x62) && isQuote(s.charCodeAt(i + 1))) return 1; // r" b"
  if (c === 0x72 && s.charCodeAt(i + 1) === 0x62 && isQuote(s.charCodeAt(i + 2))) return 2; // rb"
  return -1;
}

/** Scans the literal at `start`; null when no literal starts there. */
export function scanString(s: string, start: number): StringScan | null {
  const prefix = stringPrefix(s, start);
  if (prefix < 0) return null;
  const q = s.charCodeAt(start + prefix);
  const triple = s.charCodeAt(start + prefix + 1) === q && s.charCodeAt(start + prefix + 2) === q;
  const scan = triple ? scanTriple : scanSingle;
  return { ...scan(s, start + prefix + (triple ? 3 : 1), q), prefix };
}

function scanSingle(s: string, i: number, q: number): { end: number; error?: string } {
  const n = s.length;
  for (;;) {
    if (i >= n) return { end: i, error: 'unexpected EOF in string' };
    const c = s.charCodeAt(i++);
    if (c === q) return { end: i };
    if (c === NEWLINE) return { end: i, error: 'unexpected newline in string' };
    if (c === BACKSLASH) {
      if (i >= n) return { end: i, error: 'unexpected EOF in string' };
      i++;
    }
  }
}

function scanTriple(s: string, i: number, q: number): { end: number; error?: string } {
  const n = s.length;
  let quotes = 0;
  for (;;) {
    if (i >= n) return { end: i, error: 'unexpected EOF in string' };
    const c = s.charCodeAt(i++);
    if (c === q) {
      if (++quotes === 3) return { end: i };
      continue;
    }
    quotes = 0;
    if (c === BACKSLASH) {
      if (i >= n) return { end: i, error: 'unexpected EOF in string' };
      i++;
    }
  }
}
