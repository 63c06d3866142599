// read_json / decode_json / encode_json: Go's encoder layout, the decoder's messages, and
// round trips of random data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHost } from '../../../../grammar/utf8.js';
import { decodeGoJson, encodeGoJson, toGoData } from '../../../../builtins/tilt/data/index.js';
import { equals } from '../../../../src/starlark/ops/compare.js';
import { Dict } from '../../../../src/starlark/values/dict.js';
import { Float } from '../../../../src/starlark/values/float.js';
import { normBig } from '../../../../src/starlark/values/int.js';
import { List } from '../../../../src/starlark/values/list.js';
import { typeOf } from '../../../../src/starlark/values/builtin.js';
import { None, type Value } from '../../../../src/starlark/values/value.js';
import { errorOf, printed } from '../snippets.js';

function decodeError(text: string): string {
  try {
    decodeGoJson(fromHost(text));
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('decode_json', () => {
  it('keeps ints and floats apart and document order', () => {
    expect(printed('v = decode_json(\'{"b": 1, "a": [1.5, 2.0, 3e2, -0, 12345678901234567890], "c": null}\')\nprint(v, type(v["a"][1]), type(v["a"][2]))')).toEqual([
      '{"b": 1, "a": [1.5, 2.0, 300.0, 0, 12345678901234567890], "c": None} float float',
    ]);
  });

  it('accepts blobs and decodes escapes and Unicode', () => {
    expect(printed('print(decode_json(blob(\'["\\\\u00e9\\\\ud83d\\\\ude00", "tab\\\\there", "\\\\ud800"]\')))')).toEqual(['["é😀", "tab\\there", "�"]']);
  });

  it("reports Go's decoder messages", () => {
    expect(decodeError('')).toBe('EOF');
    expect(decodeError('   ')).toBe('EOF');
    expect(decodeError('[1, 2')).toBe('unexpected EOF');
    expect(decodeError('{"a": tru}')).toBe("invalid character '}' in literal true (expecting 'e')");
    expect(decodeError('{a: 1}')).toBe("invalid character 'a' looking for beginning of object key string");
    expect(decodeError('{} {}')).toBe('found multiple JSON values');
    expect(decodeError('1 x')).toBe('found multiple JSON values');
    expect(decodeError('[1]]')).toBe('no error');
  });

  it('prefixes errors with the source', () => {
    expect(errorOf("decode_json('[1,')")).toBe('Error in decode_json: error parsing JSON: unexpected EOF');
    expect(errorOf("read_json('x.json')", { 'x.json': '{"a" 1}' })).toBe(
      "Error in read_json: error parsing JSON from x.json: invalid character '1' after object key",
    );
    expect(errorOf('decode_json(1)')).toBe('Error in decode_json: decode_json: for parameter json: Value should be convertible to string, but is type int');
  });

  it('returns the default of a missing file as is, even None', () => {
    expect(printed("print(read_json('nope.json', default=None), read_json('nope.json', [1]))")).toEqual(['None [1]']);
    expect(errorOf("read_json('nope.json')")).toMatch(/^Error in read_json: open \/.*\/nope\.json: no such file or directory$/);
  });
});

describe('encode_json', () => {
  it("writes Go's indented layout with sorted keys and a trailing newline", () => {
    const out = printed("print(encode_json({'z': [], 'a': {'y': {}, 'x': [1, [2, True, None]]}, 'f': -0.0, 'g': 1e21, 'h': 123456789.5}))");
    expect(out).toEqual([
      '{\n  "a": {\n    "x": [\n      1,\n      [\n        2,\n        true,\n        null\n      ]\n    ],\n    "y": {}\n  },\n  "f": -0,\n  "g": 1e+21,\n  "h": 123456789.5,\n  "z": []\n}\n',
    ]);
  });

  it('escapes like Go (HTML characters, control characters, U+2028)', () => {
    expect(encodeGoJson(toGoData(fromHost('<a href="x">&\u2028\u0001\t\b\f')))).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u2028\\u0001\\t\\b\\f"\n');
    // invalid UTF-8 becomes U+FFFD
    expect(encodeGoJson(toGoData('\xff'))).toBe('"\\ufffd"\n');
  });

  it('wraps ints to int64 as Go does', () => {
    expect(printed('print(encode_json((1 << 64) + 5).strip(), encode_json(-(1 << 63)).strip())')).toEqual(['5 -9223372036854775808']);
  });

  it('rejects what JSON cannot hold, naming the Go type', () => {
    expect(errorOf("encode_json({1: 'a'})")).toBe(
      "Error in encode_json: error converting object from starlark: only string keys are supported in maps. found key '1' of type int64",
    );
    expect(errorOf("encode_json({None: 'a'})")).toBe(
      "Error in encode_json: error converting object from starlark: only string keys are supported in maps. found key 'None' of type <nil>",
    );
    expect(errorOf('encode_json((1, 2))')).toBe('Error in encode_json: error converting object from starlark: unable to convert from starlark value, unsupported type starlark.Tuple');
    expect(errorOf("encode_json(struct(a=1))")).toBe(
      'Error in encode_json: error converting object from starlark: unable to convert from starlark value, unsupported type *starlarkstruct.Struct',
    );
    expect(errorOf("encode_json(float('nan'))")).toBe('Error in encode_json: error serializing object to json: json: unsupported value: NaN');
  });
});

/** JSON-representable values whose ints fit int64 (Tilt converts through Go's int64). */
const int64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }).map((b) => normBig(b));
export const dataValue = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constant<Value>(None),
    fc.boolean(),
    int64,
    fc.integer({ min: -1000, max: 1000 }),
    // Whole floats beyond 2^53 print as integers that no longer equal them (in Go too).
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d) || Math.abs(d) <= 2 ** 53).map((d) => new Float(d)),
    // go-yaml treats NEL, LS and PS as line breaks inside scalars; js-yaml (YAML 1.2) does not.
    fc.string({ unit: 'grapheme' }).filter((s) => !/[\u0085\u2028\u2029]/.test(s)).map((s) => fromHost(s)),
    // long texts with spaces exercise go-yaml's line folding
    fc.array(fc.constantFrom('word', 'a', '', ' ', 'x:y', '#', "'", '"', '\\', 'é', '\n', '\t', 'long-token-here'), { maxLength: 60 }).map((a) => fromHost(a.join(' '))),
    fc.constantFrom('yes', 'no', 'on', 'null', '~', '', '0x1F', '010', '1e3', '.5', '- a', 'a: b', '#x', '@y', ' lead', 'trail ', 'a\nb', '\n', 'x\n\n', '2024-01-02', '1:30', '"q"', "'s'", '\t', '\u2028').map(fromHost),
  ),
  list: fc.array(tie('value'), { maxLength: 4 }).map((a) => new List(a as Value[])),
  // "<<" is YAML's merge key, for go-yaml as for js-yaml.
  dict: fc.array(fc.tuple(fc.string({ maxLength: 8, unit: 'grapheme' }).filter((k) => k !== '<<' && !/[\u0085\u2028\u2029]/.test(k)), tie('value')), { maxLength: 4 }).map((entries) => {
    const d = new Dict();
    for (const [k, v] of entries) d.setUnchecked(fromHost(k), v as Value);
    return d;
  }),
  value: fc.oneof({ maxDepth: 3 }, tie('leaf'), tie('list'), tie('dict')),
})).value as fc.Arbitrary<Value>;

/** Equal as Starlark values, with ints still ints and non-integral floats still floats. */
export function sameData(a: Value, b: Value): boolean {
  if (!equals(a, b)) return false;
  if (a instanceof List && b instanceof List) return a.elems.every((e, i) => sameData(e, b.elems[i]));
  if (a instanceof Dict && b instanceof Dict) return a.entries().every(([k, v]) => sameData(v, b.get(k)!));
  if (a instanceof Float && !Number.isInteger(a.v)) return b instanceof Float;
  if (typeof a === 'number' || typeof a === 'bigint') return typeOf(b) === 'int';
  return true;
}

describe('round trip', () => {
  it('decode_json(encode_json(x)) == x', () => {
    fc.assert(
      fc.property(dataValue, (v) => {
        const back = decodeGoJson(encodeGoJson(toGoData(v)));
        expect(sameData(v, back)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
