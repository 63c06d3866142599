// repr() of strings and bytes against Go's strconv.Quote (which starlark-go's
// syntax.Quote matches), from fixtures/go-strings.json, plus named cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteBytes, quoteString } from '../../../src/starlark/text/quote.js';
import { fromHost } from '../../../grammar/utf8.js';
import { loadGoStrings } from './go-strings-table.js';

const rows = loadGoStrings(process.env.GO_STRINGS_TABLE);

describe('quoteString', () => {
  it('escapes like starlark-go for named cases', () => {
    const cases: [string, string][] = [
      ['', '""'],
      ['abc', '"abc"'],
      ['a"b\\c', '"a\\"b\\\\c"'],
      ["it's", '"it\'s"'],
      ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
      ['\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'],
      ['é世😀', '"é世😀"'],
      ['\u2028\u200d\u00ad\u0085', '"\\u2028\\u200d\\u00ad\\u0085"'],
      ['\u00a0', '"\\u00a0"'],
      ['\u{e0001}', '"\\U000e0001"'],
      ['\ufffd', '"\ufffd"'],
    ];
    for (const [s, want] of cases) expect(quoteString(fromHost(s))).toBe(fromHost(want));
    // Invalid UTF-8, one escape per byte; "é"[0] is a lone lead byte.
    expect(quoteString('\xc3')).toBe('"\\xc3"');
    expect(quoteString('a\xff\xfeb')).toBe('"a\\xff\\xfeb"');
    expect(quoteString('\xed\xa0\x80')).toBe('"\\xed\\xa0\\x80"'); // encoded surrogate
    expect(quoteString('\xf0\x9f\x98')).toBe('"\\xf0\\x9f\\x98"'); // truncated
  });

  it(`matches Go for ${rows.length} table strings`, () => {
    const bad = rows.filter((r) => quoteString(r.s) !== r.quote);
    expect(bad.slice(0, 5).map((r) => [r.s, quoteString(r.s), r.quote])).toEqual([]);
  });

  it('leaves printable ASCII without quotes or backslashes unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ !#-[\]-~]*$/), (s) => {
        expect(quoteString(s)).toBe(`"${s}"`);
      }),
    );
  });

  it('produces valid UTF-8 without control characters, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const q = quoteString(Buffer.from(bytes).toString('latin1'));
        const host = Buffer.from(q, 'latin1').toString('utf8');
        expect(Buffer.from(host, 'utf8').toString('latin1')).toBe(q);
        expect(/[\x00-\x1f\x7f]/.test(host)).toBe(false);
      }),
    );
  });
});

describe('quoteBytes', () => {
  it('uses the string rules behind a b prefix', () => {
    expect(quoteBytes('')).toBe('b""');
    expect(quoteBytes('abc\n')).toBe('b"abc\\n"');
    expect(quoteBytes('\xe4\xb8\x96\xff')).toBe('b"\xe4\xb8\x96\\xff"');
    for (const r of rows.slice(0, 100)) expect(quoteBytes(r.s)).toBe('b' + r.quote);
  });
});
