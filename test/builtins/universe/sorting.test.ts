// sorted, min, max; and the emulation of Go's sort.Stable that decides which comparison
// error sorted() reports for mixed-type input.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goStableSort } from '../../../builtins/universe/go-sort.js';
import { errorOf, outcome } from './helpers.js';

describe('sorted, min, max', () => {
  it.each([
    ['sorted([3, 1, 2])', '[1, 2, 3]'],
    ['sorted([3, 1, 2], reverse=True)', '[3, 2, 1]'],
    ['sorted(["b", "a", "c"])', '["a", "b", "c"]'],
    ['sorted([1, 2.5, 0.5, -1])', '[-1, 0.5, 1, 2.5]'],
    ['sorted([[2], [1, 2], [1]])', '[[1], [1, 2], [2]]'],
    ['sorted([(1, "b"), (1, "a")])', '[(1, "a"), (1, "b")]'],
    ['sorted([1, "a"])', 'ERR string < int not implemented'],
    ['sorted(["a", 1])', 'ERR int < string not implemented'],
    ['sorted([None, None])', 'ERR NoneType < NoneType not implemented'],
    ['sorted([1, None, "a"])', 'ERR string < NoneType not implemented'],
    ['sorted(["x", "yy", "z"], key=len)', '["x", "z", "yy"]'],
    ['sorted(["x", "yy", "z"], key=len, reverse=True)', '["yy", "x", "z"]'],
    ['sorted([3, 1, 2], key=lambda x: -x)', '[3, 2, 1]'],
    ['sorted(1)', 'ERR sorted: for parameter iterable: got int, want iterable'],
    ['sorted([1], key=1)', 'ERR sorted: for parameter "key": got int, want callable'],
    ['sorted([1], reverse=1)', 'ERR sorted: for parameter "reverse": got int, want bool'],
    ['sorted([1], foo=1)', 'ERR sorted: unexpected keyword argument "foo"'],
    ['sorted([1], lambda x: x)', '[1]'],
    ['sorted({"b": 1, "a": 2})', '["a", "b"]'],
    ['sorted(set([3, 1, 2]))', '[1, 2, 3]'],
    ['sorted("abc".elems(), reverse=True)', '["c", "b", "a"]'],
    ['sorted([2, 1], None)', 'ERR sorted: for parameter key: got NoneType, want callable'],
    ['sorted([float("nan"), 1, 0.5, float("inf")])', '[0.5, 1, +inf, nan]'],
    ['min(3, 1, 2)', '1'],
    ['max(3, 1, 2)', '3'],
    ['min([3, 1, 2])', '1'],
    ['max("abc".elems())', '"c"'],
    ['min([])', 'ERR min: argument is an empty sequence'],
    ['min()', 'ERR min requires at least one positional argument'],
    ['min(1)', 'ERR min: int value is not iterable'],
    ['min(1, "a")', 'ERR min: string < int not implemented'],
    ['max(1, "a")', 'ERR max: string > int not implemented'],
    ['min(["a", 1])', 'ERR min: int < string not implemented'],
    ['min([1, 2], key=lambda x: -x)', '2'],
    ['max([1, 2], key=lambda x: -x)', '1'],
    ['min([1, 2], key=1)', 'ERR min: for parameter "key": got int, want callable'],
    ['min([1, 2], foo=1)', 'ERR min: unexpected keyword argument "foo"'],
    ['max([[1], [0, 5]])', '[1]'],
    ['min(1, 1.0)', '1'],
    ['max(1, 1.0)', '1'],
    ['max([1, 3, 3.0])', '3'],
    ['sorted([1, None, "a"])', 'ERR string < NoneType not implemented'],
    ['sorted(["a", 1, None, 2.0, [], ()])', 'ERR tuple < list not implemented'],
    ['sorted([3, "a", 1, "b", 2, "c"] * 10)', 'ERR int < string not implemented'],
    ['sorted([None] + list(range(50)) + ["x"], reverse=True)', 'ERR int < string not implemented'],
    ['sorted(["b", "a"], key=lambda x: fail("boom"))', 'ERR fail: boom'],
    ['min([1, 2], key=lambda x: fail("boom"))', 'ERR fail: boom'],
    ['sorted([])', '[]'],
    ['sorted([None])', '[None]'],
    ['sorted([(4, 0), (3, 1), (4, 2), (2, 3), (3, 4), (1, 5)], key=lambda p: p[0])', '[(1, 5), (2, 3), (3, 1), (3, 4), (4, 0), (4, 2)]'],
    ['sorted([(4, 0), (3, 1), (4, 2), (3, 4)], key=lambda p: p[0], reverse=True)', '[(4, 0), (4, 2), (3, 1), (3, 4)]'],
    ['sorted(["é", "z", "a"])', '["a", "z", "é"]'],
    ['sorted([1 << 70, -(1 << 70), 0.5])', '[-1180591620717411303424, 0.5, 1180591620717411303424]'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('calls the key function once per element, in order', () => {
    expect(outcome('(sorted([3, 1, 2], key=k), seen)', 'seen = []\ndef k(x):\n    seen.append(x)\n    return x')).toBe('([1, 2, 3], [3, 1, 2])');
  });

  it('keeps the key function error and its call stack', () => {
    expect(errorOf('def k(x):\n    return x < None\nsorted([1, 2], key=k)')).toBe('int < NoneType not implemented');
  });
});

interface Sample {
  keys: number[];
  calls: number[];
  order: number[];
}

describe("Go's sort.Stable emulation", () => {
  // Go writes empty slices as null.
  const samples = (JSON.parse(readFileSync(new URL('./fixtures/go-sort.json', import.meta.url), 'utf8')) as Sample[]).map((s) => ({
    keys: s.keys ?? [],
    calls: s.calls ?? [],
    order: s.order ?? [],
  }));
  it.each(samples.map((s) => [s.keys.length, s] as const))('makes the same comparisons as Go for n=%i', (_n, s) => {
    const keys = s.keys.slice();
    const idx = keys.map((_, i) => i);
    const calls: number[] = [];
    goStableSort(
      {
        less: (i, j) => {
          calls.push(i, j);
          return keys[i] < keys[j];
        },
        swap: (i, j) => {
          [keys[i], keys[j]] = [keys[j], keys[i]];
          [idx[i], idx[j]] = [idx[j], idx[i]];
        },
      },
      keys.length,
    );
    expect(calls).toEqual(s.calls);
    expect(idx).toEqual(s.order);
  });
});
