// sys.argv and sys.executable.

import { describe, expect, it } from 'vitest';
import { errorOf, printed } from '../snippets.js';

describe('sys', () => {
  it('exposes the process arguments as a frozen list and the executable path', () => {
    expect(printed('print(type(sys.argv), len(sys.argv) == len(sys.argv), type(sys.executable), sys.executable.startswith("/"))')).toEqual([
      'list True string True',
    ]);
    expect(errorOf("sys.argv.append('x')")).toBe('Error in append: append: cannot append to frozen list');
    expect(errorOf('sys.nope')).toMatch(/^Error: module has no .nope field or method/);
  });
});
