// list methods: results, argument errors, and frozen / during-iteration errors.

import { describe, expect, it } from 'vitest';
import { callAfterFreeze, errorOf, outcome } from '../../builtins/universe/helpers.js';

describe('list methods', () => {
  it.each([
    ['[1].append(2) or 0', '0'],
    ['[1].append()', 'ERR append: got 0 arguments, want 1'],
    ['[1].append(1, 2)', 'ERR append: got 2 arguments, want 1'],
    ['[1].append(x=1)', 'ERR append: unexpected keyword arguments'],
    ['[1].clear(1)', 'ERR clear: got 1 arguments, want 0'],
    ['[1].extend(1)', 'ERR extend: for parameter 1: got int, want iterable'],
    ['[1].extend()', 'ERR extend: got 0 arguments, want 1'],
    ['[1, 2, 3].index(2)', '1'],
    ['[1, 2, 3].index(4)', 'ERR index: value not in list'],
    ['[1, 2, 3, 2].index(2, 2)', '3'],
    ['[1, 2, 3].index(2, -1)', 'ERR index: value not in list'],
    ['[1, 2, 3].index(3, -1)', '2'],
    ['[1, 2].index(1, None, None)', '0'],
    ['[1, 2].index(1, 0, 1 << 40)', 'ERR index: invalid end index: 1099511627776 out of range'],
    ['[1, 2].index(1, "a")', 'ERR index: invalid start index: got string, want int'],
    ['[1, 2].index()', 'ERR index: got 0 arguments, want at least 1'],
    ['[1.0, 1].index(1)', '0'],
    ['[1].insert(0)', 'ERR insert: got 1 arguments, want 2'],
    ['[1].insert("a", 1)', 'ERR insert: for parameter 1: got string, want int'],
    ['[].insert(1 << 70, 1)', 'ERR insert: for parameter 1: 1180591620717411303424 out of range (want value in signed 64-bit range)'],
    ['[].pop()', 'ERR pop: index -1 out of range: empty list'],
    ['[1, 2].pop(5)', 'ERR pop: list index 5 out of range [-2:1]'],
    ['[1, 2].pop(-3)', 'ERR pop: list index -3 out of range [-2:1]'],
    ['[1, 2].pop("a")', 'ERR pop: for parameter 1: got string, want int'],
    ['[1, 2].remove(3)', 'ERR remove: element not found'],
    ['[1, 2].remove()', 'ERR remove: got 0 arguments, want 1'],
    ['[].nope', 'ERR list has no .nope field or method'],
    ['[].apend', 'ERR list has no .apend field or method (did you mean .append?)'],
    ['dir([])', '["append", "clear", "extend", "index", "insert", "pop", "remove"]'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('mutates in place', () => {
    const prelude = `
x = [1]
x.extend(x)
x.extend((5,))
x.extend({7: 8})
x.insert(-100, 0)
x.insert(100, 9)
x.insert(-1, 8)
y = [1, 2, 3, 4]
popped = (y.pop(), y.pop(0), y.pop(-1))
z = [3, 1, 3, 2]
z.remove(3)
w = [1, 2]
w.clear()
`;
    expect(outcome('(x, y, popped, z, w)', prelude)).toBe('([0, 1, 1, 5, 7, 8, 9], [2], (4, 1, 3), [1, 3, 2], [])');
  });

  it.each([
    ['x.append(1)', 'append: cannot append to list during iteration'],
    ['x.clear()', 'clear: cannot clear list during iteration'],
    ['x.pop()', 'pop: cannot pop from list during iteration'],
    ['x.pop(7)', 'pop: list index 7 out of range [-3:2]'],
    ['x.insert(0, 1)', 'insert: cannot insert into list during iteration'],
    ['x.remove(1)', 'remove: cannot remove from list during iteration'],
    ['x.extend([1])', 'extend: cannot extend list during iteration'],
  ])('during iteration: %s', (stmt, msg) => {
    expect(errorOf(`x = [1, 2, 3]\ndef f():\n    for e in x:\n        ${stmt}\nf()\n`)).toBe(msg);
  });

  it.each([
    ['x.append(1)', 'append: cannot append to frozen list'],
    ['x.clear()', 'clear: cannot clear frozen list'],
    ['x.pop()', 'pop: cannot pop from frozen list'],
    ['x.insert(0, 1)', 'insert: cannot insert into frozen list'],
    ['x.remove(1)', 'remove: cannot remove from frozen list'],
    ['x.extend([])', 'extend: cannot extend frozen list'],
  ])('frozen: %s', (stmt, msg) => {
    expect(callAfterFreeze(`x = [1, 2, 3]\ndef f():\n    ${stmt}\n`)).toBe(msg);
  });

  it('reads frozen lists', () => {
    expect(callAfterFreeze('x = [1, 2, 3]\ndef f():\n    return x.index(3)\n')).toBe('OK 2');
  });
});
