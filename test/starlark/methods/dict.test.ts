// dict methods and the dict() constructor's update rules.

import { describe, expect, it } from 'vitest';
import { callAfterFreeze, errorOf, outcome } from '../../builtins/universe/helpers.js';

describe('dict methods', () => {
  it.each([
    ['{}.pop(1)', 'ERR pop: missing key'],
    ['{}.pop([1])', 'ERR pop: missing key'], // an empty table hashes nothing
    ['{1: 2}.pop([1])', 'ERR pop: unhashable type: list'],
    ['{1: 2}.pop(3, "d")', '"d"'],
    ['{1: 2}.pop(1.0)', '2'],
    ['{1: 2}.pop()', 'ERR pop: got 0 arguments, want at least 1'],
    ['{}.popitem()', 'ERR popitem: empty dict'],
    ['{}.get([1])', 'ERR get: unhashable type: list'],
    ['{1: 2}.get(1)', '2'],
    ['{1: 2}.get(3)', 'None'],
    ['{1: 2}.get(3, 4)', '4'],
    ['{}.get()', 'ERR get: got 0 arguments, want at least 1'],
    ['{}.get(1, default=2)', 'ERR get: unexpected keyword arguments'],
    ['{}.setdefault([1])', 'ERR setdefault: unhashable type: list'],
    ['{}.setdefault(1)', 'None'],
    ['{}.update(1)', 'ERR update: got int, want iterable'],
    ['{}.update(None)', 'ERR update: got NoneType, want iterable'],
    ['{}.update([1])', 'ERR update: dictionary update sequence element #0 is not iterable (int)'],
    ['{}.update([(1, 2)], [(3, 4)])', 'ERR update: got 2 arguments, want at most 1'],
    ['{}.keys(1)', 'ERR keys: got 1 arguments, want 0'],
    ['{1: 2, 3: 4}.items()', '[(1, 2), (3, 4)]'],
    ['{1: 2, 3: 4}.keys()', '[1, 3]'],
    ['{1: 2, 3: 4}.values()', '[2, 4]'],
    ['{1: 2}.clear()', 'None'],
    ['dir({})', '["clear", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('keeps insertion order through updates', () => {
    const prelude = `
d = {"a": 1, "b": 2}
d["a"] = 3
d.update([("c", 4)], b=5)
snap = (dict(d), d.popitem(), d.setdefault("z"), dict(d), d.pop("c"), d.keys(), d.values(), d.items())
e = {}
e.update({"x": 1}, x=2)
f = {1: 2}
f.update(f)
`;
    expect(outcome('snap', prelude)).toBe(
      '({"a": 3, "b": 5, "c": 4}, ("a", 3), None, {"b": 5, "c": 4, "z": None}, 4, ["b", "z"], [5, None], [("b", 5), ("z", None)])',
    );
    expect(outcome('(e, f)', prelude)).toBe('({"x": 2}, {1: 2})');
  });

  it('returns new lists from items/keys/values', () => {
    expect(outcome('(d.keys().append(9), d)', 'd = {1: 2}')).toBe('(None, {1: 2})');
  });

  it.each([
    ['d.pop(1)', 'pop: cannot delete from hash table during iteration'],
    ['d.popitem()', 'popitem: cannot delete from hash table during iteration'],
    ['d.setdefault(2, 3)', 'setdefault: cannot insert into hash table during iteration'],
    ['d.update(a=1)', 'update: cannot insert into hash table during iteration'],
    ['d.clear()', 'cannot clear hash table during iteration'],
  ])('during iteration: %s', (stmt, msg) => {
    expect(errorOf(`d = {1: 2}\ndef f():\n    for k in d:\n        ${stmt}\nf()\n`)).toBe(msg);
  });

  it('allows non-mutating calls during iteration', () => {
    expect(outcome('f()', 'd = {1: 2}\ndef f():\n    for k in d:\n        d.setdefault(1, 3)\n        d.update()\n    return d')).toBe('{1: 2}');
  });

  it.each([
    ['d.pop(1)', 'pop: cannot delete from frozen hash table'],
    ['d.pop(9, 0)', 'pop: cannot delete from frozen hash table'],
    ['e.pop(9, 0)', 'pop: cannot delete from frozen hash table'],
    ['d.popitem()', 'popitem: cannot delete from frozen hash table'],
    ['e.popitem()', 'popitem: empty dict'],
    ['d.setdefault(2, 3)', 'setdefault: cannot insert into frozen hash table'],
    ['d.update({"a": 8})', 'update: cannot insert into frozen hash table'],
    ['d.clear()', 'cannot clear frozen hash table'],
    ['e.clear()', 'cannot clear frozen hash table'],
    ['return d.setdefault(1, 3)', 'OK 2'],
    ['return e.update()', 'OK None'],
  ])('frozen: %s', (stmt, msg) => {
    expect(callAfterFreeze(`d = {1: 2}\ne = {}\ndef f():\n    ${stmt}\n`)).toBe(msg);
  });
});

describe('dict()', () => {
  it.each([
    ['dict()', '{}'],
    ['dict([(1, 2)])', '{1: 2}'],
    ['dict([[1, 2]], a=3)', '{1: 2, "a": 3}'],
    ['dict({"a": 1}, b=2)', '{"a": 1, "b": 2}'],
    ['dict({1: 2, 3: 4}.items())', '{1: 2, 3: 4}'],
    ['dict([set([1, 2])])', '{1: 2}'],
    ['dict(1)', 'ERR dict: got int, want iterable'],
    ['dict([1])', 'ERR dict: dictionary update sequence element #0 is not iterable (int)'],
    ['dict([(1, 2, 3)])', 'ERR dict: dictionary update sequence element #0 has length 3, want 2'],
    ['dict(["ab"])', 'ERR dict: dictionary update sequence element #0 is not iterable (string)'],
    ['dict(["ab".elems()])', '{"a": "b"}'],
    ['dict([[[], 1]])', 'ERR dict: unhashable type: list'],
    ['dict({}, {})', 'ERR dict: got 2 arguments, want at most 1'],
    ['dict([(1, 2)], **{"a": 1})', '{1: 2, "a": 1}'],
    ['dict([("a", 1)], **{"a": 2})', '{"a": 2}'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('reports duplicate keyword arguments', () => {
    expect(errorOf('d = dict({"b": 3}, a=4, **dict(a=5))')).toBe('dict: duplicate keyword arg: "a"');
  });
});
