// grammar/: the Starlark front end — scanner, indentation, parser — producing the typed
// AST of ast.ts with starlark-go's tokens, positions and error messages (the 2024
// dialect that Tilt pins). It imports nothing from the rest of the repository; its
// only dependency is chevrotain.
//
// Public surface: parseFile, parseExpr, tokenize (a debug view of the token stream),
// StarlarkSyntaxError, the AST types, positions, and the byte-string helpers.

import type { PendingError } from './errors.js';
import { StarlarkSyntaxError } from './errors.js';
import { layoutTokens } from './indent.js';
import { normalise } from './parser.js';
import { LineTable } from './position.js';
import { Bytes, ScanError, spelling } from './tokens.js';

export type * from './ast.js';
export { StarlarkSyntaxError } from './errors.js';
export { parseExpr, parseFile, prepareParser } from './parser.js';
export { formatPosition, LineTable, type Position } from './position.js';
export { decodeRune, encodeRune, fromBytes, fromHost, isAscii, toBytes, toHost, utf8SeqLen, type Rune } from './utf8.js';

/** One token of the stream the parser sees. */
export interface TokenView {
  /** `identifier`, `int literal`, `string literal`, `newline`, `indent`, `(`, `def`, ... */
  kind: string;
  /** Byte offset of the token's start. */
  pos: number;
  /** Source text (byte string); empty for indent, outdent and end of file. */
  raw: string;
  /** Decoded value of literals (byte string for strings and bytes). */
  value?: number | bigint | string;
}

/** The token stream of `src` as the parser sees it; throws the first scan error. */
export function tokenize(path: string, src: string | Uint8Array): TokenView[] {
  const text = normalise(src);
  const out: TokenView[] = [];
  for (const t of layoutTokens(text)) {
    if (t.tokenType === ScanError) {
      const e = t.payload as PendingError;
      throw StarlarkSyntaxError.at(new LineTable(path, text), e.offset, e.msg);
    }
    const kind = t.tokenType === Bytes ? 'bytes literal' : spelling(t.tokenType);
    const view: TokenView = { kind, pos: t.startOffset, raw: t.image };
    if (t.payload !== null) view.value = t.payload as number | bigint | string;
    out.push(view);
  }
  return out;
}
