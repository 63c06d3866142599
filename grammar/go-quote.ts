// Go's quoting of a single rune (strconv.QuoteRune), used in scanner messages such as
// `unexpected input character '\x01'`. Printable runes appear as themselves; the
// rest as \a-style, \xHH, \uHHHH or \UHHHHHHHH escapes. Returns a host string.

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const namedEscapes: Record<number, string> = {
  0x07: '\\a', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x0b: '\\v',
};

export function quoteRune(r: number): string {
  return `'${escapeRune(r)}'`;
}

function escapeRune(r: number): string {
  if (r === 0x27 || r === 0x5c) return `\\${String.fromCodePoint(r)}`;
  if (PRINTABLE.test(String.fromCodePoint(r))) return String.fromCodePoint(r);
  const named = namedEscapes[r];
  if (named !== undefined) return named;
  if (r < 0x20 || r === 0x7f) return `\\x${r.toString(16).padStart(2, '0')}`;
  if (r < 0x10000) return `\\u${r.toString(16).padStart(4, '0')}`;
  return `\\U${r.toString(16).padStart(8, '0')}`;
}
