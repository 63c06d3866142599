// read_yaml / decode_yaml(_stream) / encode_yaml(_stream): go-yaml v2's readings and
// layout, Tilt's document handling and messages, and round trips of random data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHost, toHost } from '../../../../grammar/utf8.js';
import { decodeYamlStream, encodeYamlDocument, toGoData } from '../../../../builtins/tilt/data/index.js';
import { keyLess } from '../../../../builtins/tilt/data/yaml-emit.js';
import { resolvePlain } from '../../../../builtins/tilt/data/yaml-resolve.js';
import { repr } from '../../../../src/starlark/values/repr.js';
import { None } from '../../../../src/starlark/values/value.js';
import { errorOf, printed } from '../snippets.js';
import { dataValue, sameData } from './json.test.js';

const decode = (text: string): string => decodeYamlStream(fromHost(text)).map((v) => toHost(repr(v))).join(' | ');
const encodeExpr = (expr: string): string => printed(`print(str(encode_yaml(${expr})))`)[0];

describe('decoding', () => {
  it("reads scalars as go-yaml v2 does (YAML 1.1 booleans, Go integer syntax, timestamps as strings)", () => {
    expect(decode('[yes, No, on, OFF, y, n, true, ~, null, "", 0x1F, 0o17, 017, 08, 1_000, 1.0, .5, 1e3, +12, -0b11, 2024-01-02, 1:30, 0x]')).toBe(
      '[True, False, True, False, True, False, True, None, None, "", 31, 15, 15, 8.0, 1000, 1.0, 0.5, 1000.0, 12, -3, "2024-01-02", "1:30", "0x"]',
    );
  });

  it('turns mapping keys into strings and keeps explicit tags', () => {
    expect(decode('1: a\ntrue: b\n1.5: c\nnull: d\n!!str 2: e\nx: !!float 3\nw: !!str 4\nz: !Ref thing\nb: !!binary aGk=\n')).toBe(
      // (Go hands the keys over as a map: no order to keep. Integer-like keys come first here.)
      '{"1": "a", "2": "e", "true": "b", "1.5": "c", "null": "d", "x": 3.0, "w": "4", "z": "thing", "b": "hi"}',
    );
    // YAML 1.1: an unquoted y/n key is a boolean, so it becomes "true"/"false".
    expect(decode('x: 1\ny: 2\nn: 3\n"y": 4\n')).toBe('{"x": 1, "true": 2, "false": 3, "y": 4}');
  });

  it('splits streams at --- lines and drops empty documents', () => {
    expect(decode('a: 1\n---\n---\n# only a comment\n---   # trailing comment\n- x\n')).toBe('{"a": 1} | ["x"]');
    expect(decode('')).toBe('');
  });

  it('supports anchors and merge keys', () => {
    expect(decode('base: &b {x: 1, z: 2}\nderived:\n  <<: *b\n  z: 3\n')).toBe('{"base": {"x": 1, "z": 2}, "derived": {"x": 1, "z": 3}}');
  });

  it("fails with Tilt's wrapping and go-yaml's wording", () => {
    const doc = '\nkey1: foo\nkey2:\n    key3: "bar\n    key4: true\nkey5: 3\n';
    expect(errorOf("read_yaml('options.yaml')", { 'options.yaml': doc })).toBe(
      'Error in read_yaml: error parsing YAML from options.yaml: error converting YAML to JSON: yaml: line 7: found unexpected end of stream',
    );
    expect(errorOf("decode_yaml('a: [1, 2')")).toMatch(/^Error in decode_yaml: error parsing YAML: error converting YAML to JSON: yaml: line \d+: /);
    expect(errorOf("decode_yaml('a: .inf')")).toBe('Error in decode_yaml: error parsing YAML: error converting YAML to JSON: json: unsupported value: +Inf');
    expect(errorOf("decode_yaml_stream('--- x\\na: 1')")).toBe('Error in decode_yaml_stream: error parsing YAML: invalid Yaml document separator: x');
    expect(errorOf('decode_yaml(None)')).toBe('Error in decode_yaml: decode_yaml: for parameter yaml: Value should be convertible to string, but is type NoneType');
  });

  it('read_yaml: zero documents is None, a stream is an error, defaults apply to missing files', () => {
    expect(printed("print(decode_yaml(''), decode_yaml('# nothing'), read_yaml('x.yaml', default={'a': 1}), read_yaml_stream('x.yaml', default=[]))")).toEqual([
      'None None {"a": 1} []',
    ]);
    expect(errorOf("read_yaml_stream('x.yaml', default='no')")).toBe('Error in read_yaml_stream: read_yaml_stream: for parameter "default": got string, want list');
    expect(errorOf('read_yaml(1)')).toBe('Error in read_yaml: read_yaml: for parameter paths: got int, want string');
  });
});

