// Go-exact text functions for the Starlark runtime: plain numbers and byte
// strings (one char per UTF-8 byte) in, byte strings or numbers out.
//
//   float-format  formatFloat (str/repr of a float), formatFloatConv (%e %E %f %F %g %G)
//   quote         quoteString (repr of str), quoteBytes (repr of bytes)
//   hash          stringHash (hash(str)), bytesHash (hash(bytes))
//   unicode       per-rune Go unicode semantics (Unicode 15.0.0): isSpace isLetter isDigit
//                 isUpper isLower isTitle isPrint isGraphic isCased toUpper toLower toTitle
//   string-ops    string-method helpers: splitWhitespace rsplitWhitespace stripSpace
//                 stripChars upper lower title capitalize isAlnum isAlpha isDigit isSpace
//                 isLower isUpper isTitle codepoints codepointOrds
//   rune-scan     allocation-free UTF-8 decoding (decodeAt, decodeBefore)
//
// The rune predicates and the string predicates share names, so they are exported
// here under namespaces: `unicode.isSpace(r)` vs `strings.isSpace(s)`.

export { formatFloat, formatFloatConv, type FloatConv } from './float-format.js';
export { quoteString, quoteBytes } from './quote.js';
export { stringHash, bytesHash } from './hash.js';
export { decodeAt, decodeBefore, RUNE_MASK } from './rune-scan.js';
export * as unicode from './unicode.js';
export * as strings from './string-ops.js';
