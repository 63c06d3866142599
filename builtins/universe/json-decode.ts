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

/** Decodes s; throws JsonDecodeError. */
export function decodeJSON(s: string): Value {
  let i = 0;
  const fail = (msg: string): never => {
    throw new JsonDecodeError(i, msg);
  };
  const skipSpace = (): boolean => {
    for (; i < s.length; i++) {
      const b = s[i];
      if (b !== ' ' && b !== '\t' && b !== '\n' && b !== '\r') return true;
    }
    return false;
  };
  const next = (): string => (skipSpace() ? s[i] : fail('unexpected end of file'));

  const parse = (): Value => {
    const b = next();
    switch (b) {
      case '"': {
        let safe = true;
        let closed = false;
        let j = i + 1;
        for (; j < s.length; j++) {
          const c = s.charCodeAt(j);
          if (c === 0x5c) {
            safe = false;
            j++;
          } else if (c === 0x22) {
            closed = true;
            j++;
            break;
          } else if (c >= 0x80) safe = false;
        }
        if (!closed) fail('unclosed string literal');
        const lit = s.slice(i, j);
        i = j;
        if (safe) return lit.slice(1, -1);
        const err = checkValid(lit);
        if (err !== null) fail(err);
        return unquote(lit);
      }
      case 'n':
        if (s.startsWith('null', i)) {
          i += 4;
          return None;
        }
        break;
      case 't':
        if (s.startsWith('true', i)) {
          i += 4;
          return true;
        }
        break;
      case 'f':
        if (s.startsWith('false', i)) {
          i += 5;
          return false;
        }
        break;
      case '[': {
        const elems: Value[] = [];
        i++;
        if (next() !== ']') {
          for (;;) {
            elems.push(parse());
            const c = next();
            if (c !== ',') {
              if (c !== ']') fail(`got ${quoteChar(c.charCodeAt(0))}, want ',' or ']'`);
              break;
            }
            i++;
          }
        }
        i++;
        return new List(elems);
      }
      case '{': {
        const dict = new Dict();
        i++;
        if (next() !== '}') {
          for (;;) {
            const key = parse();
            if (typeof key !== 'string') fail(`got ${typeOf(key)} for object key, want string`);
            let c = next();
            if (c !== ':') fail(`after object key, got ${quoteChar(c.charCodeAt(0))}, want ':' `);
            i++;
            dict.setUnchecked(key, parse());
            c = next();
            if (c !== ',') {
              if (c !== '}') fail(`in object, got ${quoteChar(c.charCodeAt(0))}, want ',' or '}'`);
              break;
            }
            i++;
          }
        }
        i++;
        return dict;
      }
      default:
        if (isDigit(b.charCodeAt(0)) || b === '-') return parseNumber();
    }
    return fail(`unexpected character ${quoteChar(b.charCodeAt(0))}`);
  };

  const parseNumber = (): Value => {
    let isFloat = false;
    let j = i + 1;
    for (; j < s.length; j++) {
      const c = s[j];
      if (isDigit(c.charCodeAt(0))) continue;
      if (c === '.' || c === 'e' || c === 'E' || c === '+' || c === '-') isFloat = true;
      else break;
    }
    const num = s.slice(i, j);
    i = j;
    const digits = num[0] === '-' ? num.slice(1) : num;
    if (digits === '' || (digits[0] === '0' && digits.length > 1 && isDigit(digits.charCodeAt(1)))) {
      fail(`invalid number: ${num}`);
    }
    if (isFloat) {
      const f = parseGoFloat(num);
      if (f === null || !Number.isFinite(f)) fail(`invalid number: ${num}`);
      return new Float(f as number);
    }
    if (!/^-?[0-9]+$/.test(num)) fail(`invalid number: ${num}`);
    return digits.length <= 15 ? (Number(num) === 0 ? 0 : Number(num)) : normBig(BigInt(num));
  };

  const x = parse();
  if (skipSpace()) fail(`unexpected character ${quoteChar(s.charCodeAt(i))} after value`);
  return x;
}
