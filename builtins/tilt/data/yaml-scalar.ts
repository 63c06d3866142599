// How go-yaml v2 writes one scalar: the analysis that decides which styles a string
// allows (plain, single-quoted, double-quoted, literal block), and the writers for each
// style, including folding long plain and quoted lines at column 80.
//
// Everything works on UTF-8 byte strings; the writer counts columns in characters.

import { decodeRune } from '../../../grammar/utf8.js';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

export interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

/** Byte length of the character at i (0 for a stray continuation byte, as libyaml). */
function width(s: string, i: number): number {
  const b = s.charCodeAt(i);
  if ((b & 0x80) === 0) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

const at = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : 0);

function isSpace(s: string, i: number): boolean {
  return at(s, i) === 0x20;
}

function isBlank(s: string, i: number): boolean {
  const b = at(s, i);
  return b === 0x20 || b === 0x09;
}

/** Line breaks: CR, LF, NEL, LS, PS. */
export function isBreak(s: string, i: number): boolean {
  const b = at(s, i);
  if (b === 0x0d || b === 0x0a) return true;
  if (b === 0xc2 && at(s, i + 1) === 0x85) return true;
  return b === 0xe2 && at(s, i + 1) === 0x80 && (at(s, i + 2) === 0xa8 || at(s, i + 2) === 0xa9);
}

function isBlankz(s: string, i: number): boolean {
  return isBlank(s, i) || isBreak(s, i) || at(s, i) === 0;
}

function isBom(s: string, i: number): boolean {
  return at(s, i) === 0xef && at(s, i + 1) === 0xbb && at(s, i + 2) === 0xbf;
}

function isPrintable(s: string, i: number): boolean {
  const b = at(s, i);
  const b1 = at(s, i + 1);
  const b2 = at(s, i + 2);
  return (
    b === 0x0a ||
    (b >= 0x20 && b <= 0x7e) ||
    (b === 0xc2 && b1 >= 0xa0) ||
    (b > 0xc2 && b < 0xed) ||
    (b === 0xed && b1 < 0xa0) ||
    b === 0xee ||
    (b === 0xef && !(b1 === 0xbb && b2 === 0xbf) && !(b1 === 0xbf && (b2 === 0xbe || b2 === 0xbf)))
  );
}

