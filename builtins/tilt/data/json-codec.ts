// JSON as Tilt reads and writes it.
//
// Writing follows Go's json.Encoder with SetIndent("", "  "): keys sorted by bytes,
// HTML-sensitive characters escaped (\u003c), U+2028/U+2029 escaped, invalid UTF-8
// replaced by \ufffd, floats in Go's shortest form, a trailing newline.
//
// Reading follows a json.Decoder that reads one value: Go's scanner messages for bad
// input ("invalid character 'x' looking for beginning of value"), "unexpected EOF" for
// truncated input, and a complaint when more than one top-level value is present.
// Integers become ints and other numbers floats; objects keep document order.

import { decodeRune, encodeRune } from '../../../grammar/utf8.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { Float } from '../../../src/starlark/values/float.js';
import { normBig } from '../../../src/starlark/values/int.js';
import { List } from '../../../src/starlark/values/list.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { checkValid } from '../../universe/json-scan.js';
import { GoFloat, type GoData } from './go-data.js';

// ---------- encoding ----------

const HEX = '0123456789abcdef';

function u4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** A byte string as Go's encoder writes it (HTML escaping on); the result is a byte string. */
export function goJsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) {
        i++;
        continue;
      }
      out += s.slice(start, i);
      switch (c) {
        case 0x22:
          out += '\\"';
          break;
        case 0x5c:
          out += '\\\\';
          break;
        case 0x08:
          out += '\\b';
          break;
        case 0x0c:
          out += '\\f';
          break;
        case 0x0a:
          out += '\\n';
          break;
        case 0x0d:
          out += '\\r';
          break;
        case 0x09:
          out += '\\t';
          break;
        default:
          out += u4(c);
      }
      start = ++i;
      continue;
    }
    const r = decodeRune(s, i);
    if (r.size === 1 && r.r === 0xfffd) {
      out += s.slice(start, i) + '\\ufffd';
      start = ++i;
      continue;
    }
    if (r.r === 0x2028 || r.r === 0x2029) {
      out += s.slice(start, i) + u4(r.r);
      i += r.size;
      start = i;
      continue;
    }
    i += r.size;
  }
  return out + s.slice(start) + '"';
}

/** Go's float64 text in JSON: shortest digits, exponent form below 1e-6 or from 1e21. */
export function goJsonFloat(f: number): string {
  if (!Number.isFinite(f)) {
    throw new StarlarkError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  }
  // JS switches notation at the same bounds and writes exponents the way Go cleans them up.
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  return String(f);
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON text of `d`, indented by two spaces per level, with a trailing newline. */
export function encodeGoJson(d: GoData): string {
  const out: string[] = [];
  write(d, '', out);
  out.push('\n');
  return out.join('');
}

function write(d: GoData, indent: string, out: string[]): void {
  if (d === null) out.push('null');
  else if (typeof d === 'boolean') out.push(d ? 'true' : 'false');
  else if (typeof d === 'string') out.push(goJsonString(d));
  else if (typeof d === 'bigint') out.push(d.toString());
  else if (d instanceof GoFloat) out.push(goJsonFloat(d.v));
  else if (Array.isArray(d)) {
    if (d.length === 0) {
      out.push('[]');
      return;
    }
    const inner = indent + '  ';
    out.push('[');
    d.forEach((e, i) => {
      out.push(i === 0 ? '\n' : ',\n', inner);
      write(e, inner, out);
    });
    out.push('\n', indent, ']');
  } else {
    if (d.size === 0) {
      out.push('{}');
      return;
    }
    const inner = indent + '  ';
    out.push('{');
    [...d.keys()].sort(byteOrder).forEach((k, i) => {
      out.push(i === 0 ? '\n' : ',\n', inner, goJsonString(k), ': ');
      write(d.get(k)!, inner, out);
    });
    out.push('\n', indent, '}');
  }
}

// ---------- decoding ----------

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Decodes the one JSON value in `s` (a byte string) into Starlark values; throws a plain
 * Error whose message is Go's (the caller adds "error parsing JSON...").
 */
export function decodeGoJson(s: string): Value {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i === s.length) throw new Error('EOF');
  const err = checkValid(s);
  if (err !== null) {
    // The scanner complains about what follows a complete first value; a Decoder stops
    // before it and only looks at the next byte.
    if (!/ after top-level value$/.test(err)) throw new Error(err === 'unexpected end of JSON input' ? 'unexpected EOF' : err);
  }
  const p = new Parser(s, i);
  const v = p.value();
  p.skipSpace();
  if (p.i < s.length) {
    const c = s[p.i];
    if (c !== ']' && c !== '}') throw new Error('found multiple JSON values');
  }
  return v;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

/** A parser for text already known to start with a valid JSON value. */
class Parser {
  constructor(
    readonly s: string,
    public i: number,
  ) {}

  skipSpace(): void {
    while (this.i < this.s.length && isSpace(this.s.charCodeAt(this.i))) this.i++;
  }

  value(): Value {
    this.skipSpace();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === 't') return this.word('true', true);
    if (c === 'f') return this.word('false', false);
    if (c === 'n') return this.word('null', None);
    return this.number();
  }

  private word(w: string, v: Value): Value {
    this.i += w.length;
    return v;
  }

  private object(): Dict {
    const d = new Dict();
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === '}') {
      this.i++;
      return d;
    }
    for (;;) {
      this.skipSpace();
      const k = this.string();
      this.skipSpace();
      this.i++; // ':'
      d.setUnchecked(k, this.value());
      this.skipSpace();
      if (this.s[this.i++] === '}') return d;
    }
  }

  private array(): List {
    const elems: Value[] = [];
    this.i++;
    this.skipSpace();
    if (this.s[this.i] === ']') {
      this.i++;
      return new List(elems);
    }
    for (;;) {
      elems.push(this.value());
      this.skipSpace();
      if (this.s[this.i++] === ']') return new List(elems);
    }
  }

  private number(): Value {
    NUMBER.lastIndex = this.i;
    const text = NUMBER.exec(this.s)![0];
    this.i += text.length;
    if (/^-?\d+$/.test(text)) return normBig(BigInt(text));
    return new Float(Number(text));
  }

  /** A string literal; escapes decoded, invalid UTF-8 replaced by U+FFFD as Go does. */
  string(): string {
    const s = this.s;
    let out = '';
    let i = this.i + 1;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u') {
          let r = parseInt(s.slice(i + 2, i + 6), 16);
          i += 6;
          if (r >= 0xd800 && r < 0xe000) {
            const lo = s[i] === '\\' && s[i + 1] === 'u' ? parseInt(s.slice(i + 2, i + 6), 16) : -1;
            if (r < 0xdc00 && lo >= 0xdc00 && lo < 0xe000) {
              r = 0x10000 + ((r - 0xd800) << 10) + (lo - 0xdc00);
              i += 6;
            } else r = 0xfffd;
          }
          out += encodeRune(r);
          continue;
        }
        out += ({ b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
        i += 2;
        continue;
      }
      if (c < 0x80) {
        out += s[i++];
        continue;
      }
      const r = decodeRune(s, i);
      out += r.size === 1 && r.r === 0xfffd ? '\xef\xbf\xbd' : s.slice(i, i + r.size);
      i += r.size;
    }
    this.i = i + 1;
    return out;
  }
}
