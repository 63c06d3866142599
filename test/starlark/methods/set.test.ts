// set methods at Tilt's starlark-go (single-argument forms, no update).

import { describe, expect, it } from 'vitest';
import { callAfterFreeze, errorOf, outcome } from '../../builtins/universe/helpers.js';

describe('set methods', () => {
  it.each([
    ['set([1, 2]).union((2, 3))', 'set([1, 2, 3])'],
    ['set([1]).union([[]])', 'ERR union: unhashable type: list'],
    ['set([1]).union(1)', 'ERR union: for parameter 1: got int, want iterable'],
    ['set([1]).union([1], [2])', 'ERR union: got 2 arguments, want at most 1'],
    ['set([1]).union()', 'set([1])'],
    ['set([1, 2, 3]).symmetric_difference([2, 2, 4, 4, 5])', 'set([1, 3, 2, 5])'],
    ['set([1, 2, 3, 4]).symmetric_difference([3, 4, 5, 6])', 'set([1, 2, 5, 6])'],
    ['set().symmetric_difference([1, 1, 2])', 'set([2])'],
    ['set([1]).symmetric_difference([[1]])', 'ERR symmetric_difference: unhashable type: list'],
    ['set([1, 2, 3]).intersection([3.0, 2, 2])', 'set([3.0, 2])'],
    ['set("ab".elems()).intersection("bc".elems())', 'set(["b"])'],
    ['set().intersection([[1]])', 'ERR intersection: unhashable type: list'],
    ['set([1, 2]).difference([2, [1]])', 'ERR difference: unhashable type: list'],
    ['set().difference([[1]])', 'set([])'],
    ['set([1, 2, 3, 4]).difference(set([1, 2, 3]))', 'set([4])'],
    ['set([1]).issubset([1, 2])', 'True'],
    ['set([1, 2, 3]).issubset(set([1, 2, 4]))', 'False'],
    ['set([1]).issubset([1, [2]])', 'True'], // stops reading once every element was seen
    ['set([1]).issubset([[2], 1])', 'ERR issubset: unhashable type: list'],
    ['set().issubset([[2]])', 'True'],
    ['set([1, 2, 3]).issuperset([1, 2])', 'True'],
    ['set([1, 2, 3]).issuperset(set([1, 2, 4]))', 'False'],
    ['set().issuperset([[1]])', 'ERR issuperset: unhashable type: list'],
    ['set([1]).add([1])', 'ERR add: unhashable type: list'],
    ['set([1]).discard([1])', 'ERR discard: unhashable type: list'],
    ['set([1]).remove(2)', 'ERR remove: missing key'],
    ['set().remove([1])', 'ERR remove: missing key'],
    ['set([1]).remove([1])', 'ERR remove: unhashable type: list'],
    ['set().pop()', 'ERR pop: empty set'],
    ['set([1, 2]).pop()', '1'],
    ['set([1]).add()', 'ERR add: got 0 arguments, want 1'],
    ['set([1]).clear(1)', 'ERR clear: got 1 arguments, want 0'],
    ['set([1]).update', 'ERR set has no .update field or method'],
    [
      'dir(set())',
      '["add", "clear", "difference", "discard", "intersection", "issubset", "issuperset", "pop", "remove", "symmetric_difference", "union"]',
    ],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('mutates in place', () => {
    const prelude = 's = set([3, 1])\ns.add(2)\ns.add(1)\ns.discard(3)\ns.discard(7)\nt = set([1, 2])\nt.remove(1)\nu = set([1])\nu.clear()';
    expect(outcome('(s, s.pop(), s, t, u)', prelude)).toBe('(set([2]), 1, set([2]), set([2]), set([]))');
  });

  it.each([
    ['s.add(3)', 'add: cannot insert into hash table during iteration'],
    ['s.discard(1)', 'discard: cannot delete from hash table during iteration'],
    ['s.remove(1)', 'remove: cannot delete from hash table during iteration'],
    ['s.pop()', 'pop: cannot delete from hash table during iteration'],
    ['s.clear()', 'clear: cannot clear hash table during iteration'],
  ])('during iteration: %s', (stmt, msg) => {
    expect(errorOf(`s = set([1, 2])\ndef f():\n    for k in s:\n        ${stmt}\nf()\n`)).toBe(msg);
  });

  it('allows no-op add and discard during iteration', () => {
    expect(outcome('f()', 's = set([1, 2])\ndef f():\n    for k in s:\n        s.add(1)\n        s.discard(5)\n    return s')).toBe('set([1, 2])');
  });

  it.each([
    ['s.add(5)', 'add: cannot insert into frozen hash table'],
    ['return s.add(1)', 'OK None'], // already present: no mutation, no error
    ['s.discard(1)', 'discard: cannot delete from frozen hash table'],
    ['return s.discard(9)', 'OK None'],
    ['s.remove(9)', 'remove: cannot delete from frozen hash table'],
    ['s.pop()', 'pop: cannot delete from frozen hash table'],
    ['s.clear()', 'clear: cannot clear frozen hash table'],
    ['return e.clear()', 'OK None'], // already empty
    ['e.pop()', 'pop: empty set'],
    ['return s.union([4])', 'OK set([1, 2, 3, 4])'],
  ])('frozen: %s', (stmt, msg) => {
    expect(callAfterFreeze(`s = set([1, 2, 3])\ne = set()\ndef f():\n    ${stmt}\n`)).toBe(msg);
  });
});
