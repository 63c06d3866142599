// abs, bool, int, float: conversions and their exact error texts.

import { describe, expect, it } from 'vitest';
import { outcome } from './helpers.js';

describe('abs and bool', () => {
  it.each([
    ['abs(-2)', '2'],
    ['abs(2)', '2'],
    ['abs(0)', '0'],
    ['abs(-(1 << 80))', '1208925819614629174706176'],
    ['abs(-2.5)', '2.5'],
    ['abs(float("-inf"))', '+inf'],
    ['abs(-0.0)', '0.0'],
    ['abs("0")', 'ERR got string, want int or float'],
    ['abs()', 'ERR abs: got 0 arguments, want 1'],
    ['bool()', 'False'],
    ['bool(0)', 'False'],
    ['bool([])', 'False'],
    ['bool(0.0)', 'False'],
    ['bool(float("nan"))', 'True'],
    ['bool(struct())', 'True'],
    ['bool(1, 2)', 'ERR bool: got 2 arguments, want at most 1'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});

describe('int', () => {
  it.each([
    ['int(3.9)', '3'],
    ['int(-3.9)', '-3'],
    ['int(True)', '1'],
    ['int(None)', 'ERR int: cannot convert NoneType to int'],
    ['int(float("nan"))', 'ERR int: cannot convert float NaN to integer'],
    ['int(float("inf"))', 'ERR int: cannot convert float infinity to integer'],
    ['int(1e30)', '1000000000000000019884624838656'],
    ['int("12")', '12'],
    ['int("-12")', '-12'],
    ['int("+12")', '12'],
    ['int("-0")', '0'],
    ['int("  12")', 'ERR int: invalid literal with base 10:   12'],
    ['int("1_000")', 'ERR int: invalid literal with base 10: 1_000'],
    ['int("1_000", 0)', 'ERR int: invalid literal with base 0: 1_000'],
    ['int("ff", 16)', '255'],
    ['int("FF", 16)', '255'],
    ['int("0xff", 16)', '255'],
    ['int("0xff", 0)', '255'],
    ['int("0XFF", 0)', '255'],
    ['int("0o17", 0)', '15'],
    ['int("0b101", 0)', '5'],
    ['int("0b101", 2)', '5'],
    ['int("-0x10", 0)', '-16'],
    ['int("0x10", 36)', '42804'], // the prefix is only stripped for its own base
    ['int("0755", 0)', 'ERR int: invalid literal with base 0: 0755'],
    ['int("0755")', '755'],
    ['int("00", 0)', '0'],
    ['int("z", 36)', '35'],
    ['int("12", 1)', 'ERR int: base must be an integer >= 2 && <= 36'],
    ['int("12", 37)', 'ERR int: base must be an integer >= 2 && <= 36'],
    ['int("12", "10")', 'ERR int: for base, got string, want int'],
    ['int(12, 10)', "ERR int: can't convert non-string with explicit base"],
    ['int("")', 'ERR int: invalid literal with base 10: '],
    ['int("-")', 'ERR int: invalid literal with base 10: -'],
    ['int("--1")', 'ERR int: invalid literal with base 10: --1'],
    ['int("0x", 0)', 'ERR int: invalid literal with base 0: 0x'],
    ['int("1" * 30)', '111111111111111111111111111111'],
    ['int("-9007199254740993")', '-9007199254740993'],
    ['int("123456789abcdefghij", 36)', '10912240439872435973745996715'],
    ['int()', 'ERR int: missing argument for x'],
    ['int(x="5")', '5'],
    ['int("5", base=8)', '5'],
    ['int("17", base=8)', '15'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});

describe('float', () => {
  it.each([
    ['float()', '0.0'],
    ['float(1)', '1.0'],
    ['float(True)', '1.0'],
    ['float(1.5)', '1.5'],
    ['float("1.5")', '1.5'],
    ['float("-1.5e-3")', '-0.0015'],
    ['float("1.")', '1.0'],
    ['float(".5")', '0.5'],
    ['float("inf")', '+inf'],
    ['float("-Inf")', '-inf'],
    ['float("+INFINITY")', '+inf'],
    ['float("nan")', 'nan'],
    ['float("-NaN")', 'nan'],
    ['float("1e309")', 'ERR floating-point number too large'],
    ['float("-1e309")', 'ERR floating-point number too large'],
    ['float("1e-400")', '0.0'],
    ['float("1_000.5")', '1000.5'],
    ['float("1__0")', 'ERR invalid float literal: 1__0'],
    ['float("_1")', 'ERR invalid float literal: _1'],
    ['float("1_")', 'ERR invalid float literal: 1_'],
    ['float("0x1p-2")', '0.25'],
    ['float("0x1.8p1")', '3.0'],
    ['float("0x1p-1074")', '5e-324'],
    ['float("0x1p-1075")', '0.0'],
    ['float("0x1.8p-1075")', '5e-324'],
    ['float("0x1p1024")', 'ERR floating-point number too large'],
    ['float("0x10")', 'ERR invalid float literal: 0x10'],
    ['float("abc")', 'ERR invalid float literal: abc'],
    ['float("infx")', 'ERR invalid float literal: infx'],
    ['float(" 1.0")', 'ERR invalid float literal:  1.0'],
    ['float("")', 'ERR float: empty string'],
    ['float(None)', 'ERR float got NoneType, want number or string'],
    ['float(1, 2)', 'ERR float got 2 arguments, wants 1'],
    ['float(x=1)', 'ERR float does not accept keyword arguments'],
    ['float(1 << 511)', '6.703903964971299e+153'],
    ['float(int("1" + "0" * 308))', '1e+308'],
    ['float(int("1" + "0" * 309))', 'ERR int too large to convert to float'],
    ['float(123456789012345678901234567890)', '1.2345678901234568e+29'],
    ['float(9007199254740993)', '9.007199254740992e+15'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });
});
