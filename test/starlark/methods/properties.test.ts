// Properties: for random byte strings (ASCII, multi-byte UTF-8 and invalid bytes) the
// search, split, replace, strip and partition methods agree with deliberately naive
// byte-array versions written here from the Go semantics, independent of the
// implementation's JS-string shortcuts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../../src/starlark/methods/index.js';
import { decodeRune } from '../../../grammar/utf8.js';
import { methodsOf } from '../../../src/starlark/ops/attr.js';
import { Thread } from '../../../src/starlark/thread.js';
import { List } from '../../../src/starlark/values/list.js';
import { Tuple } from '../../../src/starlark/values/tuple.js';
import { None, type Value } from '../../../src/starlark/values/value.js';

const call = (recv: string, m: string, args: Value[]): Value => methodsOf('string')![m](new Thread(), recv, args, null, m);

// ---- the naive oracle, on arrays of byte values ----

const bytesOf = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const strOf = (a: number[]): string => String.fromCharCode(...a);

function matchAt(h: number[], n: number[], i: number): boolean {
  if (i < 0 || i + n.length > h.length) return false;
  for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) return false;
  return true;
}

/** Python-style optional start/end, clamped to [0, len]. */
function clampIndex(v: number | undefined, len: number, dflt: number): number {
  if (v === undefined) return dflt;
  const i = v < 0 ? v + len : v;
  return Math.min(Math.max(i, 0), len);
}

function oracleFind(s: string, sub: string, last: boolean, start?: number, end?: number): number {
  const h = bytesOf(s);
  const n = bytesOf(sub);
  const a = clampIndex(start, h.length, 0);
  const z = clampIndex(end, h.length, h.length);
  if (a >= z) return n.length === 0 ? a : -1;
  const positions: number[] = [];
  for (let i = a; i + n.length <= z; i++) if (matchAt(h, n, i)) positions.push(i);
  if (positions.length === 0) return -1;
  return last ? positions[positions.length - 1] : positions[0];
}

/** Byte offsets where runes start (Go's decoding: an invalid byte is a one-byte rune). */
function runeStarts(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += decodeRune(s, i).size) out.push(i);
  return out;
}

function oracleCount(s: string, sub: string): number {
  if (sub === '') return runeStarts(s).length + 1;
  const h = bytesOf(s);
  const n = bytesOf(sub);
  let count = 0;
  for (let i = 0; i + n.length <= h.length; ) {
    if (matchAt(h, n, i)) {
      count++;
      i += n.length;
    } else i++;
  }
  return count;
}

function oracleReplace(s: string, old: string, repl: string, limit: number): string {
  const h = bytesOf(s);
  const o = bytesOf(old);
  const out: number[] = [];
  let done = 0;
  const can = () => limit < 0 || done < limit;
  if (o.length === 0) {
    const starts = new Set(runeStarts(s));
    for (let i = 0; i <= h.length; i++) {
      if ((starts.has(i) || i === h.length) && can()) {
        out.push(...bytesOf(repl));
        done++;
      }
      if (i < h.length) out.push(h[i]);
    }
    return strOf(out);
  }
  for (let i = 0; i < h.length; ) {
    if (can() && matchAt(h, o, i)) {
      out.push(...bytesOf(repl));
      done++;
      i += o.length;
    } else out.push(h[i++]);
  }
  return strOf(out);
}

function oracleSplit(s: string, sep: string, maxsplit: number): string[] {
  const h = bytesOf(s);
  const p = bytesOf(sep);
  const out: string[] = [];
  let cur: number[] = [];
  for (let i = 0; i < h.length; ) {
    if ((maxsplit < 0 || out.length < maxsplit) && matchAt(h, p, i)) {
      out.push(strOf(cur));
      cur = [];
      i += p.length;
    } else cur.push(h[i++]);
  }
  out.push(strOf(cur));
  return out;
}

/**
 * starlark-go's rsplit with a separator splits everything from the left and glues the
 * leading excess back together, so with overlapping separators ("aa\t\t\ta".rsplit("\t\t", 1))
 * it cuts where a left-to-right scan does, unlike Python.
 */
function oracleRsplit(s: string, sep: string, maxsplit: number): string[] {
  const all = oracleSplit(s, sep, -1);
  if (maxsplit < 0 || all.length <= maxsplit) return all;
  const keep = all.length - maxsplit;
  return [all.slice(0, keep).join(sep), ...all.slice(keep)];
}

