// str, repr, chr, ord, bytes: results and error texts (checked against starlark-go where its
// 2021 build agrees with Tilt's 2024 pin).

import { describe, expect, it } from 'vitest';
import { outcome } from './helpers.js';

describe('str, repr, chr, ord, bytes', () => {
  it.each([
    ['str(1.0)', '"1.0"'],
    ['str(1e21)', '"1e+21"'],
    ['str(1.5e-7)', '"1.5e-07"'],
    ['str(0.0001)', '"0.0001"'],
    ['str(123456.0)', '"123456.0"'],
    ['str(1234567.0)', '"1.234567e+06"'],
    ['str(-0.0)', '"-0.0"'],
    ['str(float("inf"))', '"+inf"'],
    ['str(float("-inf"))', '"-inf"'],
    ['str(float("nan"))', '"nan"'],
    ['str(1e100)', '"1e+100"'],
    ['str(None)', '"None"'],
    ['str(True)', '"True"'],
    ['str([1, "a"])', '"[1, \\"a\\"]"'],
    ['str("x")', '"x"'],
    ['str()', 'ERR str: got 0 arguments, want exactly 1'],
    ['str(1, 2)', 'ERR str: got 2 arguments, want exactly 1'],
    ['repr("x")', '"\\"x\\""'],
    ['repr([1, "a", None, 1.0])', '"[1, \\"a\\", None, 1.0]"'],
    ['repr(repr)', '"<built-in function repr>"'],
    ['repr({}.get)', '"<built-in method get of dict value>"'],
    ['repr(range(3))', '"range(3)"'],
    ['chr(65)', '"A"'],
    ['chr(0x4e16)', '"世"'],
    ['chr(0x1F600)', '"😀"'],
    ['chr(-1)', 'ERR chr: Unicode code point -1 out of range (<0)'],
    ['chr(0x110000)', 'ERR chr: Unicode code point U+110000 out of range (>0x10FFFF)'],
    ['chr(0xD800)', '"�"'],
    ['chr("a")', 'ERR chr: got string, want int'],
    ['chr(1 << 40)', 'ERR chr: 1099511627776 out of range'],
    ['chr()', 'ERR chr: got 0 arguments, want 1'],
    ['ord("A")', '65'],
    ['ord("é")', '233'],
    ['ord("😀")', '128512'],
    ['ord("ab")', 'ERR ord: string encodes 2 Unicode code points, want 1'],
    ['ord("")', 'ERR ord: string encodes 0 Unicode code points, want 1'],
    ['ord(1)', 'ERR ord: got int, want string or bytes'],
    ['bytes("abc")', 'b"abc"'],
    ['bytes([65, 66])', 'b"AB"'],
    ['bytes([256])', 'ERR bytes: at index 0, 256 out of range (want value in unsigned 8-bit range)'],
    ['bytes([-1])', 'ERR bytes: at index 0, -1 out of range (want value in unsigned 8-bit range)'],
    ['bytes(["a"])', 'ERR bytes: at index 0, got string, want int'],
    ['bytes(1)', 'ERR bytes: got int, want string, bytes, or iterable of ints'],
    ['bytes(b"x")', 'b"x"'],
    ['bytes()', 'ERR bytes: got 0 arguments, want exactly 1'],
    ['bytes(range(3))', 'b"\\x00\\x01\\x02"'],
    ['str(b"abc")', '"abc"'],
    ['repr(b"abc")', '"b\\"abc\\""'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});

describe('text/bytes transcoding', () => {
  it.each([
    ['str(bytes("é"[0] + "x"))', '"\ufffdx"'],
    ['bytes("é"[0])', 'b"\ufffd"'],
    ['len(bytes("é"[0]))', '3'],
    ['str(bytes([0xce, 0x41]))', '"�A"'],
    ['ord(bytes([65]))', '65'],
    ['ord(b"ab")', 'ERR ord: bytes has length 2, want 1'],
    ['ord("é"[0])', '65533'],
    ['ord("é"[0] + "x")', 'ERR ord: string encodes 2 Unicode code points, want 1'],
    ['chr(0x4e16) == "世"', 'True'],
    ['chr(65, x=1)', 'ERR chr does not accept keyword arguments'],
    ['ord("a", x=1)', 'ERR ord does not accept keyword arguments'],
    ['str(1, x=2)', 'ERR str does not accept keyword arguments'],
    ['bytes("a", x=2)', 'ERR bytes does not accept keyword arguments'],
    ['repr(x=1)', 'ERR repr: unexpected keyword arguments'],
    ['bytes(set([1, 2]))', 'b"\\x01\\x02"'],
    ['bytes({7: 8})', 'b"\\a"'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});
