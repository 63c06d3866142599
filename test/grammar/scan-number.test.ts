// Number literals: how far each one reaches, its value, and the errors starlark-go gives.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../grammar/index.js';
import { intValue, scanNumber } from '../../grammar/scan-number.js';
import { renderTokens } from './render-tokens.js';

const table: [string, string][] = [
  ['7', '7 EOF'],
  ['000', '0 EOF'],
  ['42.', '42 EOF'],
  ['4.25e2', '425 EOF'],
  ['.25', '0.25 EOF'],
  ['.e5', '. e5 EOF'],
  ['6.E-1', '0.6 EOF'],
  ['2e+3', '2000 EOF'],
  ['0e0', '0 EOF'],
  ['0.e2', '0 EOF'],
  ['1e-400', '0 EOF'],
  ['0xff', '255 EOF'],
  ['0XfZ', '15 Z EOF'],
  ['0xff.e3', '255 . e3 EOF'],
  ['0o755', '493 EOF'],
  ['0O19', '1 9 EOF'],
  ['0o7.5', '7 0.5 EOF'],
  ['0b1102', '6 2 EOF'],
  ['0b11.1', '3 0.1 EOF'],
  // a leading zero: all zeros is an int, octal digits are the obsolete form, else a float is needed
  ['0755.', '755 EOF'],
  ['0755e1', '7550 EOF'],
  ['0in x', '0 in x EOF'],
  ['7and y', '7 and y EOF'],
  ['1_000', '1 _000 EOF'],
  ['0x', 'foo.star:1:1: invalid hex literal'],
  ['a = 0xg', 'foo.star:1:5: invalid hex literal'],
  ['0o', 'foo.star:1:3: invalid octal literal'],
  ['0or', 'foo.star:1:3: invalid octal literal'],
  ['0b5', 'foo.star:1:3: invalid binary literal'],
  ['0755', 'foo.star:1:5: obsolete form of octal literal; use 0o755'],
  ['x = 0018', 'foo.star:1:5: invalid int literal'],
  ['08', 'foo.star:1:1: invalid int literal'],
  ['3e', 'foo.star:1:3: invalid float literal'],
  ['3e+', 'foo.star:1:4: invalid float literal'],
  ['3e-q', 'foo.star:1:4: invalid float literal'],
  ['9e999', 'foo.star:1:6: invalid float literal'],
  // 0o and 0b literals must fit in 64 bits; decimal and hex need not
  ['0o777777777777777777777', '9223372036854775807 EOF'],
  ['0o1000000000000000000000', 'foo.star:1:1: invalid int literal'],
  [`0b${'1'.repeat(64)}`, 'foo.star:1:1: invalid int literal'],
  [`0x${'f'.repeat(20)}`, '1208925819614629174706175 EOF'],
  ['123456789012345678901234567890', '123456789012345678901234567890 EOF'],
];

describe('number literals', () => {
  it.each(table)('%s', (src, want) => expect(renderTokens(src)).toBe(want));

  it('keeps safe integers as numbers and larger ones as bigints', () => {
    expect(intValue('9007199254740991')).toEqual({ ok: true, value: 9007199254740991 });
    expect(intValue('9007199254740992')).toEqual({ ok: true, value: 9007199254740992n });
    expect(typeof tokenize('f', '0x10')[0].value).toBe('number');
  });

  it('stops where starlark-go stops', () => {
    expect(scanNumber('0b1012', 0).end).toBe(5);
    expect(scanNumber('.x', 0).kind).toBe('dot');
    expect(scanNumber('12.5e3+', 0)).toEqual({ end: 6, kind: 'float' });
  });
});
