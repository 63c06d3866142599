// String-method building blocks against Go (fixtures/go-strings.json, made by
// gen/strings-oracle.go), plus named cases and properties on ASCII input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ops from '../../../src/starlark/text/string-ops.js';
import { fromHost } from '../../../grammar/utf8.js';
import { loadGoStrings, type GoStringRow } from './go-strings-table.js';

const rows = loadGoStrings(process.env.GO_STRINGS_TABLE);
const b = fromHost;

function flagsOf(s: string): number {
  const preds = [ops.isAlnum, ops.isAlpha, ops.isDigit, ops.isSpace, ops.isLower, ops.isUpper, ops.isTitle];
  return preds.reduce((acc, p, i) => acc | (p(s) ? 1 << i : 0), 0);
}

const checks: [string, (r: GoStringRow) => unknown, (r: GoStringRow) => unknown][] = [
  ['upper', (r) => ops.upper(r.s), (r) => r.upper],
  ['lower', (r) => ops.lower(r.s), (r) => r.lower],
  ['title', (r) => ops.title(r.s), (r) => r.title],
  ['capitalize', (r) => ops.capitalize(r.s), (r) => r.capitalize],
  ['predicates', (r) => flagsOf(r.s), (r) => r.flags],
  ['fields', (r) => ops.splitWhitespace(r.s), (r) => r.fields],
  ['rsplit -1', (r) => ops.rsplitWhitespace(r.s), (r) => r.fields],
  ['split 1', (r) => ops.splitWhitespace(r.s, 1), (r) => r.split1],
  ['split 2', (r) => ops.splitWhitespace(r.s, 2), (r) => r.split2],
  ['rsplit 1', (r) => ops.rsplitWhitespace(r.s, 1), (r) => r.rsplit1],
  ['rsplit 2', (r) => ops.rsplitWhitespace(r.s, 2), (r) => r.rsplit2],
  ['strip', (r) => ops.stripSpace(r.s, true, true), (r) => r.strip],
  ['lstrip', (r) => ops.stripSpace(r.s, true, false), (r) => r.lstrip],
  ['rstrip', (r) => ops.stripSpace(r.s, false, true), (r) => r.rstrip],
  ['strip chars', (r) => ops.stripChars(r.s, r.cut, true, true), (r) => r.trim],
  ['lstrip chars', (r) => ops.stripChars(r.s, r.cut, true, false), (r) => r.trimLeft],
  ['rstrip chars', (r) => ops.stripChars(r.s, r.cut, false, true), (r) => r.trimRight],
  ['codepoints', (r) => ops.codepoints(r.s), (r) => r.codepoints ?? []],
  ['codepoint_ords', (r) => ops.codepointOrds(r.s), (r) => r.ords ?? []],
];

describe(`string ops against Go (${rows.length} strings)`, () => {
  for (const [name, got, want] of checks) {
    it(name, () => {
      const bad = rows.filter((r) => JSON.stringify(got(r)) !== JSON.stringify(want(r)));
      expect(bad.slice(0, 5).map((r) => ({ s: r.s, got: got(r), want: want(r) }))).toEqual([]);
    });
  }
});

describe('string ops, named cases', () => {
  it('map case per rune like Go', () => {
    expect(ops.upper(b('straße'))).toBe(b('STRAßE'));
    expect(ops.lower(b('İSTANBUL'))).toBe(b('istanbul'));
    expect(ops.upper('a\xffb')).toBe('A\xef\xbf\xbdB'); // invalid byte → U+FFFD
    expect(ops.lower('ABC')).toBe('abc');
    expect(ops.title(b('hello wORLD ǆemal'))).toBe(b('Hello World ǅemal'));
    expect(ops.title("they're bill's")).toBe("They'Re Bill'S");
    expect(ops.capitalize(b('éCOLE'))).toBe(b('École'));
    expect(ops.capitalize('')).toBe('');
  });

  it('answer the predicates with starlark-go rules', () => {
    expect(ops.isAlpha('')).toBe(false);
    expect(ops.isDigit(b('١٢٣'))).toBe(true);
    expect(ops.isDigit(b('²'))).toBe(false);
    expect(ops.isSpace(b(' \u0085\u00a0'))).toBe(true);
    expect(ops.isSpace(b('\ufeff'))).toBe(false);
    expect(ops.isLower('abc1')).toBe(true);
    expect(ops.isLower('123')).toBe(false);
    expect(ops.isLower('abc\xff')).toBe(false);
    expect(ops.isUpper(b('ÀB'))).toBe(true);
    expect(ops.isTitle('Hello World')).toBe(true);
    expect(ops.isTitle('Hello world')).toBe(false);
    expect(ops.isTitle(b('ǅemal'))).toBe(true);
    expect(ops.isTitle(b('Éa'))).toBe(false); // non-ASCII Lu never qualifies
  });

  it('split and strip at Go whitespace, keeping invalid bytes', () => {
    expect(ops.splitWhitespace(b(' a\u00a0b\u3000c\ufeffd '))).toEqual(['a', 'b', b('c\ufeffd')]);
    expect(ops.splitWhitespace('  a  b  c  ', 1)).toEqual(['a', 'b  c  ']);
    expect(ops.rsplitWhitespace('  a  b  c  ', 1)).toEqual(['  a  b', 'c']);
    expect(ops.splitWhitespace('a b', 0)).toEqual(['a b']);
    expect(ops.rsplitWhitespace(' a b ', 0)).toEqual([' a b']);
    expect(ops.splitWhitespace('')).toEqual([]);
    expect(ops.stripSpace(b('\u0085 x') + '\xff' + b(' \u2029'), true, true)).toBe('x\xff');
    expect(ops.stripSpace('  x  ', false, true)).toBe('  x');
    expect(ops.stripChars('xxhixx', 'x', true, true)).toBe('hi');
    expect(ops.stripChars(b('éaé'), b('é'), true, false)).toBe(b('aé'));
    expect(ops.stripChars('\xffa\xfe', '\xc3', true, true)).toBe('a'); // U+FFFD in both
    expect(ops.stripChars('abc', '', true, true)).toBe('abc');
  });

  it('iterate code points, invalid bytes as U+FFFD', () => {
    expect(ops.codepoints(b('aé😀') + '\xff')).toEqual(['a', b('é'), b('😀'), b('\ufffd')]);
    expect(ops.codepointOrds(b('aé😀') + '\xff')).toEqual([0x61, 0xe9, 0x1f600, 0xfffd]);
  });
});

describe('string ops on ASCII agree with plain JS', () => {
  const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
  const goSpace = /[\t\n\v\f\r ]+/;
  it('split, strip, case', () => {
    fc.assert(
      fc.property(ascii, (s) => {
        expect(ops.splitWhitespace(s)).toEqual(s.split(goSpace).filter((x) => x !== ''));
        expect(ops.stripSpace(s, true, true)).toBe(s.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, ''));
        expect(ops.upper(s)).toBe(s.toUpperCase());
        expect(ops.lower(s)).toBe(s.toLowerCase());
        expect(ops.codepoints(s).join('')).toBe(s);
      }),
    );
  });
});
