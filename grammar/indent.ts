// The layout pass: raw tokens → the parser's token stream, with NEWLINE, INDENT,
// OUTDENT and EOF placed exactly as starlark-go's scanner places them.
//
// Rules (from starlark-go's nextToken): newlines inside (), [] or {} are dropped;
// blank and comment-only lines are ignored; indentation is measured at the start of
// each physical line that follows a NEWLINE (a tab advances the column to the next
// multiple of 8 counted from the characters read so far); at EOF a NEWLINE is added
// if the last line had tokens and blocks are still open, then one OUTDENT per open
// block. A NUL byte outside a literal acts as end of file.
//
// The first scan error ends the stream with a ScanError sentinel token instead of
// EOF: the parser fails when it reaches it, and the error is reported only if the
// parser got that far, as starlark-go's parser pulls tokens one at a time.
// All state lives in a Layout instance, so concurrent uses are independent.

import type { IToken } from 'chevrotain';
import type { PendingError } from './errors.js';
import { makeTok, refine } from './refine.js';
import { Nul, RawNewline, scanRaw } from './scanner.js';
import { Eof, Indent, LBrace, LBrack, LParen, Newline, Outdent, RBrace, RBrack, RParen, ScanError, type Tok } from './tokens.js';

/** The parser's tokens for `src` (newline-normalised byte string). */
export function layoutTokens(src: string): Tok[] {
  return new Layout(src).run(scanRaw(src));
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const LF = 0x0a;
const NUL = 0x00;

class Layout {
  private readonly out: Tok[] = [];
  private depth = 0;
  private readonly levels = [0];
  /** Offset of the line start still to be measured, or -1 in the middle of a line. */
  private lineStart = 0;
  /** The line just measured was blank (only spaces, a comment, or nothing). */
  private blank = false;
  /** The last line measured was entered after a NEWLINE (starlark-go's savedLineStart). */
  private fresh = true;

  constructor(private readonly src: string) {}

  run(raw: IToken[]): Tok[] {
    for (const t of raw) {
      if (t.tokenType === Nul) return this.finish(t.startOffset);
      const err = this.place(t);
      if (err !== null) return this.fail(err);
    }
    return this.finish(this.src.length);
  }

  private place(t: IToken): PendingError | null {
    const err = this.startLine();
    if (err !== null) return err;
    if (t.tokenType === RawNewline) {
      this.newline(t.startOffset);
      return null;
    }
    const bracket = this.bracket(t);
    if (bracket !== null) return bracket;
    return refine(this.src, t, this.out);
  }

  /** Measures indentation if a line starts here, emitting INDENT/OUTDENT as needed. */
  private startLine(): PendingError | null {
    this.fresh = this.lineStart >= 0;
    if (!this.fresh) {
      this.blank = false;
      return null;
    }
    const src = this.src;
    const start = this.lineStart;
    this.lineStart = -1;
    let col = 0;
    let i = start;
    for (let c = src.charCodeAt(i); c === SPACE || c === TAB; c = src.charCodeAt(++i)) {
      col += c === SPACE ? 1 : 8 - ((i - start) % 8);
    }
    const c = src.charCodeAt(i);
    this.blank = c === HASH || c === LF || c === NUL || i >= src.length;
    if (this.blank || this.depth > 0) return null;
    return this.indent(col, i);
  }

  private indent(col: number, at: number): PendingError | null {
    const levels = this.levels;
    if (col > levels[levels.length - 1]) {
      levels.push(col);
      this.out.push(makeTok(Indent, '', at, at));
      return null;
    }
    while (col < levels[levels.length - 1]) {
      levels.pop();
      this.out.push(makeTok(Outdent, '', at, at));
    }
    if (col !== levels[levels.length - 1]) {
      return { offset: at, msg: 'unindent does not match any outer indentation level' };
    }
    return null;
  }

  private newline(at: number): void {
    this.lineStart = at + 1;
    if (this.depth > 0 || this.blank) return;
    this.out.push(makeTok(Newline, '\n', at, at + 1));
  }

  private bracket(t: IToken): PendingError | null {
    const type = t.tokenType;
    if (type === LParen || type === LBrack || type === LBrace) {
      this.depth++;
    } else if (type === RParen || type === RBrack || type === RBrace) {
      if (this.depth === 0) return { offset: t.startOffset, msg: `unexpected '${t.image}'` };
      this.depth--;
    }
    return null;
  }

  private finish(eof: number): Tok[] {
    // A final line that is not blank (say, a lone continuation) still counts as having
    // tokens, so EOF then needs its NEWLINE.
    const err = this.startLine();
    if (err !== null) return this.fail(err);
    if (this.levels.length > 1) {
      if (!(this.fresh && this.blank)) this.out.push(makeTok(Newline, '\n', eof, eof));
      for (let n = this.levels.length - 1; n > 0; n--) this.out.push(makeTok(Outdent, '', eof, eof));
      this.levels.length = 1;
    }
    this.out.push(makeTok(Eof, '', eof, eof));
    return this.out;
  }

  private fail(err: PendingError): Tok[] {
    const sentinel = makeTok(ScanError, '', err.offset, err.offset);
    sentinel.payload = err;
    this.out.push(sentinel);
    return this.out;
  }
}
