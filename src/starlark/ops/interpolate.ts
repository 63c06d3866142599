// The string % operator (spec: "String interpolation"): %s %r %d %i %o %x %X %e %E %f %F
// %g %G %c %%, positional or %(key)s, with no flags, width or precision.

import { decodeRune, encodeRune } from '../../../grammar/utf8.js';
import { formatFloatConv } from '../text/float-format.js';
import { typeOf } from '../values/builtin.js';
import { Dict } from '../values/dict.js';
import { intToString, type Int } from '../values/int.js';
import { repr, str } from '../values/repr.js';
import { Tuple } from '../values/tuple.js';
import { StarObject, StarlarkError, type Value } from '../values/value.js';
import { asFloat, numberToInt } from './convert.js';

function isMapping(x: Value): boolean {
  return x instanceof Dict || (x instanceof StarObject && x.getItem !== undefined);
}

function lookupKey(x: Value, key: string): Value {
  if (x instanceof Dict) {
    const v = x.get(key);
    if (v === undefined) throw new StarlarkError(`key not found: ${key}`);
    return v;
  }
  if (x instanceof StarObject && x.getItem) {
    try {
      return x.getItem(key);
    } catch {
      throw new StarlarkError(`key not found: ${key}`);
    }
  }
  throw new StarlarkError('format requires a mapping');
}

function formatInt(c: string, v: Value): string {
  let i: Int;
  try {
    i = numberToInt(v);
  } catch (e) {
    throw new StarlarkError(`%${c} format requires integer: ${(e as StarlarkError).msg}`);
  }
  switch (c) {
    case 'o':
      return i.toString(8);
    case 'x':
      return i.toString(16);
    case 'X':
      return i.toString(16).toUpperCase();
    default:
      return intToString(i);
  }
}

function formatChar(v: Value): string {
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (typeof v !== 'number' || v < 0 || v > 0x10ffff) {
      throw new StarlarkError(`%c format requires a valid Unicode code point, got ${v}`);
    }
    return encodeRune(v);
  }
  if (typeof v === 'string') {
    const r = decodeRune(v, 0);
    if (v.length === 0 || r.size !== v.length) throw new StarlarkError('%c format requires a single-character string');
    return encodeRune(r.r);
  }
  throw new StarlarkError(`%c format requires int or single-character string, not ${typeOf(v)}`);
}

export function interpolate(format: string, x: Value): string {
  let out = '';
  let index = 0;
  const nargs = x instanceof Tuple ? x.elems.length : 1;
  let i = 0;
  const n = format.length;
  for (;;) {
    const j = format.indexOf('%', i);
    if (j < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, j);
    i = j + 1;
    if (format[i] === '%') {
      out += '%';
      i++;
      continue;
    }
    let arg: Value;
    if (format[i] === '(') {
      const close = format.indexOf(')', i + 1);
      if (close < 0) throw new StarlarkError('incomplete format key');
      const key = format.slice(i + 1, close);
      if (!isMapping(x)) throw new StarlarkError('format requires a mapping');
      arg = lookupKey(x, key);
      i = close + 1;
    } else {
      if (index >= nargs) throw new StarlarkError('not enough arguments for format string');
      arg = x instanceof Tuple ? x.elems[index] : x;
    }
    if (i >= n) throw new StarlarkError('incomplete format');
    const c = format[i];
    switch (c) {
      case 's':
        out += str(arg);
        break;
      case 'r':
        out += repr(arg);
        break;
      case 'd':
      case 'i':
      case 'o':
      case 'x':
      case 'X':
        out += formatInt(c, arg);
        break;
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'F':
      case 'G': {
        const f = asFloat(arg);
        if (f === undefined) throw new StarlarkError(`%${c} format requires float, not ${typeOf(arg)}`);
        out += formatFloatConv(f, c);
        break;
      }
      case 'c':
        out += formatChar(arg);
        break;
      default:
        throw new StarlarkError(`unknown conversion %${decodeRuneStr(format, i)}`);
    }
    i++;
    index++;
  }
  if (index < nargs && !isMapping(x)) throw new StarlarkError('too many arguments for format string');
  return out;
}

/** The byte at i as Go's %c would print it (a byte >= 0x80 prints as its Latin-1 rune, UTF-8 encoded). */
function decodeRuneStr(s: string, i: number): string {
  const b = s.charCodeAt(i);
  return b < 0x80 ? s[i] : encodeRune(b);
}

