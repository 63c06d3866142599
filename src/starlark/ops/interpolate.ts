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

/** The text of one conversion `%c` applied to arg. */
function convert(c: string, arg: Value, format: string, i: number): string {
  switch (c) {
    case 's':
      return typeof arg === 'string' ? arg : str(arg);
    case 'd':
    case 'i':
      if (typeof arg === 'number') return String(arg);
      return formatInt(c, arg);
    case 'r':
      return repr(arg);
    case 'o':
    case 'x':
    case 'X':
      return formatInt(c, arg);
    case 'e':
    case 'f':
    case 'g':
    case 'E':
    case 'F':
    case 'G': {
      const f = asFloat(arg);
      if (f === undefined) throw new StarlarkError(`%${c} format requires float, not ${typeOf(arg)}`);
      return formatFloatConv(f, c);
    }
    case 'c':
      return formatChar(arg);
    default:
      throw new StarlarkError(`unknown conversion %${decodeRuneStr(format, i)}`);
  }
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
    out += convert(format[i], arg, format, i);
    i++;
    index++;
  }
  if (index < nargs && !isMapping(x)) throw new StarlarkError('too many arguments for format string');
  return out;
}

/**
 * `"literal" % x` for a format known when the code is compiled: the format is split
 * once into text and conversions, so each evaluation only converts and concatenates.
 * Returns null for formats this does not cover (`%(key)`, malformed ones); those take
 * interpolate(), which also reports their errors.
 */
export function compileFormat(format: string): ((x: Value) => string) | null {
  const texts: string[] = [];
  const convs: string[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const j = format.indexOf('%', i);
    if (j < 0) {
      text += format.slice(i);
      break;
    }
    text += format.slice(i, j);
    i = j + 1;
    const c = format[i];
    if (c === '%') {
      text += '%';
      i++;
      continue;
    }
    if (c === undefined || !'sdiroxXefgEFGc'.includes(c)) return null;
    texts.push(text);
    convs.push(c);
    text = '';
    i++;
  }
  texts.push(text);
  const k = convs.length;
  if (k === 1) {
    const [before, after] = texts;
    const c = convs[0];
    return (x) => {
      if (!(x instanceof Tuple)) return before + convert(c, x, format, 0) + after;
      if (x.elems.length === 0) throw new StarlarkError('not enough arguments for format string');
      const out = before + convert(c, x.elems[0], format, 0) + after;
      if (x.elems.length > 1) throw new StarlarkError('too many arguments for format string');
      return out;
    };
  }
  return (x) => {
    const nargs = x instanceof Tuple ? x.elems.length : 1;
    let out = texts[0];
    for (let m = 0; m < k; m++) {
      if (m >= nargs) throw new StarlarkError('not enough arguments for format string');
      out += convert(convs[m], x instanceof Tuple ? x.elems[m] : x, format, 0) + texts[m + 1];
    }
    if (k < nargs && !isMapping(x)) throw new StarlarkError('too many arguments for format string');
    return out;
  };
}

/** The byte at i as Go's %c would print it (a byte >= 0x80 prints as its Latin-1 rune, UTF-8 encoded). */
function decodeRuneStr(s: string, i: number): string {
  const b = s.charCodeAt(i);
  return b < 0x80 ? s[i] : encodeRune(b);
}