describe('encoding', () => {
  it('writes the layout of the Tilt docs example', () => {
    expect(encodeExpr("{'key1': 'foo', 'key2': {'key3': 'bar', 'key4': True}, 'key5': 3, 'key6': ['foo', 7]}")).toBe(
      'key1: foo\nkey2:\n  key3: bar\n  key4: true\nkey5: 3\nkey6:\n- foo\n- 7\n',
    );
  });

  it('orders keys as go-yaml does: digit runs as numbers, letters after other characters', () => {
    const order = (keys: string[]): string[] => [...keys].sort((x, y) => (keyLess(x, y) ? -1 : keyLess(y, x) ? 1 : 0));
    const keys = ['b', 'a10', 'a2', 'a', 'B', '_x', '-y', '1', '01', 'a01', 'Z9'];
    expect(order(keys)).toEqual(['-y', '_x', '1', '01', 'B', 'Z9', 'a', 'a01', 'a2', 'a10', 'b']);
    // go-yaml's own expectations for string keys
    const goOrder = ['', '.1', '.2', '.a', '1', '2', 'a!10', 'a/0001', 'a/002', 'a/3', 'a/10', 'a/11', 'a/0012', 'a/100', 'a~10', 'ab/1', 'b/1', 'b/01', 'b/2', 'b/02', 'b/3', 'b/03', 'b1', 'b01', 'b3', 'c2.10', 'c10.2', 'd1', 'd7', 'd7abc', 'd12', 'd12a', 'e2b', 'e4b', 'e21a'];
    expect(order([...goOrder].reverse())).toEqual(goOrder);
  });

  it('quotes strings go-yaml would read as something else', () => {
    const v = ['yes', 'n', 'True', '~', '', '12', '0x10', '1e5', '.5', '2024-02-29', '1:30', '8080:80', 'a: b', '- x', '#c', 'a #b', '@x', '---', 'plain text', '+', 'é'];
    expect(printed(`print(str(encode_yaml(${JSON.stringify(v)})))`)[0]).toBe(
      '- "yes"\n- "n"\n- "True"\n- "~"\n- ""\n- "12"\n- "0x10"\n- "1e5"\n- ".5"\n- "2024-02-29"\n- "1:30"\n- 8080:80\n- \'a: b\'\n- \'- x\'\n- \'#c\'\n- \'a #b\'\n- \'@x\'\n- \'---\'\n- plain text\n- +\n- é\n',
    );
  });

  it('uses literal blocks for multi-line strings, with chomping and indentation hints', () => {
    expect(encodeExpr("{'a': 'x\\ny', 'b': 'x\\n', 'c': 'x\\n\\n', 'd': '  lead\\nx', 'e': 'trailing \\nspace'}")).toBe(
      'a: |-\n  x\n  y\nb: |\n  x\nc: |+\n  x\n\nd: |2-\n    lead\n  x\ne: "trailing \\nspace"\n',
    );
  });

  it('escapes unprintable characters in double quotes', () => {
    expect(encodeExpr("['tab\\there', '\\x01', 'bell\\a', '\\u0085', '\\ufeffbom', '😀']")).toBe(
      '- "tab\\there"\n- "\\x01"\n- "bell\\a"\n- "\\N"\n- "\\uFEFFbom"\n- "\\U0001F600"\n',
    );
    // U+2028 is a printable line break for go-yaml: single quotes, written as is.
    expect(encodeExpr("['\\u2028']")).toBe("- '\u2028'\n");
  });

  it('folds long lines at column 80', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(encodeExpr(`{'k': '${words}', 'q': '${words}:'}`)).toBe(
      'k: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n' +
        '  word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n' +
        '  word25 word26 word27 word28 word29\n' +
        'q: \'word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n' +
        '  word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n' +
        "  word25 word26 word27 word28 word29:'\n",
    );
  });

  it('writes floats through JSON: whole ones as ints, others in shortest form', () => {
    expect(encodeExpr('[1.0, 2.5, 1e21, 1e-7, 100000000000000000000.0, -0.0]')).toBe('- 1\n- 2.5\n- 1e+21\n- 1e-07\n- 1e+20\n- 0\n');
  });

  it('uses complex keys for long or multi-line keys', () => {
    const long = 'k'.repeat(129);
    expect(encodeExpr(`{'${long}': 1, 'a\\nb': 2}`)).toBe(`? |-\n  a\n  b\n: 2\n? ${long}\n: 1\n`);
  });

  it('joins stream documents with ---', () => {
    expect(printed("print(str(encode_yaml_stream([{'a': 1}, [], 'x', None])))")).toEqual(['a: 1\n---\n[]\n---\nx\n---\nnull\n']);
    expect(errorOf("encode_yaml_stream({'a': 1})")).toBe('Error in encode_yaml_stream: encode_yaml_stream: for parameter objs: got dict, want list');
  });

  it('agrees with the decoder on what needs quoting', () => {
    for (const s of ['yes', 'Off', '0b101', '-0b1', '+.inf', '.NaN', '1_000', '2001-12-14t21:59:43.10-05:00']) {
      expect(resolvePlain(s).tag).not.toBe('str');
    }
    for (const s of ['yesno', '0b2', 'inf', 'nan', '1_000x', '2001-13-01']) expect(resolvePlain(s).tag).toBe('str');
  });
});

describe('round trip', () => {
  it('decode_yaml(encode_yaml(x)) == x', () => {
    fc.assert(
      fc.property(dataValue, (v) => {
        // js-yaml reads the indentation hint of a top-level block scalar ("|2-") one
        // column short of go-yaml; everywhere else the two agree.
        fc.pre(!(typeof v === 'string' && /^[ \n]/.test(v) && v.includes('\n')));
        const text = encodeYamlDocument(toGoData(v));
        const docs = decodeYamlStream(text);
        // A document that is just null is an empty document, which streams drop.
        if (v === None) expect(docs).toEqual([]);
        else expect(docs.length === 1 && sameData(v, docs[0])).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
