// The json module (encode, decode, indent) as starlark-go's lib/json has it at Tilt's pin.
//
// encode: dicts (string keys, emitted in key order) and values with attributes (structs,
// modules) become objects, other iterables arrays; floats print with Go's %g (so 2.0
// encodes as "2" at this version); cycles fail with "cycle in JSON structure". Strings
// are escaped as Go's encoding/json does (Go >= 1.22: \b and \f), except that all-
// printable-ASCII strings take strconv.Quote's path, which writes DEL as \x7f.
// decode(x, default=...) returns default instead of failing on malformed input.

import { attrNames, getAttrOrUndefined, methodsOf } from '../../src/starlark/ops/attr.js';
import { iterate } from '../../src/starlark/ops/iterate.js';
import { formatFloat } from '../../src/starlark/text/float-format.js';
import { quoteString } from '../../src/starlark/text/quote.js';
import { decodeRune } from '../../grammar/utf8.js';
import { A, unpackArgs, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { Dict } from '../../src/starlark/values/dict.js';
import { List } from '../../src/starlark/values/list.js';
import { Tuple } from '../../src/starlark/values/tuple.js';
import { Float } from '../../src/starlark/values/float.js';
import { repr } from '../../src/starlark/values/repr.js';
import { None, StarObject, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { decodeJSON, JsonDecodeError } from './json-decode.js';
import { indentJSON } from './json-scan.js';
import { Module } from './module.js';

const HEX = '0123456789abcdef';

/** A string as Go's json.Marshal writes it (HTML-safe escapes, U+FFFD for bad UTF-8). */
function marshalString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x3e && c !== 0x26) out += s[i];
      else if (c === 0x22 || c === 0x5c) out += '\\' + s[i];
      else if (c === 0x0a) out += '\\n';
      else if (c === 0x0d) out += '\\r';
      else if (c === 0x09) out += '\\t';
      else if (c === 0x08) out += '\\b';
      else if (c === 0x0c) out += '\\f';
      else out += '\\u00' + HEX[c >> 4] + HEX[c & 15];
      i++;
      continue;
    }
    const r = decodeRune(s, i);
    if (r.size === 1) out += '\\ufffd';
    else if (r.r === 0x2028 || r.r === 0x2029) out += '\\u202' + HEX[r.r & 15];
    else out += s.slice(i, i + r.size);
    i += r.size;
  }
  return out + '"';
}

function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x80) return false;
  }
  return true;
}

// Strings that need no escaping at all: printable ASCII without `"` and `\`.
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\uffff]/;

function quoteJSON(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  return isPrintableAscii(s) ? quoteString(s) : marshalString(s);
}

/** Go's %g for a finite float64: Starlark's float text without the ".0" it adds. */
export function formatJSONFloat(f: number): string {
  const s = formatFloat(f);
  return s.endsWith('.0') && !s.includes('e') ? s.slice(0, -2) : s;
}

function hasAttrs(x: StarObject): boolean {
  return x.getAttr !== undefined || methodsOf(x.typeName) !== undefined;
}

/**
 * Sorts byte strings in byte order (which is UTF-16 code unit order, as `<` and the default
 * sort compare). Dict keys are few, and Array.prototype.sort allocates work space on
 * every call: insertion sort allocates nothing.
 */
function sortStrings(a: string[]): void {
  const n = a.length;
  if (n > 24) {
    a.sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const k = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > k) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = k;
  }
}

/** Prefixes a bare StarlarkError with where in the structure it happened. */
function within(e: unknown, where: () => string): unknown {
  return e instanceof StarlarkError ? new StarlarkError(`${where()}: ${e.msg}`) : e;
}

/**
 * The JSON encoder: appends to one string. Errors are bare StarlarkErrors; each container
 * level catches them to add its "in dict key ...", "at list index ..." or "in field ..."
 * prefix, so the common path allocates nothing for error reporting.
 */
class Encoder {
  readonly out: string[] = [];
  private readonly path: StarObject[] = [];

  emit(x: Value): void {
    switch (typeof x) {
      case 'boolean':
        this.out.push(x ? 'true' : 'false');
        return;
      case 'number':
        this.out.push(String(x));
        return;
      case 'bigint':
        this.out.push(x.toString());
        return;
      case 'string':
        if (NEEDS_ESCAPE.test(x)) this.out.push(quoteJSON(x));
        else this.out.push('"', x, '"');
        return;
    }
    if (x === None) {
      this.out.push('null');
      return;
    }
    if (x instanceof Float) {
      if (!Number.isFinite(x.v)) throw new StarlarkError(`cannot encode non-finite float ${formatFloat(x.v)}`);
      this.out.push(formatJSONFloat(x.v));
      return;
    }
    const path = this.path;
    if (path.includes(x)) throw new StarlarkError('cycle in JSON structure');
    path.push(x);
    if (x instanceof Dict) this.dict(x);
    else if (x instanceof List || x instanceof Tuple) this.array(x.elems, x.typeName);
    else if (x.iterate) this.iterable(x);
    else if (hasAttrs(x)) this.fields(x);
    else throw new StarlarkError(`cannot encode ${x.typeName} as JSON`);
    path.pop();
  }