/** Which styles can represent `v` (libyaml's scalar analysis). */
export function analyzeScalar(v: string): ScalarAnalysis {
  if (v.length === 0) {
    return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  if (v.startsWith('---') || v.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  for (let i = 0, w = 0; i < v.length; i += w) {
    w = width(v, i) || 1;
    const c = v[i];
    const followedByWhitespace = i + w >= v.length || isBlank(v, i + w);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (c === '?' || c === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (c === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (',?[]{}'.includes(c)) {
      flowIndicators = true;
    } else if (c === ':') {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === '#' && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (!isPrintable(v, i)) special = true;
    if (isSpace(v, i)) {
      if (i === 0) leadingSpace = true;
      if (i + w === v.length) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(v, i)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i + w === v.length) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(v, i);
  }
  const a: ScalarAnalysis = { multiline: lineBreaks, flowPlainAllowed: true, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) a.flowPlainAllowed = a.blockPlainAllowed = a.singleQuotedAllowed = false;
  if (spaceBreak || special) a.flowPlainAllowed = a.blockPlainAllowed = a.singleQuotedAllowed = a.blockAllowed = false;
  if (lineBreaks) a.flowPlainAllowed = a.blockPlainAllowed = false;
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

/** The style libyaml ends up using for a requested style in a given context. */
export function selectStyle(requested: ScalarStyle, a: ScalarAnalysis, value: string, simpleKey: boolean): ScalarStyle {
  let style = requested;
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlainAllowed || (value.length === 0 && simpleKey)) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}

/** The output side of libyaml's emitter: text plus the cursor state its rules consult. */
export class YamlWriter {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  private readonly indents: number[] = [];

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  restoreIndent(): void {
    this.indent = this.indents.pop()!;
  }

  put(c: string): void {
    this.out += c;
    this.column++;
  }

  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** Copies the character at i; returns the index after it. */
  write(s: string, i: number): number {
    const w = width(s, i) || 1;
    this.out += s.slice(i, i + w);
    this.column++;
    return i + w;
  }

  writeBreak(s: string, i: number): number {
    if (s[i] === '\n') {
      this.putBreak();
      return i + 1;
    }
    const j = this.write(s, i);
    this.column = 0;
    return j;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  writeIndicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const c of ind) this.put(c);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  writeScalar(v: string, style: ScalarStyle, allowBreaks: boolean): void {
    if (style === 'plain') this.writePlain(v, allowBreaks);
    else if (style === 'single') this.writeSingle(v, allowBreaks);
    else if (style === 'double') this.writeDouble(v, allowBreaks);
    else this.writeLiteral(v);
  }

  private writePlain(v: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    for (let i = 0; i < v.length; ) {
      if (isSpace(v, i)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !isSpace(v, i + 1)) {
          this.writeIndent();
          i++;
        } else {
          i = this.write(v, i);
        }
        spaces = true;
      } else {
        i = this.write(v, i);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingle(v: string, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < v.length; ) {
      if (isSpace(v, i)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < v.length - 1 && !isSpace(v, i + 1)) {
          this.writeIndent();
          i++;
        } else {
          i = this.write(v, i);
        }
        spaces = true;
      } else if (isBreak(v, i)) {
        if (!breaks && v[i] === '\n') this.putBreak();
        i = this.writeBreak(v, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (v[i] === "'") this.put("'");
        i = this.write(v, i);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDouble(v: string, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    for (let i = 0; i < v.length; ) {
      const b = v.charCodeAt(i);
      if (!isPrintable(v, i) || isBom(v, i) || isBreak(v, i) || b === 0x22 || b === 0x5c) {
        const r = decodeRune(v, i);
        i += r.size || 1;
        this.put('\\');
        this.put(escapeFor(r.r));
        spaces = false;
      } else if (isSpace(v, i)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < v.length - 1) {
          this.writeIndent();
          if (isSpace(v, i + 1)) this.put('\\');
          i++;
        } else {
          i = this.write(v, i);
        }
        spaces = true;
      } else {
        i = this.write(v, i);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(v: string): void {
    this.writeIndicator('|', true, false, false);
    if (isSpace(v, 0) || isBreak(v, 0)) this.writeIndicator(String(BEST_INDENT), false, false, false);
    const chomp = chompHint(v);
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (let i = 0; i < v.length; ) {
      if (isBreak(v, i)) {
        i = this.writeBreak(v, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent();
          breaks = false;
        }
        i = this.write(v, i);
        this.indention = false;
      }
    }
  }
}

/** The escape letter(s) after a backslash in a double-quoted scalar. */
function escapeFor(r: number): string {
  const named: Record<number, string> = {
    0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r',
    0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
  };
  if (r in named) return named[r];
  const hex = r.toString(16).toUpperCase();
  if (r <= 0xff) return 'x' + hex.padStart(2, '0');
  if (r <= 0xffff) return 'u' + hex.padStart(4, '0');
  return 'U' + hex.padStart(8, '0');
}

/** '-' strips the final newline (none there), '+' keeps several, '' clips to one. */
function chompHint(v: string): string {
  if (v.length === 0) return '-';
  let i = v.length - 1;
  while (i > 0 && (v.charCodeAt(i) & 0xc0) === 0x80) i--;
  if (!isBreak(v, i)) return '-';
  if (i === 0) return '+';
  i--;
  while (i > 0 && (v.charCodeAt(i) & 0xc0) === 0x80) i--;
  return isBreak(v, i) ? '+' : '';
}
