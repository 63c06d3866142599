// Source positions: byte offsets in the tree, turned into file:line:col on demand.
//
// Columns are 1-based and count code points (runes), as starlark-go reports them;
// an invalid UTF-8 byte counts as one rune, as Go's utf8.DecodeRune does.

import { utf8SeqLen } from './utf8.js';

export interface Position {
  file: string; // host string
  line: number; // 1-based; 0 when unknown
  col: number; // 1-based code-point column; 0 when unknown
}

export function formatPosition(p: Position): string {
  if (p.line > 0) return p.col > 0 ? `${p.file}:${p.line}:${p.col}` : `${p.file}:${p.line}`;
  return p.file;
}

/** Maps byte offsets of one (newline-normalised) source text to line and column. */
export class LineTable {
  private readonly starts: number[] = [0];

  constructor(
    readonly file: string,
    private readonly src: string,
  ) {
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line holding byte offset `offset`. */
  line(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): Position {
    const line = this.line(offset);
    let col = 1;
    const src = this.src;
    for (let i = this.starts[line - 1]; i < offset && i < src.length; ) {
      i += utf8SeqLen(src, i);
      col++;
    }
    return { file: this.file, line, col };
  }

  format(offset: number): string {
    return formatPosition(this.position(offset));
  }
}
