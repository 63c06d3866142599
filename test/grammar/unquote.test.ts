// String and bytes literals: prefixes, quoting forms, escapes, and starlark-go's errors.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../grammar/index.js';
import { renderTokens } from './render-tokens.js';

const table: [string, string][] = [
  [`'single' "double"`, '"single" "double" EOF'],
  [`'it\\'s' "say \\"hi\\""`, `"it's" "say \\"hi\\"" EOF`],
  [`'''a'b''c''' """x"y"""`, `"a'b''c" "x\\"y" EOF`],
  [`'''q\\''''`, `"q'" EOF`],
  [`''''quoted'''`, `"'quoted" EOF`],
  [`"""2\nlines"""`, '"2\\nlines" EOF'],
  [`"joined \\\nline"`, '"joined line" EOF'],
  [`"\\a\\b\\f\\n\\r\\t\\v\\\\"`, '"\\u0007\\b\\f\\n\\r\\t\\u000b\\\\" EOF'],
  [`"\\101\\x42\\u0043\\U00000044"`, '"ABCD" EOF'],
  [`"\\0" "\\18"`, '"\\u0000" "\\u00018" EOF'],
  [`"\\u00e9\\U0001F600"`, '"é😀" EOF'],
  // raw strings keep backslashes; an escaped quote still does not end them
  [`r"a\\nb" r'\\''`, `"a\\\\nb" "\\\\'" EOF`],
  [`r"""\\d+"""`, '"\\\\d+" EOF'],
  // bytes: any byte through \\x and octal
  [`b"\\xff\\377" rb"\\x" b'\\u00e9'`, 'b"ÿÿ" b"\\\\x" b"Ã©" EOF'],
  // only lower-case r, b and rb are prefixes
  [`R"x"`, 'R "x" EOF'],
  [`B"x"`, 'B "x" EOF'],
  [`br"x"`, 'br "x" EOF'],
  [`x = "\\w"`, 'foo.star:1:5: invalid escape sequence \\w'],
  [`x = "\\8"`, 'foo.star:1:5: invalid escape sequence \\8'],
  [`x = "\\x4"`, 'foo.star:1:5: truncated escape sequence \\x4'],
  [`x = "\\xg1"`, 'foo.star:1:5: invalid escape sequence \\xg1'],
  [`x = "\\x80"`, 'foo.star:1:5: non-ASCII hex escape \\x80 (use \\u0080 for the UTF-8 encoding of U+0080)'],
  [`x = "\\200"`, 'foo.star:1:5: non-ASCII octal escape \\200 (use \\u0080 for the UTF-8 encoding of U+0080)'],
  [`x = b"\\477"`, 'foo.star:1:6: invalid escape sequence \\477'],
  [`x = "\\u12"`, 'foo.star:1:5: truncated escape sequence \\u12'],
  [`x = "\\u12x4"`, 'foo.star:1:5: invalid escape sequence \\u12x4'],
  [`x = "\\udc00"`, 'foo.star:1:5: invalid Unicode code point U+DC00'],
  [`x = "\\U00200000"`, 'foo.star:1:5: code point out of range: \\U00200000 (max \\U00200000)'],
  [`x = r"ok" + 'bad`, 'foo.star:1:13: unexpected EOF in string'],
  [`x = 'bad\ny'`, 'foo.star:1:5: unexpected newline in string'],
  [`x = r'bad\ny'`, 'foo.star:1:5: unexpected newline in string'],
  [`x = """open`, 'foo.star:1:5: unexpected EOF in string'],
  [`x = 'x\\`, 'foo.star:1:5: unexpected EOF in string'],
];

describe('string literals', () => {
  it.each(table)('%s', (src, want) => expect(renderTokens(src)).toBe(want));

  it('keeps source bytes, and turns invalid UTF-8 into U+FFFD as starlark-go does', () => {
    expect(tokenize('f', '"caf\xc3\xa9"')[0].value).toBe('caf\xc3\xa9');
    expect(tokenize('f', '"a\xffb"')[0].value).toBe('a\xef\xbf\xbdb');
    expect(tokenize('f', 'b"\\xff"')[0]).toMatchObject({ kind: 'bytes literal', value: '\xff', raw: 'b"\\xff"' });
  });
});
