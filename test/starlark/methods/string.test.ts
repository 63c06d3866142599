// Hand-written cases for what the 2021 oracle cannot check (the 2024 view types,
// U+FFFD from codepoints(), removeprefix/removesuffix, the method list) plus a few
// named examples of each method, ASCII and not, read as documentation.
import { describe, expect, it } from 'vitest';
import '../../../src/starlark/methods/index.js';
import { fromHost } from '../../../grammar/utf8.js';
import { attrNames, getAttr, methodsOf } from '../../../src/starlark/ops/attr.js';
import { compare, equals } from '../../../src/starlark/ops/compare.js';
import { getIndex, slice } from '../../../src/starlark/ops/index.js';
import { toArray } from '../../../src/starlark/ops/iterate.js';
import { lengthOf, truth } from '../../../src/starlark/ops/truth.js';
import { Thread } from '../../../src/starlark/thread.js';
import { typeOf, type Kwargs } from '../../../src/starlark/values/builtin.js';
import { hashKeyOf } from '../../../src/starlark/values/hash-key.js';
import { List } from '../../../src/starlark/values/list.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { Tuple } from '../../../src/starlark/values/tuple.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';

const b = fromHost;

function call(recv: string, m: string, args: Value[] = [], kwargs: Kwargs | null = null): Value {
  return methodsOf('string')![m](new Thread(), recv, args, kwargs, m);
}

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof StarlarkError) return e.msg;
    throw e;
  }
  throw new Error('no error');
}

describe('string method table', () => {
  it('has exactly the 2024 methods', () => {
    expect(attrNames('x')).toEqual(
      ('capitalize codepoint_ords codepoints count elem_ords elems endswith find format index isalnum isalpha ' +
        'isdigit islower isspace istitle isupper join lower lstrip partition removeprefix removesuffix replace ' +
        'rfind rindex rpartition rsplit rstrip split splitlines startswith strip title upper').split(' '),
    );
  });
  it('binds methods through getattr', () => {
    expect(repr(getAttr('abc', 'upper'))).toBe('<built-in method upper of string value>');
    expect(err(() => getAttr('abc', 'starts_with'))).toBe('string has no .starts_with field or method (did you mean .startswith?)');
  });
});

describe('iterable views', () => {
  it('have the 2024 type names and print as the call that made them', () => {
    expect(typeOf(call('abc', 'elems'))).toBe('string.elems');
    expect(typeOf(call('abc', 'elem_ords'))).toBe('string.elems');
    expect(typeOf(call('abc', 'codepoints'))).toBe('string.codepoints');
    expect(typeOf(call('abc', 'codepoint_ords'))).toBe('string.codepoints');
    expect(repr(call(b('aé'), 'codepoint_ords'))).toBe(b('"aé".codepoint_ords()'));
    expect(repr(call('\xff', 'elems'))).toBe('"\\xff".elems()');
  });
  it('are truthy even when empty, and unhashable', () => {
    for (const m of ['elems', 'elem_ords', 'codepoints', 'codepoint_ords']) {
      const v = call('', m);
      expect(truth(v)).toBe(true);
      expect(err(() => hashKeyOf(v))).toBe(`unhashable: ${typeOf(v)}`);
    }
  });
  it('elems views are sequences, codepoints views are not', () => {
    const e = call(b('aé'), 'elems');
    expect(lengthOf(e)).toBe(3);
    expect(getIndex(e, 1)).toBe('\xc3');
    expect(getIndex(e, -1)).toBe('\xa9');
    expect(getIndex(call(b('aé'), 'elem_ords'), 1)).toBe(0xc3);
    expect(err(() => getIndex(e, 3))).toBe('string.elems index 3 out of range [-3:2]');
    expect(err(() => slice(e, None, None, None))).toBe('invalid slice operand string.elems');
    const c = call('abc', 'codepoints');
    expect(lengthOf(c)).toBe(-1);
    expect(err(() => getIndex(c, 0))).toBe('unhandled index operation string.codepoints[int]');
  });
  it('yield bytes, byte values, runes and code points; invalid bytes read as U+FFFD', () => {
    const s = b('aé😿') + '\xff' + '\xe2\x82';
    expect(toArray(call(s, 'elems'))).toEqual(s.split(''));
    expect(toArray(call(s, 'elem_ords'))).toEqual([...s].map((ch) => ch.charCodeAt(0)));
    expect(toArray(call(s, 'codepoints'))).toEqual(['a', b('é'), b('😿'), b('\ufffd'), b('\ufffd'), b('\ufffd')]);
    expect(toArray(call(s, 'codepoint_ords'))).toEqual([0x61, 0xe9, 0x1f63f, 0xfffd, 0xfffd, 0xfffd]);
  });
  it('compare equal when made from the same string by the same kind of method', () => {
    expect(equals(call('ab', 'elems'), call('ab', 'elems'))).toBe(true);
    expect(equals(call('ab', 'elems'), call('ab', 'elem_ords'))).toBe(false);
    expect(equals(call('ab', 'codepoints'), call('ac', 'codepoints'))).toBe(false);
    expect(equals(call('ab', 'elems'), call('ab', 'codepoints'))).toBe(false);
    expect(err(() => compare('<', call('a', 'elems'), call('b', 'elems')))).toBe('string.elems < string.elems not implemented');
  });
  it('take no arguments', () => {
    expect(err(() => call('a', 'codepoints', [1]))).toBe('codepoints: got 1 arguments, want 0');
    expect(err(() => call('a', 'elems', [], [['x', 1]]))).toBe('elems: unexpected keyword arguments');
  });
});

