// Go's encoding/json scanner (a byte-at-a-time state machine) and json.Indent.
//
// json.indent and json.decode's string unquoting surface this scanner's exact error
// texts ("invalid character 'x' after object key", "unexpected end of JSON input"), and
// json.Indent's output depends on the scanner's classification of every byte (spaces
// between tokens are dropped, spaces after the top-level value are kept), so the states
// below mirror Go's one for one.

import { encodeRune } from '../../grammar/utf8.js';
import { quoteString } from '../../src/starlark/text/quote.js';

const enum Op {
  Continue,
  BeginLiteral,
  BeginObject,
  ObjectKey,
  ObjectValue,
  EndObject,
  BeginArray,
  ArrayValue,
  EndArray,
  SkipSpace,
  End,
  Error,
}

const enum Parse {
  ObjectKey,
  ObjectValue,
  ArrayValue,
}

const MAX_DEPTH = 10000;

/** A Go character literal for byte/rune c, as %q and json's quoteChar print it: 'x', '\'', '\x01'. */
export function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  const q = quoteString(encodeRune(c));
  return "'" + q.slice(1, -1) + "'";
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

type State = (s: Scanner, c: number) => Op;

export class Scanner {
  step: State = beginValue;
  stack: Parse[] = [];
  endTop = false;
  err: string | null = null;

  error(c: number, context: string): Op {
    this.step = () => Op.Error;
    this.err = `invalid character ${quoteChar(c)} ${context}`;
    return Op.Error;
  }
  push(c: number, p: Parse, op: Op): Op {
    this.stack.push(p);
    return this.stack.length <= MAX_DEPTH ? op : this.error(c, 'exceeded max depth');
  }
  pop(): void {
    this.stack.pop();
    if (this.stack.length === 0) {
      this.step = endTop;
      this.endTop = true;
    } else this.step = endValue;
  }
  /** Go's scanner.eof: Error (with err set) unless the input was one complete value. */
  eof(): Op {
    if (this.err !== null) return Op.Error;
    if (this.endTop) return Op.End;
    this.step(this, 0x20);
    if (this.endTop) return Op.End;
    this.err ??= 'unexpected end of JSON input';
    return Op.Error;
  }
}

function beginValueOrEmpty(s: Scanner, c: number): Op {
  if (isSpace(c)) return Op.SkipSpace;
  if (c === 0x5d) return endValue(s, c);
  return beginValue(s, c);
}

function beginValue(s: Scanner, c: number): Op {
  if (isSpace(c)) return Op.SkipSpace;
  switch (c) {
    case 0x7b: // {
      s.step = beginStringOrEmpty;
      return s.push(c, Parse.ObjectKey, Op.BeginObject);
    case 0x5b: // [
      s.step = beginValueOrEmpty;
      return s.push(c, Parse.ArrayValue, Op.BeginArray);
    case 0x22:
      s.step = inString;
      return Op.BeginLiteral;
    case 0x2d: // -
      s.step = neg;
      return Op.BeginLiteral;
    case 0x30:
      s.step = zero;
      return Op.BeginLiteral;
    case 0x74: // t
      s.step = literal('true', 1);
      return Op.BeginLiteral;
    case 0x66: // f
      s.step = literal('false', 1);
      return Op.BeginLiteral;
    case 0x6e: // n
      s.step = literal('null', 1);
      return Op.BeginLiteral;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = nonZero;
    return Op.BeginLiteral;
  }
  return s.error(c, 'looking for beginning of value');
}

function beginStringOrEmpty(s: Scanner, c: number): Op {
  if (isSpace(c)) return Op.SkipSpace;
  if (c === 0x7d) {
    s.stack[s.stack.length - 1] = Parse.ObjectValue;
    return endValue(s, c);
  }
  return beginString(s, c);
}

function beginString(s: Scanner, c: number): Op {
  if (isSpace(c)) return Op.SkipSpace;
  if (c === 0x22) {
    s.step = inString;
    return Op.BeginLiteral;
  }
  return s.error(c, 'looking for beginning of object key string');
}

function endValue(s: Scanner, c: number): Op {
  const n = s.stack.length;
  if (n === 0) {
    s.step = endTop;
    s.endTop = true;
    return endTop(s, c);
  }
  if (isSpace(c)) {
    s.step = endValue;
    return Op.SkipSpace;
  }
  switch (s.stack[n - 1]) {
    case Parse.ObjectKey:
      if (c === 0x3a) {
        s.stack[n - 1] = Parse.ObjectValue;
        s.step = beginValue;
        return Op.ObjectKey;
      }
      return s.error(c, 'after object key');
    case Parse.ObjectValue:
      if (c === 0x2c) {
        s.stack[n - 1] = Parse.ObjectKey;
        s.step = beginString;
        return Op.ObjectValue;
      }
      if (c === 0x7d) {
        s.pop();
        return Op.EndObject;
      }
      return s.error(c, 'after object key:value pair');
    case Parse.ArrayValue:
      if (c === 0x2c) {
        s.step = beginValue;
        return Op.ArrayValue;
      }
      if (c === 0x5d) {
        s.pop();
        return Op.EndArray;
      }
      return s.error(c, 'after array element');
  }
}

