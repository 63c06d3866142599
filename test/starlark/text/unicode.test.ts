// Checks unicode.ts rune by rune against a dump of Go's unicode/strconv packages
// (fixtures/go-unicode.json, made by gen/unicode-dump.go with Go 1.19, i.e. Unicode
// 13). The tables follow Unicode 15 (Go 1.21+), so code points assigned in Unicode
// 14/15 are instead checked against the JS engine's own Unicode properties.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isCased,
  isDigit,
  isGraphic,
  isLetter,
  isLower,
  isPrint,
  isSpace,
  isTitle,
  isUpper,
  toLower,
  toTitle,
  toUpper,
  UNICODE_VERSION,
} from '../../../src/starlark/text/unicode.js';

interface GoDump {
  flagRuns: number[];
  caseRuns: [number, number, number, number, number][];
  assignedInUnicode14or15: [number, number][];
}
const dump = JSON.parse(
  readFileSync(new URL('./fixtures/go-unicode.json', import.meta.url), 'utf8'),
) as GoDump;

function flagsOf(r: number): number {
  return (
    (isSpace(r) ? 1 : 0) |
    (isLetter(r) ? 2 : 0) |
    (isDigit(r) ? 4 : 0) |
    (isUpper(r) ? 8 : 0) |
    (isLower(r) ? 16 : 0) |
    (isTitle(r) ? 32 : 0) |
    (isPrint(r) ? 64 | 512 : 0) |
    (isGraphic(r) ? 128 : 0) |
    (isCased(r) ? 256 : 0)
  );
}

const MAX = 0x10ffff;
const isNew = new Uint8Array(MAX + 1);
for (const [a, b] of dump.assignedInUnicode14or15) isNew.fill(1, a, b + 1);

describe('unicode tables', () => {
  it('are Unicode 15.0.0', () => {
    expect(UNICODE_VERSION).toBe('15.0.0');
  });

  it('answer like Go for named cases', () => {
    expect(toUpper(0xdf)).toBe(0xdf); // ß has no simple upper case
    expect(toLower(0x130)).toBe(0x69); // İ → i
    expect(toUpper(0x131)).toBe(0x49); // ı → I
    expect(toTitle(0x1c6)).toBe(0x1c5); // ǆ → ǅ
    expect(toUpper(0x1c5)).toBe(0x1c4);
    expect(toLower(0x1c5)).toBe(0x1c6);
    expect(toUpper(0x3c2)).toBe(0x3a3); // final sigma
    expect(toLower(0x212a)).toBe(0x6b); // Kelvin sign
    expect(toUpper(0x10428)).toBe(0x10400); // Deseret
    expect(toLower(0x1e9e)).toBe(0xdf);
    expect(isSpace(0x85)).toBe(true);
    expect(isSpace(0xa0)).toBe(true);
    expect(isSpace(0x3000)).toBe(true);
    expect(isSpace(0xfeff)).toBe(false);
    expect(isSpace(0x200b)).toBe(false);
    expect(isPrint(0xa0)).toBe(false);
    expect(isPrint(0xad)).toBe(false);
    expect(isPrint(0x2028)).toBe(false);
    expect(isPrint(0xe9)).toBe(true);
    expect(isGraphic(0x3000)).toBe(true);
    expect(isCased(0xdf)).toBe(true); // folds with ẞ
    expect(isCased(0x130)).toBe(false); // folds only under Turkic rules
    expect(isCased(0xfb03)).toBe(false); // ﬃ
    expect(isTitle(0x1c5)).toBe(true);
    expect(isDigit(0x663)).toBe(true); // Arabic-Indic three
    expect(isDigit(0xb2)).toBe(false); // superscript two is No
    expect(isLetter(-1) || isPrint(MAX + 1) || isGraphic(MAX + 1)).toBe(false);
    expect(toUpper(MAX + 1)).toBe(MAX + 1);
  });

  it('match Go for every code point Unicode 13 assigned or left unassigned', () => {
    const want = new Uint16Array(MAX + 1);
    let r = 0;
    for (let i = 0; i < dump.flagRuns.length; i += 2) {
      want.fill(dump.flagRuns[i], r, r + dump.flagRuns[i + 1]);
      r += dump.flagRuns[i + 1];
    }
    expect(r).toBe(MAX + 1);
    const up = new Int32Array(MAX + 1);
    const lo = new Int32Array(MAX + 1);
    const ti = new Int32Array(MAX + 1);
    for (const [start, len, du, dl, dt] of dump.caseRuns) {
      for (let c = start; c < start + len; c++) {
        up[c] = du;
        lo[c] = dl;
        ti[c] = dt;
      }
    }
    const bad: string[] = [];
    for (let c = 0; c <= MAX; c++) {
      if (isNew[c]) continue;
      if (
        flagsOf(c) !== want[c] ||
        toUpper(c) !== c + up[c] ||
        toLower(c) !== c + lo[c] ||
        toTitle(c) !== c + ti[c]
      ) {
        if (bad.push(c.toString(16)) > 20) break;
      }
    }
    expect(bad).toEqual([]);
  });

  it('classify Unicode 14/15 additions like the JS engine does', () => {
    const L = /\p{L}/u;
    const Nd = /\p{Nd}/u;
    const Lu = /\p{Lu}/u;
    const Ll = /\p{Ll}/u;
    const printable = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
    const bad: string[] = [];
    for (let c = 0; c <= MAX; c++) {
      if (!isNew[c]) continue;
      const s = String.fromCodePoint(c);
      const ok =
        isLetter(c) === L.test(s) &&
        isDigit(c) === Nd.test(s) &&
        isUpper(c) === Lu.test(s) &&
        isLower(c) === Ll.test(s) &&
        isPrint(c) === printable.test(s) &&
        (toUpper(c) === c || String.fromCodePoint(toUpper(c)) === s.toUpperCase()) &&
        (toLower(c) === c || String.fromCodePoint(toLower(c)) === s.toLowerCase());
      if (!ok && bad.push(c.toString(16)) > 20) break;
    }
    expect(bad).toEqual([]);
  });
});