describe('removeprefix / removesuffix', () => {
  const cases: [string, string, string, Value][] = [
    ['banana', 'removeprefix', 'ban', 'ana'],
    ['banana', 'removeprefix', 'nan', 'banana'],
    ['banana', 'removeprefix', '', 'banana'],
    ['banana', 'removeprefix', 'banana', ''],
    ['banana', 'removeprefix', 'bananas', 'banana'],
    ['banana', 'removesuffix', 'na', 'bana'],
    ['banana', 'removesuffix', 'ban', 'banana'],
    ['banana', 'removesuffix', '', 'banana'],
    [b('café'), 'removesuffix', b('é'), 'caf'],
    [b('café'), 'removesuffix', '\xa9', b('café').slice(0, -1)], // byte-wise, may split a rune
    ['\xffabc', 'removeprefix', '\xff', 'abc'],
    ['', 'removeprefix', '', ''],
  ];
  for (const [s, m, fix, want] of cases) {
    it(`${repr(s)}.${m}(${repr(fix)})`, () => expect(call(s, m, [fix])).toBe(want));
  }
  it('check their arguments', () => {
    expect(err(() => call('a', 'removeprefix'))).toBe('removeprefix: got 0 arguments, want 1');
    expect(err(() => call('a', 'removesuffix', ['a', 'b']))).toBe('removesuffix: got 2 arguments, want 1');
    expect(err(() => call('a', 'removeprefix', [1]))).toBe('removeprefix: for parameter 1: got int, want string');
    expect(err(() => call('a', 'removesuffix', [None]))).toBe('removesuffix: for parameter 1: got NoneType, want string');
    expect(err(() => call('a', 'removeprefix', [], [['prefix', 'a']]))).toBe('removeprefix: unexpected keyword arguments');
  });
});

describe('named examples', () => {
  const list = (...xs: string[]) => repr(new List(xs));
  const cases: [string, string, Value[], string][] = [
    ['hello, world', 'find', ['o'], '4'],
    ['hello, world', 'rfind', ['o'], '8'],
    ['hello, world', 'find', ['o', 5], '8'],
    ['hello, world', 'find', ['o', 5, 8], '-1'],
    [b('naïve café'), 'find', [b('é')], '10'],
    [b('naïve café'), 'find', ['\xa9'], '11'],
    ['abc', 'find', ['', 10], '3'],
    [b('日本'), 'count', [''], '3'],
    ['\xff\xfe', 'count', [''], '3'],
    ['banana', 'count', ['ana'], '1'],
    ['a-b-c', 'replace', ['-', '+', 1], '"a+b-c"'],
    [b('aé'), 'replace', ['', '.'], b('".a.é."')],
    ['a\xffb', 'replace', ['', '.'], '".a.\\xff.b."'],
    ['a,b,,c', 'split', [','], list('a', 'b', '', 'c')],
    ['a,b,,c', 'rsplit', [',', 1], list('a,b,', 'c')],
    ['aa\t\t\ta', 'rsplit', ['\t\t', 1], list('aa', '\ta')], // cuts where a left-to-right split does
    ['  a  b  ', 'split', [], list('a', 'b')],
    ['  a  b  ', 'split', [None, 0], list('a  b  ')],
    ['  a  b  ', 'rsplit', [None, 1], list('  a', 'b')],
    [b('a\u00a0b\u2028c'), 'split', [], list('a', 'b', 'c')],
    ['one\ntwo\r\n', 'splitlines', [], list('one', 'two\r')],
    ['one\n\ntwo', 'splitlines', [true], list('one\n', '\n', 'two')],
    [b('\u00a0 x\u3000'), 'strip', [], '"x"'],
    ['xxaxx', 'lstrip', ['x'], '"axx"'],
    ['xxaxx', 'rstrip', ['x'], '"xxa"'],
    ['a\xff', 'rstrip', [b('\ufffd')], '"a"'],
    ['foo/bar/wiz', 'partition', ['/'], '("foo", "/", "bar/wiz")'],
    ['foo/bar/wiz', 'rpartition', ['/'], '("foo/bar", "/", "wiz")'],
    ['foo', 'rpartition', ['/'], '("", "", "foo")'],
    ['Hello', 'startswith', [new Tuple(['x', 'He'])], 'True'],
    ['Hello', 'endswith', ['lo', 0, 4], 'False'],
    [', ', 'join', [new List(['a', 'b'])], '"a, b"'],
    [b('ǆemal ĳssel'), 'title', [], b('"ǅemal Ĳssel"')],
    [b('straße'), 'upper', [], b('"STRAßE"')],
    ['a\xffb', 'upper', [], b('"A\ufffdB"')],
    [b('İ'), 'lower', [], '"i"'],
    ['{} and {!r}', 'format', ['a', 'b'], '"a and \\"b\\""'],
  ];
  for (const [s, m, args, want] of cases) {
    it(`${repr(s)}.${m}(${args.map(repr).join(', ')})`, () => expect(repr(call(s, m, args))).toBe(want));
  }
});

describe('format with keywords', () => {
  it('takes the first keyword of a name and any value type', () => {
    expect(call('{a}{b}{a}', 'format', [], [['a', 1], ['b', new List(['x'])]])).toBe('1["x"]1');
    expect(call('{x!s}', 'format', [], [['x', None]])).toBe('None');
  });
  it('reports the unknown name, raw', () => {
    expect(err(() => call('{\xff}', 'format'))).toBe('format: keyword \xff not found');
    expect(err(() => call('{a!\xff}', 'format', [], [['a', 1]]))).toBe('format: unknown conversion "\\xff"');
  });
});
