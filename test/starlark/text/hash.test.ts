// hash(str) and hash(bytes) against values computed in Go (fixtures/go-strings.json)
// and the constants starlark-go's own tests use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesHash, stringHash } from '../../../src/starlark/text/hash.js';
import { fromHost } from '../../../grammar/utf8.js';
import { loadGoStrings } from './go-strings-table.js';

const rows = loadGoStrings(process.env.GO_STRINGS_TABLE);

/** Java's String.hashCode over UTF-16 code units. */
function javaHashCode(host: string): number {
  let h = 0;
  for (let i = 0; i < host.length; i++) h = (Math.imul(h, 31) + host.charCodeAt(i)) | 0;
  return h;
}

describe('stringHash', () => {
  it('matches known values', () => {
    expect(stringHash('')).toBe(0);
    expect(stringHash('a')).toBe(97);
    expect(stringHash('zzzzzzzzzz')).toBe(-1580979136);
    // Supplementary runes add their whole code point (starlark-go's quirk).
    expect(stringHash(fromHost('😀'))).toBe(0x1f600);
    expect(stringHash('\xff')).toBe(0xfffd);
  });

  it('equals Java hashCode for BMP-only text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (host) => {
        fc.pre(!/[\ud800-\udfff]/.test(host));
        expect(stringHash(fromHost(host))).toBe(javaHashCode(host));
      }),
    );
  });

  it(`matches Go for ${rows.length} table strings`, () => {
    const bad = rows.filter((r) => stringHash(r.s) !== r.javaHash);
    expect(bad.slice(0, 5).map((r) => r.s)).toEqual([]);
  });
});

describe('bytesHash', () => {
  it('is 32-bit FNV-1a, unsigned', () => {
    expect(bytesHash('')).toBe(0x811c9dc5);
    expect(bytesHash('a')).toBe(0xe40c292c);
    expect(bytesHash('ab')).toBe(0x4d2505ca);
    expect(bytesHash('abc')).toBe(0x1a47e90b);
  });

  it(`matches Go for ${rows.length} table strings`, () => {
    const bad = rows.filter((r) => bytesHash(r.s) !== r.fnv);
    expect(bad.slice(0, 5).map((r) => r.s)).toEqual([]);
  });
});