  private dict(x: Dict): void {
    const keys = x.keys();
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (typeof k !== 'string') throw new StarlarkError(`dict has ${typeOf(k)} key, want string`);
    }
    sortStrings(keys as string[]);
    this.out.push('{');
    const map = x.map;
    let i = 0;
    try {
      for (; i < keys.length; i++) {
        if (i > 0) this.out.push(',');
        const k = keys[i] as string;
        if (NEEDS_ESCAPE.test(k)) this.out.push(quoteJSON(k), ':');
        else this.out.push('"', k, '":');
        this.emit(map.get(k) as Value); // string keys are their own hash keys
      }
    } catch (e) {
      throw within(e, () => `in dict key ${repr(keys[i])}`);
    }
    this.out.push('}');
  }

  private array(elems: readonly Value[], typeName: string): void {
    this.out.push('[');
    let i = 0;
    try {
      for (; i < elems.length; i++) {
        if (i > 0) this.out.push(',');
        this.emit(elems[i]);
      }
    } catch (e) {
      throw within(e, () => `at ${typeName} index ${i}`);
    }
    this.out.push(']');
  }

  private iterable(x: StarObject): void {
    this.out.push('[');
    const it = iterate(x);
    let i = 0;
    try {
      for (let e = it.next(); e !== undefined; i++, e = it.next()) {
        if (i > 0) this.out.push(',');
        this.emit(e);
      }
    } catch (e) {
      throw within(e, () => `at ${x.typeName} index ${i}`);
    } finally {
      it.done();
    }
    this.out.push(']');
  }

  private fields(x: StarObject): void {
    this.out.push('{');
    const names = attrNames(x);
    let i = 0;
    try {
      for (; i < names.length; i++) {
        if (i > 0) this.out.push(',');
        this.out.push(quoteJSON(names[i]), ':');
        this.emit(getAttrOrUndefined(x, names[i]) as Value);
      }
    } catch (e) {
      throw within(e, () => `in field .${names[i]}`);
    }
    this.out.push('}');
  }
}

/** The JSON text of x, as json.encode returns it; throws a bare StarlarkError. */
export function encodeJSON(x: Value): string {
  const enc = new Encoder();
  enc.emit(x);
  return enc.out.join('');
}

function encode(_t: Thread, args: Value[], kwargs: Kwargs | null, self: Builtin): Value {
  const [x] = unpackPositional(self.name, args, kwargs, 1, A.value);
  try {
    return encodeJSON(x);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${self.name}: ${e.msg}`);
    throw e;
  }
}

function decode(_t: Thread, args: Value[], kwargs: Kwargs | null, self: Builtin): Value {
  const [s, dflt] = unpackArgs(self.name, args, kwargs, 'x', A.string, 'default?', A.value) as [string, Value | undefined];
  // x is positional-only, which UnpackArgs cannot express.
  if (args.length < 1) throw new StarlarkError(`${self.name}: unexpected keyword argument x`);
  try {
    return decodeJSON(s);
  } catch (e) {
    if (!(e instanceof JsonDecodeError)) throw e;
    if (dflt !== undefined) return dflt;
    throw new StarlarkError(`json.decode: at offset ${e.offset}, ${e.msg}`);
  }
}

function indent(_t: Thread, args: Value[], kwargs: Kwargs | null, self: Builtin): Value {
  const [prefix = '', ind = '\t'] = unpackArgs(self.name, [], kwargs, 'prefix?', A.string, 'indent?', A.string) as [string | undefined, string | undefined];
  const [s] = unpackPositional(self.name, args, null, 1, A.string) as [string];
  try {
    return indentJSON(s, prefix, ind);
  } catch (e) {
    if (typeof e === 'string') throw new StarlarkError(`${self.name}: ${e}`);
    throw e;
  }
}

/** A fresh json module value (`<module "json">`). */
export function makeJsonModule(): Module {
  return new Module(
    'json',
    new Map<string, Value>([
      ['encode', new Builtin('json.encode', encode)],
      ['decode', new Builtin('json.decode', decode)],
      ['indent', new Builtin('json.indent', indent)],
    ]),
  );
}