function endTop(s: Scanner, c: number): Op {
  if (!isSpace(c)) s.error(c, 'after top-level value');
  return Op.End;
}

function inString(s: Scanner, c: number): Op {
  if (c === 0x22) {
    s.step = endValue;
    return Op.Continue;
  }
  if (c === 0x5c) {
    s.step = inStringEsc;
    return Op.Continue;
  }
  if (c < 0x20) return s.error(c, 'in string literal');
  return Op.Continue;
}

function inStringEsc(s: Scanner, c: number): Op {
  if ('bfnrt\\/"'.includes(String.fromCharCode(c))) {
    s.step = inString;
    return Op.Continue;
  }
  if (c === 0x75) {
    s.step = hexDigit(3);
    return Op.Continue;
  }
  return s.error(c, 'in string escape code');
}

/** The state reading a \u escape's hex digits, `left` more after this one. */
function hexDigit(left: number): State {
  return (s, c) => {
    if (!isHex(c)) return s.error(c, 'in \\u hexadecimal character escape');
    s.step = left === 0 ? inString : hexDigit(left - 1);
    return Op.Continue;
  };
}

function neg(s: Scanner, c: number): Op {
  if (c === 0x30) {
    s.step = zero;
    return Op.Continue;
  }
  if (c >= 0x31 && c <= 0x39) {
    s.step = nonZero;
    return Op.Continue;
  }
  return s.error(c, 'in numeric literal');
}

function nonZero(s: Scanner, c: number): Op {
  if (isDigit(c)) return Op.Continue;
  return zero(s, c);
}

function zero(s: Scanner, c: number): Op {
  if (c === 0x2e) {
    s.step = dot;
    return Op.Continue;
  }
  if (c === 0x65 || c === 0x45) {
    s.step = expStart;
    return Op.Continue;
  }
  return endValue(s, c);
}

function dot(s: Scanner, c: number): Op {
  if (isDigit(c)) {
    s.step = dotDigits;
    return Op.Continue;
  }
  return s.error(c, 'after decimal point in numeric literal');
}

function dotDigits(s: Scanner, c: number): Op {
  if (isDigit(c)) return Op.Continue;
  if (c === 0x65 || c === 0x45) {
    s.step = expStart;
    return Op.Continue;
  }
  return endValue(s, c);
}

function expStart(s: Scanner, c: number): Op {
  if (c === 0x2b || c === 0x2d) {
    s.step = expSign;
    return Op.Continue;
  }
  return expSign(s, c);
}

function expSign(s: Scanner, c: number): Op {
  if (isDigit(c)) {
    s.step = expDigits;
    return Op.Continue;
  }
  return s.error(c, 'in exponent of numeric literal');
}

function expDigits(s: Scanner, c: number): Op {
  if (isDigit(c)) return Op.Continue;
  return endValue(s, c);
}

/** The state expecting word[i] of true/false/null. */
function literal(word: string, i: number): State {
  return (s, c) => {
    if (c !== word.charCodeAt(i)) return s.error(c, `in literal ${word} (expecting '${word[i]}')`);
    s.step = i + 1 === word.length ? endValue : literal(word, i + 1);
    return Op.Continue;
  };
}

/** The scanner's error for data (a byte string), or null when it is one valid JSON value. */
export function checkValid(data: string): string | null {
  const s = new Scanner();
  for (let i = 0; i < data.length; i++) {
    if (s.step(s, data.charCodeAt(i)) === Op.Error) return s.err;
  }
  return s.eof() === Op.Error ? s.err : null;
}

/** Go's json.Indent; throws the scanner's message (a string) for invalid input. */
export function indentJSON(src: string, prefix: string, indent: string): string {
  const s = new Scanner();
  const out: string[] = [];
  let needIndent = false;
  let depth = 0;
  const newline = (): void => {
    out.push('\n', prefix, indent.repeat(depth));
  };
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const v = s.step(s, c);
    if (v === Op.SkipSpace) continue;
    if (v === Op.Error) break;
    if (needIndent && v !== Op.EndObject && v !== Op.EndArray) {
      needIndent = false;
      depth++;
      newline();
    }
    const ch = src[i];
    if (v === Op.Continue) {
      out.push(ch);
      continue;
    }
    switch (ch) {
      case '{':
      case '[':
        needIndent = true;
        out.push(ch);
        break;
      case ',':
        out.push(ch);
        newline();
        break;
      case ':':
        out.push(ch, ' ');
        break;
      case '}':
      case ']':
        if (needIndent) needIndent = false; // empty object or array stays "{}" / "[]"
        else {
          depth--;
          newline();
        }
        out.push(ch);
        break;
      default:
        out.push(ch);
    }
  }
  if (s.eof() === Op.Error) throw s.err as string;
  return out.join('');
}