const GO_SPACE = new Set([9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
for (let r = 0x2000; r <= 0x200a; r++) GO_SPACE.add(r);

/** Go's Trim family: whole runes, an invalid byte counting as U+FFFD. */
function oracleStrip(s: string, cut: Set<number>, left: boolean, right: boolean): string {
  const runes = runeStarts(s).map((i) => ({ i, ...decodeRune(s, i) }));
  let a = 0;
  let z = runes.length;
  if (left) while (a < z && cut.has(runes[a].r)) a++;
  if (right) while (z > a && cut.has(runes[z - 1].r)) z--;
  if (a === z) return '';
  return s.slice(runes[a].i, runes[z - 1].i + runes[z - 1].size);
}

const runeSet = (chars: string) => new Set(runeStarts(chars).map((i) => decodeRune(chars, i).r));

// ---- inputs ----

const asciiPieces = ['a', 'b', 'ab', ' ', ',', '\n', '\t'];
const mixedPieces = [
  ...asciiPieces,
  '\xc3\xa9', // é
  '\xe6\x97\xa5', // 日
  '\xf0\x9f\x98\xbf', // 😿
  '\xc2\xa0', // no-break space
  '\xe2\x80\xa8', // line separator
  '\xef\xbf\xbd', // U+FFFD itself
  '\xff',
  '\xce',
  '\x82',
  '\xe2\x82',
];
const text = (pieces: string[], max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(''));
const kinds: [string, string[]][] = [
  ['ASCII', asciiPieces],
  ['non-ASCII and invalid', mixedPieces],
];

/** A haystack and a needle that is often (not always) a piece of it. */
const hayAndNeedle = (pieces: string[]) =>
  fc.tuple(text(pieces, 14), text(pieces, 3), fc.nat(), fc.nat(), fc.boolean()).map(([h, other, i, j, inside]) => {
    const a = Math.min(i, j) % (h.length + 1);
    const z = Math.min(a + (Math.max(i, j) % 4), h.length);
    return [h, inside ? h.slice(a, z) : other] as const;
  });

const idx = fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined });

/** start/end as the method receives them: absent, None or an int. */
function rangeArgs(start: number | undefined, end: number | undefined, noneStart: boolean): Value[] {
  if (end !== undefined) return [start === undefined ? None : start, end];
  if (start !== undefined) return [start];
  return noneStart ? [None] : [];
}

