// Reading starlark-go's chunked test files: chunks are separated by a line `---`; a
// `### <Go string literal>` comment on a line says an error matching that regular
// expression must be reported on that line. Chunks are padded with blank lines so line
// numbers match the whole file.

export interface Chunk {
  /** 0-based index within the file */
  index: number;
  /** source, padded so that line numbers are those of the whole file */
  source: string;
  /** line → expected error pattern */
  want: Map<number, RegExp>;
  /** problems with the expectations themselves (bad literal or regexp) */
  problems: string[];
}

export function readChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let line = 1;
  text.split('\n---\n').forEach((body, index) => {
    const source = '\n'.repeat(line - 1) + body;
    const want = new Map<number, RegExp>();
    const problems: string[] = [];
    for (const l of body.split('\n')) {
      const h = l.indexOf('###');
      if (h >= 0) {
        const rest = l.slice(h + 3).trim();
        try {
          want.set(line, goRegexp(unquoteGo(rest)));
        } catch (e) {
          problems.push(`line ${line}: ${(e as Error).message}`);
        }
      }
      line++;
    }
    line++; // the --- separator
    chunks.push({ index, source, want, problems });
  });
  return chunks;
}

/** Unquotes a Go string literal: "..." with Go escapes, or `...` raw. */
export function unquoteGo(lit: string): string {
  if (lit.length >= 2 && lit[0] === '`' && lit[lit.length - 1] === '`') return lit.slice(1, -1);
  if (lit.length >= 2 && lit[0] === '"' && lit[lit.length - 1] === '"') {
    return lit.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_m, e: string) => {
      switch (e[0]) {
        case 'x':
        case 'u':
        case 'U':
          return String.fromCodePoint(parseInt(e.slice(1), 16));
        case 'n':
          return '\n';
        case 't':
          return '\t';
        case 'r':
          return '\r';
        case 'a':
          return '\x07';
        case 'b':
          return '\b';
        case 'f':
          return '\f';
        case 'v':
          return '\v';
        default:
          if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
          return e;
      }
    });
  }
  throw new Error(`not a quoted regexp: ${lit}`);
}

/** Compiles an RE2 pattern as a JS regular expression (the suite's patterns use the common subset). */
export function goRegexp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(pattern);
  }
}
