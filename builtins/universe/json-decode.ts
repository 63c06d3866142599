// json.decode's parser, following starlark-go's hand-written one so that error texts and
// their offsets match ("at offset 4, unexpected character 'f' after value").
//
// Its quirks are kept: a string without backslashes or non-ASCII bytes is taken verbatim
// (control characters included); other strings go through Go's json unquoting (escapes,
// surrogate pairs, U+FFFD for bad UTF-8 or lone surrogates); numbers are ints unless they
// contain one of ".eE+-" after the first character.

import { decodeRune, encodeRune } from '../../grammar/utf8.js';
import { Dict } from '../../src/starlark/values/dict.js';
import { Float } from '../../src/starlark/values/float.js';
import { typeOf } from '../../src/starlark/values/builtin.js';
import { normBig } from '../../src/starlark/values/int.js';
import { List } from '../../src/starlark/values/list.js';
import { None, type Value } from '../../src/starlark/values/value.js';
import { checkValid, quoteChar } from './json-scan.js';
import { parseGoFloat } from './number-parse.js';

/** A decoding failure: the message and the offset starlark-go reports. */
export class JsonDecodeError {
  constructor(
    readonly offset: number,
    readonly msg: string,
  ) {}
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hex4(s: string, i: number): number {
  if (i + 6 > s.length || s[i] !== '\\' || s[i + 1] !== 'u') return -1;
  const h = s.slice(i + 2, i + 6);
  return /^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1;
}

/** Go's json unquote of a validated string literal (with its quotes). */
function unquote(lit: string): string {
  let out = '';
  const end = lit.length - 1;
  for (let r = 1; r < end; ) {
    const c = lit.charCodeAt(r);
    if (c === 0x5c) {
      const e = lit[r + 1];
      if (e === 'u') {
        let rr = hex4(lit, r);
        r += 6;
        if (rr >= 0xd800 && rr < 0xe000) {
          const lo = hex4(lit, r);
          if (rr < 0xdc00 && lo >= 0xdc00 && lo < 0xe000) {
            out += encodeRune(0x10000 + ((rr - 0xd800) << 10) + (lo - 0xdc00));
            r += 6;
            continue;
          }
          rr = 0xfffd;
        }
        out += encodeRune(rr);
        continue;
      }
      out += ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
      r += 2;
    } else if (c < 0x80) {
      out += lit[r++];
    } else {
      const d = decodeRune(lit, r);
      out += d.size === 1 ? '\xef\xbf\xbd' : lit.slice(r, r + d.size);
      r += d.size;
    }
  }
  return out;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;

/** Decodes s; throws JsonDecodeError. */
export function decodeJSON(s: string): Value {
  const d = new Decoder(s);
  const x = d.parse();
  if (d.skipSpace()) d.fail(`unexpected character ${quoteChar(s.charCodeAt(d.i))} after value`);
  return x;
}

/** The decoder's state: the text and the offset of the next byte. */
class Decoder {
  i = 0;
  constructor(private readonly s: string) {}

  fail(msg: string): never {
    throw new JsonDecodeError(this.i, msg);
  }

  /** Skips white space; false at the end of the text. */
  skipSpace(): boolean {
    const s = this.s;
    let i = this.i;
    for (; i < s.length; i++) {
      const b = s.charCodeAt(i);
      if (b !== SPACE && b !== TAB && b !== LF && b !== CR) {
        this.i = i;
        return true;
      }
    }
    this.i = i;
    return false;
  }

  /** The next non-space byte (not consumed). */
  next(): number {
    return this.skipSpace() ? this.s.charCodeAt(this.i) : this.fail('unexpected end of file');
  }

  parse(): Value {
    const b = this.next();
    const s = this.s;
    switch (b) {
      case QUOTE:
        return this.string();
      case 0x6e: // n
        if (s.startsWith('null', this.i)) {
          this.i += 4;
          return None;
        }
        break;
      case 0x74: // t
        if (s.startsWith('true', this.i)) {
          this.i += 4;
          return true;
        }
        break;
      case 0x66: // f
        if (s.startsWith('false', this.i)) {
          this.i += 5;
          return false;
        }
        break;
      case 0x5b: {
        // [
        const elems: Value[] = [];
        this.i++;
        if (this.next() !== 0x5d) {
          for (;;) {
            elems.push(this.parse());
            const c = this.next();
            if (c !== COMMA) {
              if (c !== 0x5d) this.fail(`got ${quoteChar(c)}, want ',' or ']'`);
              break;
            }
            this.i++;
          }
        }
        this.i++;
        return new List(elems);
      }
      case 0x7b: {
        // {
        const dict = new Dict();
        this.i++;
        if (this.next() !== 0x7d) {
          for (;;) {
            const key = this.next() === QUOTE ? this.string() : this.parse();
            if (typeof key !== 'string') this.fail(`got ${typeOf(key)} for object key, want string`);
            let c = this.next();
            if (c !== COLON) this.fail(`after object key, got ${quoteChar(c)}, want ':' `);
            this.i++;
            dict.setUnchecked(key, this.parse());
            c = this.next();
            if (c !== COMMA) {
              if (c !== 0x7d) this.fail(`in object, got ${quoteChar(c)}, want ',' or '}'`);
              break;
            }
            this.i++;
          }
        }
        this.i++;
        return dict;
      }
      default:
        if (isDigit(b) || b === MINUS) return this.number();
    }
    return this.fail(`unexpected character ${quoteChar(b)}`);
  }

  /** A string literal starting at the current offset. */
  private string(): string {
    const s = this.s;
    const i = this.i;
    let safe = true;
    let closed = false;
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === BACKSLASH) {
        safe = false;
        j++;
      } else if (c === QUOTE) {
        closed = true;
        j++;
        break;
      } else if (c >= 0x80) safe = false;
    }
    if (!closed) this.fail('unclosed string literal');
    this.i = j;
    if (safe) return s.slice(i + 1, j - 1);
    const lit = s.slice(i, j);
    const err = checkValid(lit);
    if (err !== null) this.fail(err);
    return unquote(lit);
  }

  private number(): Value {
    const s = this.s;
    const i = this.i;
    let isFloat = false;
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (isDigit(c)) continue;
      if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS) isFloat = true;
      else break;
    }
    const num = s.slice(i, j);
    this.i = j;
    const neg = s.charCodeAt(i) === MINUS;
    const ndigits = neg ? num.length - 1 : num.length;
    const d0 = s.charCodeAt(neg ? i + 1 : i);
    if (ndigits === 0 || (d0 === 0x30 && ndigits > 1 && isDigit(s.charCodeAt(neg ? i + 2 : i + 1)))) {
      this.fail(`invalid number: ${num}`);
    }
    if (isFloat) {
      const f = parseGoFloat(num);
      if (f === null || !Number.isFinite(f)) this.fail(`invalid number: ${num}`);
      return new Float(f as number);
    }
    // Only digits (after an optional '-') reach here: isFloat catches every other byte
    // the loop accepts, except a '-' at the start, which must be followed by a digit.
    if (!isDigit(d0)) this.fail(`invalid number: ${num}`);
    if (ndigits <= 15) {
      const v = Number(num);
      return v === 0 ? 0 : v;
    }
    return normBig(BigInt(num));
  }
}