for (const [kind, pieces] of kinds) {
  describe(`string methods agree with a byte-level oracle (${kind})`, () => {
    it('find, rfind, index, rindex', () => {
      fc.assert(
        fc.property(hayAndNeedle(pieces), idx, idx, fc.boolean(), ([h, n], start, end, noneStart) => {
          const args = [n, ...rangeArgs(start, end, noneStart)];
          const f = oracleFind(h, n, false, start, end);
          const r = oracleFind(h, n, true, start, end);
          expect(call(h, 'find', args)).toBe(f);
          expect(call(h, 'rfind', args)).toBe(r);
          if (f >= 0) expect(call(h, 'index', args)).toBe(f);
          else expect(() => call(h, 'index', args)).toThrow('index: substring not found');
          if (r >= 0) expect(call(h, 'rindex', args)).toBe(r);
          else expect(() => call(h, 'rindex', args)).toThrow('rindex: substring not found');
        }),
        { numRuns: 400 },
      );
    });

    it('count', () => {
      fc.assert(
        fc.property(hayAndNeedle(pieces), idx, idx, ([h, n], start, end) => {
          const a = clampIndex(start, h.length, 0);
          const z = clampIndex(end, h.length, h.length);
          const want = oracleCount(a < z ? h.slice(a, z) : '', n);
          expect(call(h, 'count', [n, ...rangeArgs(start, end, false)])).toBe(want);
        }),
        { numRuns: 400 },
      );
    });

    it('startswith, endswith', () => {
      fc.assert(
        fc.property(hayAndNeedle(pieces), idx, idx, ([h, n], start, end) => {
          const a = clampIndex(start, h.length, 0);
          const z = Math.max(a, clampIndex(end, h.length, h.length));
          const region = bytesOf(h).slice(a, z);
          const p = bytesOf(n);
          const starts = p.length <= region.length && p.every((c, k) => region[k] === c);
          const ends = p.length <= region.length && p.every((c, k) => region[region.length - p.length + k] === c);
          const range = rangeArgs(start, end, false);
          expect(call(h, 'startswith', [n, ...range])).toBe(starts);
          expect(call(h, 'endswith', [n, ...range])).toBe(ends);
          expect(call(h, 'startswith', [new Tuple(['\x00', n]), ...range])).toBe(starts);
        }),
        { numRuns: 400 },
      );
    });

    it('replace', () => {
      fc.assert(
        fc.property(hayAndNeedle(pieces), text(pieces, 2), fc.integer({ min: -2, max: 5 }), ([h, old], repl, limit) => {
          expect(call(h, 'replace', [old, repl, limit])).toBe(oracleReplace(h, old, repl, limit));
          expect(call(h, 'replace', [old, repl])).toBe(oracleReplace(h, old, repl, -1));
        }),
        { numRuns: 400 },
      );
    });

    it('split, rsplit with a separator', () => {
      fc.assert(
        fc.property(hayAndNeedle(pieces), fc.integer({ min: -2, max: 5 }), ([h, sep], maxsplit) => {
          fc.pre(sep !== '');
          const elems = (v: Value) => (v as List).elems;
          expect(elems(call(h, 'split', [sep, maxsplit]))).toEqual(oracleSplit(h, sep, maxsplit));
          expect(elems(call(h, 'rsplit', [sep, maxsplit]))).toEqual(oracleRsplit(h, sep, maxsplit));
          expect(elems(call(h, 'split', [sep]))).toEqual(oracleSplit(h, sep, -1));
          expect(elems(call(h, 'rsplit', [sep]))).toEqual(oracleSplit(h, sep, -1));
        }),
        { numRuns: 400 },
      );
    });

    it('split without a separator is the fields between Go-whitespace runs', () => {
      fc.assert(
        fc.property(text(pieces, 14), (h) => {
          const fields: string[] = [];
          let cur = '';
          for (const i of runeStarts(h)) {
            const { r, size } = decodeRune(h, i);
            if (GO_SPACE.has(r)) {
              if (cur) fields.push(cur);
              cur = '';
            } else cur += h.slice(i, i + size);
          }
          if (cur) fields.push(cur);
          expect((call(h, 'split', []) as List).elems).toEqual(fields);
          expect((call(h, 'rsplit', [None]) as List).elems).toEqual(fields);
          expect((call(h, 'split', [None, 100]) as List).elems).toEqual(fields);
        }),
        { numRuns: 300 },
      );
    });

    it('strip, lstrip, rstrip', () => {
      fc.assert(
        fc.property(text(pieces, 10), text(pieces, 3), (h, chars) => {
          const cut = chars === '' ? GO_SPACE : runeSet(chars);
          expect(call(h, 'strip', [chars])).toBe(oracleStrip(h, cut, true, true));
          expect(call(h, 'lstrip', [chars])).toBe(oracleStrip(h, cut, true, false));
          expect(call(h, 'rstrip', [chars])).toBe(oracleStrip(h, cut, false, true));
          expect(call(h, 'strip', [])).toBe(oracleStrip(h, GO_SPACE, true, true));
        }),
        { numRuns: 400 },
      );
    });

    it('partition, rpartition', () => {
      fc.assert(
        fc.property(hayAndNeedle(pieces), ([h, sep]) => {
          fc.pre(sep !== '');
          const f = oracleFind(h, sep, false);
          const r = oracleFind(h, sep, true);
          const cut = (i: number) => [h.slice(0, i), sep, h.slice(i + sep.length)];
          expect((call(h, 'partition', [sep]) as Tuple).elems).toEqual(f < 0 ? [h, '', ''] : cut(f));
          expect((call(h, 'rpartition', [sep]) as Tuple).elems).toEqual(r < 0 ? ['', '', h] : cut(r));
        }),
        { numRuns: 300 },
      );
    });

    it('join then split round-trips when the separator does not occur', () => {
      fc.assert(
        fc.property(fc.array(text(pieces, 4), { maxLength: 6 }), (parts) => {
          const sep = '\x00;';
          const joined = call(sep, 'join', [new List(parts)]) as string;
          expect(joined).toBe(parts.join(sep));
          if (parts.length > 0) expect((call(joined, 'split', [sep]) as List).elems).toEqual(parts);
        }),
      );
    });

    it('upper and lower are idempotent; on ASCII they are the usual case maps', () => {
      fc.assert(
        fc.property(text(pieces, 12), (h) => {
          const up = call(h, 'upper', []) as string;
          const low = call(h, 'lower', []) as string;
          expect(call(up, 'upper', [])).toBe(up);
          expect(call(low, 'lower', [])).toBe(low);
          if (!/[^\x00-\x7f]/.test(h)) {
            expect(up).toBe(h.toUpperCase());
            expect(call(up, 'lower', [])).toBe(h.toLowerCase());
            expect(call(low, 'upper', [])).toBe(up);
          }
        }),
      );
    });
  });
}
