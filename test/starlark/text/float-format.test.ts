// Float formatting against starlark-go: a Go-generated table (fixtures/go-float.json,
// made by gen/float-oracle.go) plus fast-check properties over arbitrary doubles.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFloat, formatFloatConv } from '../../../src/starlark/text/float-format.js';

const rows = JSON.parse(
  readFileSync(new URL('./fixtures/go-float.json', import.meta.url), 'utf8'),
) as [string, string, string, string][];

const view = new DataView(new ArrayBuffer(8));
function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const anyDouble = fc.oneof(
  fc.double(),
  fc.double({ min: -1e-300, max: 1e-300 }),
  fc.integer().map((n) => n * 1000),
  fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }).map(Number),
  fc.constantFrom(0, -0, 5e-324, -5e-324, 1.7976931348623157e308, 2.2250738585072014e-308),
);

describe('formatFloat (str/repr/%g)', () => {
  it('matches the documented examples', () => {
    const cases: [number, string][] = [
      [1, '1.0'],
      [100000, '100000.0'],
      [123456, '123456.0'],
      [1e6, '1e+06'],
      [1234567, '1.234567e+06'],
      [1e16, '1e+16'],
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [123456789012345678, '1.2345678901234568e+17'],
      [1e100, '1e+100'],
      [1.5e-300, '1.5e-300'],
      [-0, '-0.0'],
      [0, '0.0'],
      [0.1 + 0.2, '0.30000000000000004'],
      [Infinity, '+inf'],
      [-Infinity, '-inf'],
      [NaN, 'nan'],
    ];
    for (const [x, want] of cases) expect(formatFloat(x)).toBe(want);
  });

  it(`matches Go for ${rows.length} table values`, () => {
    const bad: string[] = [];
    for (const [bits, g] of rows) {
      const x = fromBits(bits);
      if (formatFloat(x) !== g) bad.push(`${bits}: ${formatFloat(x)} != ${g}`);
      if (formatFloatConv(x, 'g') !== g) bad.push(`%g ${bits}`);
      if (formatFloatConv(x, 'G') !== g.replace('e', 'E')) bad.push(`%G ${bits}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('reads back as the same double, with a point or an exponent', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        fc.pre(Number.isFinite(x));
        const s = formatFloat(x);
        expect(Object.is(Number(s), x)).toBe(true);
        expect(/^-?\d+(\.\d+)?(e[-+]\d\d+)?$/.test(s) && /[.e]/.test(s)).toBe(true);
        // Exponent form exactly when the decimal exponent is < -4 or >= 6.
        const ax = Math.abs(x);
        expect(s.includes('e')).toBe(ax !== 0 && (ax < 1e-4 || ax >= 1e6));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatFloatConv (%e %E %f %F)', () => {
  it('matches the documented examples', () => {
    expect(formatFloatConv(1e20, 'f')).toBe('100000000000000000000.000000');
    expect(formatFloatConv(1.5, 'f')).toBe('1.500000');
    expect(formatFloatConv(-0, 'f')).toBe('-0.000000');
    expect(formatFloatConv(-1e-9, 'f')).toBe('-0.000000');
    expect(formatFloatConv(0.0078125, 'f')).toBe('0.007812'); // exact tie → even
    expect(formatFloatConv(0.0234375, 'f')).toBe('0.023438');
    expect(formatFloatConv(12345665, 'e')).toBe('1.234566e+07'); // exact tie → even
    expect(formatFloatConv(12345675, 'e')).toBe('1.234568e+07');
    expect(formatFloatConv(9999999.5, 'e')).toBe('1.000000e+07');
    expect(formatFloatConv(0, 'e')).toBe('0.000000e+00');
    expect(formatFloatConv(5e-324, 'e')).toBe('4.940656e-324');
    expect(formatFloatConv(1e300, 'E')).toBe('1.000000E+300');
    expect(formatFloatConv(1.5, 'F')).toBe('%F'); // Go's FormatFloat has no 'F' verb
    expect(formatFloatConv(Infinity, 'F')).toBe('+inf');
    expect(formatFloatConv(-Infinity, 'e')).toBe('-inf');
    expect(formatFloatConv(NaN, 'f')).toBe('nan');
  });

  it(`matches Go for ${rows.length} table values`, () => {
    const bad: string[] = [];
    for (const [bits, g, e, f] of rows) {
      const x = fromBits(bits);
      const special = g === '+inf' || g === '-inf' || g === 'nan';
      if (formatFloatConv(x, 'e') !== e) bad.push(`%e ${bits}: ${formatFloatConv(x, 'e')} != ${e}`);
      if (formatFloatConv(x, 'E') !== e.replace('e', 'E')) bad.push(`%E ${bits}`);
      if (formatFloatConv(x, 'f') !== f) bad.push(`%f ${bits}: ${formatFloatConv(x, 'f')} != ${f}`);
      if (formatFloatConv(x, 'F') !== (special ? g : '%F')) bad.push(`%F ${bits}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('%f agrees with toFixed(6) where JS and Go cannot differ', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        // toFixed rounds exact ties up (ties are the odd multiples of 2^-7) and
        // switches to exponent notation from 1e21.
        const tie = Number.isInteger(x * 128) && Math.abs(x * 128) % 2 === 1;
        fc.pre(!tie && Math.abs(x) < 1e21 && !Object.is(x, -0));
        expect(formatFloatConv(x, 'f')).toBe(x.toFixed(6));
      }),
      { numRuns: 5000 },
    );
  });

  it('%e agrees with toExponential(6) where JS and Go cannot differ', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        fc.pre(Number.isFinite(x) && x !== 0);
        // 21 significant digits show whether the 8th is possibly an exact tie.
        const wide = Math.abs(x).toExponential(20);
        fc.pre(!/^\d\.\d{6}50+e/.test(wide));
        const js = x.toExponential(6).replace(/e([-+])(\d)$/, 'e$10$2');
        expect(formatFloatConv(x, 'e')).toBe(js);
      }),
      { numRuns: 5000 },
    );
  });

  it('%e and %f read back to values within rounding distance', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        fc.pre(Number.isFinite(x));
        const e = Number(formatFloatConv(x, 'e'));
        expect(Math.abs(e - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-7);
        const f = Number(formatFloatConv(x, 'f'));
        expect(Math.abs(f - x)).toBeLessThanOrEqual(Math.max(5e-7, Math.abs(x) * 1e-15));
      }),
      { numRuns: 3000 },
    );
  });
});
