// shlex.quote: POSIX single-quote escaping, as Tilt does it.

import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../../../builtins/tilt/shlex/index.js';
import { errorOf, printed } from '../snippets.js';

describe('shlex.quote', () => {
  it('leaves safe strings alone and single-quotes the rest', () => {
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('abc-DEF_0.9/x:y,z=1+2%@')).toBe('abc-DEF_0.9/x:y,z=1+2%@');
    expect(shellQuote("foo '$FOO'")).toBe(`'foo '"'"'$FOO'"'"''`);
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('\xc3\xa9')).toBe("'\xc3\xa9'");
  });

  it('is called with a str named `name`', () => {
    expect(printed("print(shlex.quote(name='a b'))")).toEqual(["'a b'"]);
    expect(errorOf("shlex.quote(s='x')")).toBe('Error in shlex.quote: shlex.quote: unexpected keyword argument "s"');
    expect(errorOf("shlex.quote(blob('x'))")).toBe('Error in shlex.quote: shlex.quote: for parameter name: got blob, want string');
  });
});
