// type, dir, getattr, hasattr, hash, fail: results and error texts (checked against starlark-go where its
// 2021 build agrees with Tilt's 2024 pin).

import { describe, expect, it } from 'vitest';
import { outcome, run } from './helpers.js';

describe('type, dir, getattr, hasattr, hash, fail', () => {
  it.each([
    ['type(1)', '"int"'],
    ['type(1.0)', '"float"'],
    ['type("")', '"string"'],
    ['type([])', '"list"'],
    ['type(())', '"tuple"'],
    ['type({})', '"dict"'],
    ['type(None)', '"NoneType"'],
    ['type(True)', '"bool"'],
    ['type(len)', '"builtin_function_or_method"'],
    ['type({}.get)', '"builtin_function_or_method"'],
    ['type(range(1))', '"range"'],
    ['type(set())', '"set"'],
    ['type(lambda: 1)', '"function"'],
    ['type("a".elems())', '"string.elems"'],
    ['type(struct())', '"struct"'],
    ['type(json)', '"module"'],
    ['type()', 'ERR type: got 0 arguments, want exactly 1'],
    ['type(1, 2)', 'ERR type: got 2 arguments, want exactly 1'],
    ['hash("")', '0'],
    ['hash("a")', '97'],
    ['hash("hello world")', '1794106052'],
    ['hash(1)', 'ERR hash: got int, want string or bytes'],
    ['hash(None)', 'ERR hash: got NoneType, want string or bytes'],
    ['hash([])', 'ERR hash: got list, want string or bytes'],
    ['hash("é")', '233'],
    ['dir(None)', '[]'],
    ['dir([])', '["append", "clear", "extend", "index", "insert", "pop", "remove"]'],
    ['dir({})', '["clear", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]'],
    ['dir("")[:5]', '["capitalize", "codepoint_ords", "codepoints", "count", "elem_ords"]'],
    ['dir(struct(b=1, a=2))', '["a", "b"]'],
    ['dir(json)', '["decode", "encode", "indent"]'],
    ['dir()', 'ERR dir: got 0 arguments, want 1'],
    ['getattr([], "append")', '<built-in method append of list value>'],
    ['getattr([], "nope")', 'ERR getattr: list has no .nope field or method'],
    ['getattr([], "nope", 1)', '1'],
    ['getattr(1, "nope")', 'ERR getattr: int has no .nope field or method'],
    ['getattr(struct(a=1), "a")', '1'],
    ['getattr(struct(a=1), "b")', 'ERR getattr: struct has no .b attribute'],
    ['getattr(struct(a=1), "b", None)', 'None'],
    ['getattr(json, "nope")', 'ERR getattr: module has no .nope field or method'],
    ['getattr([], 1)', 'ERR getattr: for parameter 2: got int, want string'],
    ['hasattr([], "append")', 'True'],
    ['hasattr([], "x")', 'False'],
    ['hasattr(struct(a=1), "a")', 'True'],
    ['hasattr(struct(a=1), "b")', 'False'],
    ['hasattr(1, "x")', 'False'],
    ['fail()', 'ERR fail: '],
    ['fail("a", 1, None)', 'ERR fail: a 1 None'],
    ['fail("a", "b", sep="-")', 'ERR fail: a-b'],
    ['fail(sep=1)', 'ERR fail: for parameter "sep": got int, want string'],
    ['fail(b"x")', 'ERR fail: b"x"'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});

describe('print', () => {
  it('joins strings raw and other values as repr, through thread.print', () => {
    expect(run('print("a", 1, None, [1, "x"], b"by", 1.0)').printed).toEqual(['a 1 None [1, "x"] by 1.0']);
    expect(run('print("a", "b", sep="")\nprint()').printed).toEqual(['ab', '']);
    expect(run('print("a", "b", sep=", ")').printed).toEqual(['a, b']);
  });
  it.each([
    ['print(sep=1)', 'ERR print: for parameter "sep": got int, want string'],
    ['print(end="x")', 'ERR print: unexpected keyword argument "end"'],
    ['print()', 'None'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});

describe('hash', () => {
  it.each([
    ['hash("😀")', '128512'],
    ['hash("€")', '8364'],
    ['hash("abcdefghijklmnopqrstuvwxyz")', '958031277'],
    ['hash(b"abc")', '440920331'],
    ['hash(b"")', '2166136261'],
    ['hash("é"[0])', '65533'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});
