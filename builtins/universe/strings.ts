// Universe functions about text and bytes: bytes chr ord repr str.
//
// Strings are byte strings (one char per UTF-8 byte). Conversions between text and
// bytes are "transcodings" in starlark-go: valid UTF-8 passes through unchanged and each
// byte of an invalid sequence becomes U+FFFD.

import { decodeRune, encodeRune } from '../../grammar/utf8.js';
import { asInt32 } from '../../src/starlark/ops/convert.js';
import { iterate } from '../../src/starlark/ops/iterate.js';
import { A, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { Bytes } from '../../src/starlark/values/bytes.js';
import { repr as reprOf, str as strOf } from '../../src/starlark/values/repr.js';
import { StarObject, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { asByte, noKwargs } from './args.js';

/** Replaces each byte of invalid UTF-8 by U+FFFD (Go's utf8Transcode). */
export function utf8Transcode(s: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; ) {
    if (s.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const r = decodeRune(s, i);
    if (r.size === 1) {
      out += s.slice(run, i) + '\xef\xbf\xbd';
      run = i + 1;
    }
    i += r.size;
  }
  return run === 0 ? s : out + s.slice(run);
}

/** Number of runes in s, counting each invalid byte as one (utf8.RuneCountInString). */
function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i).size;
  return n;
}

function bytes(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('bytes', kwargs);
  if (args.length !== 1) throw new StarlarkError(`bytes: got ${args.length} arguments, want exactly 1`);
  const x = args[0];
  if (x instanceof Bytes) return x;
  if (typeof x === 'string') return new Bytes(utf8Transcode(x));
  if (x instanceof StarObject && x.iterate) {
    const it = iterate(x);
    let out = '';
    try {
      for (let i = 0, e = it.next(); e !== undefined; i++, e = it.next()) {
        try {
          out += String.fromCharCode(asByte(e));
        } catch (err) {
          if (err instanceof StarlarkError) throw new StarlarkError(`bytes: at index ${i}, ${err.msg}`);
          throw err;
        }
      }
    } finally {
      it.done();
    }
    return new Bytes(out);
  }
  throw new StarlarkError(`bytes: got ${typeOf(x)}, want string, bytes, or iterable of ints`);
}

function chr(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('chr', kwargs);
  if (args.length !== 1) throw new StarlarkError(`chr: got ${args.length} arguments, want 1`);
  let i: number;
  try {
    i = asInt32(args[0]);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`chr: ${e.msg}`);
    throw e;
  }
  if (i < 0) throw new StarlarkError(`chr: Unicode code point ${i} out of range (<0)`);
  if (i > 0x10ffff) throw new StarlarkError(`chr: Unicode code point U+${i.toString(16).toUpperCase()} out of range (>0x10FFFF)`);
  return encodeRune(i); // surrogates become U+FFFD, as Go's string(rune) does
}

function ord(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('ord', kwargs);
  if (args.length !== 1) throw new StarlarkError(`ord: got ${args.length} arguments, want 1`);
  const x = args[0];
  if (typeof x === 'string') {
    const r = decodeRune(x, 0);
    if (r.size === 0 || r.size !== x.length) {
      throw new StarlarkError(`ord: string encodes ${runeCount(x)} Unicode code points, want 1`);
    }
    return r.r;
  }
  if (x instanceof Bytes) {
    if (x.data.length !== 1) throw new StarlarkError(`ord: bytes has length ${x.data.length}, want 1`);
    return x.data.charCodeAt(0);
  }
  throw new StarlarkError(`ord: got ${typeOf(x)}, want string or bytes`);
}

function repr(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('repr', args, kwargs, 1, A.value);
  return reprOf(x);
}

function str(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('str', kwargs);
  if (args.length !== 1) throw new StarlarkError(`str: got ${args.length} arguments, want exactly 1`);
  return str1(args[0]);
}

function str1(x: Value): Value {
  if (typeof x === 'string') return x;
  if (typeof x === 'number') return String(x);
  if (x instanceof Bytes) return utf8Transcode(x.data);
  return strOf(x);
}

export const stringBuiltins: Builtin[] = [
  new Builtin('bytes', bytes),
  new Builtin('chr', chr),
  new Builtin('ord', ord),
  new Builtin('repr', repr).withUnary((x) => reprOf(x)),
  new Builtin('str', str).withUnary(str1),
];
