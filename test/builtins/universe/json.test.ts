// The json module: encode/decode/indent results and error texts. Cases marked "2024" are
// behaviour of Tilt's pin that the 2021 starlark-go oracle lacks.

import { describe, expect, it } from 'vitest';
import { outcome } from './helpers.js';

describe('json', () => {
  it.each([
    ['json.encode(None)', '"null"'],
    ['json.encode(1.5)', '"1.5"'],
    ['json.encode(2.0)', '"2"'],
    ['json.encode([1, (2,), {"b": 1, "a": [True, False]}])', '"[1,[2],{\\"a\\":[true,false],\\"b\\":1}]"'],
    ['json.encode({1: 2})', 'ERR json.encode: dict has int key, want string'],
    ['json.encode({"a": {1: 2}})', 'ERR json.encode: in dict key "a": dict has int key, want string'],
    ['json.encode(float("inf"))', 'ERR json.encode: cannot encode non-finite float +inf'],
    ['json.encode(len)', 'ERR json.encode: cannot encode builtin_function_or_method as JSON'],
    ['json.encode(struct(x=[1, {"x": len}]))', 'ERR json.encode: in field .x: at list index 1: in dict key "x": cannot encode builtin_function_or_method as JSON'],
    ['json.encode("é\\t\\"\\\\<>&")', '"\\"é\\\\t\\\\\\"\\\\\\\\\\\\u003c\\\\u003e\\\\u0026\\""'],
    ['json.encode("abc\\"\\\\")', '"\\"abc\\\\\\"\\\\\\\\\\""'],
    ['json.encode(range(3))', '"[0,1,2]"'],
    ['json.encode(set([1]))', '"[1]"'],
    ['json.encode(module("m", a=1))', '"{\\"a\\":1}"'],
    ['json.encode()', 'ERR json.encode: got 0 arguments, want 1'],
    ['json.encode(1, 2)', 'ERR json.encode: got 2 arguments, want 1'],
    ['json.encode(x=1)', 'ERR json.encode: unexpected keyword arguments'],
    ['json.encode(-1e-7)', '"-1e-07"'],
    ['json.encode(1e20)', '"1e+20"'],
    ['json.encode(1e21)', '"1e+21"'],
    ['json.decode("[1, 2.5, -0, 1e2, true, null, \\"x\\"]")', '[1, 2.5, 0, 100.0, True, None, "x"]'],
    ['json.decode("{\\"a\\": 1, \\"a\\": 2}")', '{"a": 2}'],
    ['json.decode("{\\"b\\": 1, \\"a\\": 2}")', '{"b": 1, "a": 2}'],
    ['json.decode(" 1 ")', '1'],
    ['json.decode("")', 'ERR json.decode: at offset 0, unexpected end of file'],
    ['json.decode("[")', 'ERR json.decode: at offset 1, unexpected end of file'],
    ['json.decode("[1,]")', 'ERR json.decode: at offset 3, unexpected character \']\''],
    ['json.decode("{1: 2}")', 'ERR json.decode: at offset 2, got int for object key, want string'],
    ['json.decode("nul")', 'ERR json.decode: at offset 0, unexpected character \'n\''],
    ['json.decode("tru")', 'ERR json.decode: at offset 0, unexpected character \'t\''],
    ['json.decode("1.5.")', 'ERR json.decode: at offset 4, invalid number: 1.5.'],
    ['json.decode("-")', 'ERR json.decode: at offset 1, invalid number: -'],
    ['json.decode("12345678901234567890")', '12345678901234567890'],
    ['json.decode("1E5")', '100000.0'],
    ['json.decode("1e5")', '100000.0'],
    ['json.decode("0.1")', '0.1'],
    ['json.decode("1.")', '1.0'],
    ['json.decode("-.5")', '-0.5'],
    ['json.decode(1)', 'ERR json.decode: for parameter x: got int, want string'],
    ['json.decode()', 'ERR json.decode: missing argument for x'],
    ['json.decode("\\"\\\\/\\"")', '"/"'],
    ['json.decode("\\"\\\\\'\\"")', 'ERR json.decode: at offset 4, invalid character \'\\\'\' in string escape code'],
    ['json.decode("[1] x")', 'ERR json.decode: at offset 4, unexpected character \'x\' after value'],
    ['json.indent("[]")', '"[]"'],
    ['json.indent("{}")', '"{}"'],
    ['json.indent("[1,2]", prefix=">", indent="  ")', '"[\\n>  1,\\n>  2\\n>]"'],
    ['json.indent("[1,2]", "x")', 'ERR json.indent: got 2 arguments, want 1'],
    ['json.indent()', 'ERR json.indent: got 0 arguments, want 1'],
    ['json.indent(1)', 'ERR json.indent: for parameter 1: got int, want string'],
    ['json.indent("{\\"a\\":[1,{}]}", indent="")', '"{\\n\\"a\\": [\\n1,\\n{}\\n]\\n}"'],
    ['json.indent("  [1]")', '"[\\n\\t1\\n]"'],
    ['json.indent("[1]\\n")', '"[\\n\\t1\\n]\\n"'],
    ['json.decode(\'"a\\\\u00e9\\\\ud800x"\')', '"aé\ufffdx"'],
    ['json.decode(\'"\\\\ud83d\\\\ude39"\')', '"😹"'],
    ['json.decode(\'"a\\nb"\')', '"a\\nb"'], // a raw newline is accepted on the fast path
    ['json.decode(\'"a\\\\nb\\x01"\')', "ERR json.decode: at offset 7, invalid character '\\x01' in string literal"],
    ['json.decode(\'"\\\\u12"\')', 'ERR json.decode: at offset 6, invalid character \'"\' in \\u hexadecimal character escape'],
    ['json.decode(\'"abc\')', 'ERR json.decode: at offset 0, unclosed string literal'],
    ['json.decode(\'[1, 2}\')', "ERR json.decode: at offset 5, got '}', want ',' or ']'"],
    ['json.decode(\'{"one" 1\')', "ERR json.decode: at offset 7, after object key, got '1', want ':' "],
    ['json.decode(\'{"one": 1]\')', "ERR json.decode: at offset 9, in object, got ']', want ',' or '}'"],
    ['json.decode("0123")', 'ERR json.decode: at offset 4, invalid number: 0123'],
    ['json.decode("1e400")', 'ERR json.decode: at offset 5, invalid number: 1e400'],
    ['json.decode("1e-400")', '0.0'],
    ['json.decode("[", default=None)', 'None'], // 2024
    ['json.decode("[1]", default=None)', '[1]'], // 2024
    ['json.decode("x", default=4)', '4'], // 2024
    ['json.decode(x="1")', 'ERR json.decode: unexpected keyword argument x'], // 2024
    ['json.decode(1, default=2)', 'ERR json.decode: for parameter x: got int, want string'], // 2024
    ['json.encode("\\x7f")', '"\\"\\\\x7f\\""'], // strconv.Quote's path: not valid JSON, as in Go
    ['json.encode("é\\x7f\\x08\\x0c\\x01" + "é"[0])', '"\\"é\\x7f\\\\b\\\\f\\\\u0001\\\\ufffd\\""'],
    ['json.encode(b"ab")', 'ERR json.encode: in field .elems: cannot encode builtin_function_or_method as JSON'],
    ['json.encode(-0.0)', '"-0"'],
    ['json.encode(123456.0)', '"123456"'],
    ['json.encode(1e6)', '"1e+06"'],
    ['json.encode(0.5)', '"0.5"'],
    ['json.encode(float("nan"))', 'ERR json.encode: cannot encode non-finite float nan'],
    ['json.encode(lambda: 1)', 'ERR json.encode: cannot encode function as JSON'],
    ['json.encode([[], [[]], {}])', '"[[],[[]],{}]"'],
    ['json.indent(\'[1,  {"a" : 2, "b":[]}, {} ]  \')', '"[\\n\\t1,\\n\\t{\\n\\t\\t\\"a\\": 2,\\n\\t\\t\\"b\\": []\\n\\t},\\n\\t{}\\n]  "'],
    ['json.indent("1.")', "ERR json.indent: invalid character ' ' after decimal point in numeric literal"],
    ['json.indent("[1,")', 'ERR json.indent: unexpected end of JSON input'],
    ['json.indent("tru")', "ERR json.indent: invalid character ' ' in literal true (expecting 'e')"],
    ['json.indent(\'{"a" 1}\')', "ERR json.indent: invalid character '1' after object key"],
    ['json.indent("")', 'ERR json.indent: unexpected end of JSON input'],
    ['json.indent("  {} x")', "ERR json.indent: invalid character 'x' after top-level value"],
    ['json.indent("[1 2]")', "ERR json.indent: invalid character '2' after array element"],
    ['json.indent(\'{"a":1 "b"}\')', 'ERR json.indent: invalid character \'"\' after object key:value pair'],
    ['json.indent("{1:2}")', "ERR json.indent: invalid character '1' looking for beginning of object key string"],
    ['json.indent("-x")', "ERR json.indent: invalid character 'x' in numeric literal"],
    ['json.indent("1e+")', "ERR json.indent: invalid character ' ' in exponent of numeric literal"],
    ['json.indent(\'"\\\\x"\')', "ERR json.indent: invalid character 'x' in string escape code"],
    ['json.indent(\'"\\\\u12g4"\')', "ERR json.indent: invalid character 'g' in \\u hexadecimal character escape"],
    ['json.indent("nul")', "ERR json.indent: invalid character ' ' in literal null (expecting 'l')"],
    ['json.indent("é")', "ERR json.indent: invalid character 'Ã' looking for beginning of value"],
    ['json.indent("\'")', "ERR json.indent: invalid character '\\'' looking for beginning of value"],
    ['json.indent("[1]", foo=1)', 'ERR json.indent: unexpected keyword argument "foo"'],
    ['type(json)', '"module"'],
    ['str(json)', '"<module \\"json\\">"'],
    ['dir(json)', '["decode", "encode", "indent"]'],
    ['json.encode', '<built-in function json.encode>'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('detects cycles (2024)', () => {
    expect(outcome('json.encode(x)', 'x = [1]\nx.append(x)')).toBe('ERR json.encode: at list index 1: cycle in JSON structure');
    expect(outcome('json.encode(d)', 'd = {}\nd["a"] = [d]')).toBe('ERR json.encode: in dict key "a": at list index 0: cycle in JSON structure');
    expect(outcome('json.encode([x, x])', 'x = [1]')).toBe('"[[1],[1]]"');
  });
});
