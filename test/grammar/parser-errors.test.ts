// Parse errors: starlark-go's messages and positions (one error stops the parse).

import { describe, expect, it } from 'vitest';
import { parseFile, StarlarkSyntaxError } from '../../grammar/index.js';

function error(src: string): string {
  try {
    parseFile('e.star', src);
    return 'ok';
  } catch (e) {
    if (e instanceof StarlarkSyntaxError) return e.message;
    throw e;
  }
}

const table: [string, string][] = [
  // a missing operand is reported at the start of the offending token (2024 behaviour)
  ['y = 2 *\n3', 'e.star:1:8: got newline, want primary expression'],
  ['y = 2 *', 'e.star:1:8: got end of file, want primary expression'],
  ['y = %2', "e.star:1:5: got '%', want primary expression"],
  ['y = [1, 2', "e.star:1:10: got end of file, want ']'"],
  ['f(1, 2 3)', "e.star:1:9: got int literal, want ','"],
  ['g(a=1, *, b=2)', "e.star:1:9: got ',', want primary expression"],
  ['print "hi" 2', 'e.star:1:11: got string literal, want newline'],
  ['x = 1 b"x"', 'e.star:1:11: got , want newline'],
  ['y = {a for b in c}', "e.star:1:11: got for, want ':'"],
  ['y = [a for b in c, d]', "e.star:1:19: got ',', want ']', for, or if"],
  ['y = {a: b for c in d if e else f}', "e.star:1:31: got else, want '}', for, or if"],
  ['y = [a for b in c if d else e]', "e.star:1:28: got else, want ']', for, or if"],
  ['y = [a for b in lambda: c]', 'e.star:1:17: got lambda, want primary expression'],
  ['y = a + b not c', 'e.star:1:16: got identifier, want in'],
  ['y = a == b == c', 'e.star:1:14: == does not associate with == (use parens)'],
  ['y = a >= b < c', 'e.star:1:13: >= does not associate with < (use parens)'],
  ['y = a in b not in c', 'e.star:1:18: in does not associate with not in (use parens)'],
  ['y = a == not b', 'e.star:1:10: got not, want primary expression'],
  ['f(a + 1 = 2)', 'e.star:1:10: keyword argument must have form name=expr'],
  ['y = a if b', 'e.star:1:7: conditional expression without else clause'],
  ['def for(): pass', 'e.star:1:8: not an identifier'],
  ['def f(1): pass', 'e.star:1:8: not an identifier'],
  ['def f(a,: pass', 'e.star:1:10: not an identifier'],
  ['def f(a b): pass', "e.star:1:10: got identifier, want ','"],
  ['def f: pass', "e.star:1:7: got ':', want '('"],
  ['lambda x,: 1', 'e.star:1:11: not an identifier'],
  ['x.y.1', 'e.star:1:6: got float literal, want newline'],
  ['x. y', 'ok'],
  ['x.in', 'e.star:1:5: not an identifier'],
  ['for x y: pass', 'e.star:1:8: got identifier, want in'],
  ['for x, in y: pass', 'e.star:1:8: got in, want primary expression'],
  ['if x\n  pass', "e.star:2:1: got newline, want ':'"],
  ['if x:\npass', 'e.star:2:5: got pass, want indent'],
  ['def f():\n  pass\n  in', 'e.star:3:3: got in, want primary expression'],
  ['  x = 1', 'e.star:1:3: got indent, want primary expression'],
  ['x = class', 'e.star:1:5: got illegal token, want primary expression'],
  ['a, b, = 1, 2', 'e.star:1:5: unparenthesized tuple with trailing comma'],
  ['a, b = 1, 2,', 'e.star:1:12: unparenthesized tuple with trailing comma'],
  ['x[1, 2,]', 'e.star:1:7: unparenthesized tuple with trailing comma'],
  ['x[1, 2,:]', "e.star:1:8: got ':', want primary expression"],
  ['x = f(1))', "e.star:1:9: unexpected ')'"],
  ['x = "\\q"', 'e.star:1:5: invalid escape sequence \\q'],
  // the scanner only fails when the parser gets to the bad token
  ['x = = "\\q"', "e.star:1:5: got '=', want primary expression"],
  ['x = 1 + "\\q"', 'e.star:1:9: invalid escape sequence \\q'],
  ['x = 1 +\n"\\q"', 'e.star:1:8: got newline, want primary expression'],
  ['f(a + 1 = "\\q")', 'e.star:1:10: keyword argument must have form name=expr'],
  ['load("")', 'e.star:1:5: load statement must import at least 1 symbol'],
  ['load("m", 1)', 'e.star:1:12: load operand must be "name" or localname="name" (got int literal)'],
  ['load(1, 2)', 'e.star:1:7: first operand of load statement must be a string literal'],
  ['load("m", y)', `e.star:1:13: load operand must be "y" or y="originalname" (want '=' after y)`],
  ['load("m", y=z)', 'e.star:1:14: original name of loaded symbol must be quoted: y="originalname"'],
  ['load("m" "x")', "e.star:1:13: got string literal, want ','"],
  ['load = 3', "e.star:1:7: got '=', want '('"],
  ['f(load)', 'e.star:1:3: got load, want primary expression'],
  ['return )', "e.star:1:8: unexpected ')'"],
  ['return in', 'e.star:1:8: got in, want primary expression'],
  ['x = 1;;', "e.star:1:7: got ';', want primary expression"],
];

describe('parse errors', () => {
  it.each(table)('%j', (src, want) => expect(error(src)).toBe(want));

  it('exposes the position and bare message', () => {
    try {
      parseFile('p.star', 'a = (1,\n  2 3)');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StarlarkSyntaxError);
      const err = e as StarlarkSyntaxError;
      expect(err.pos).toEqual({ file: 'p.star', line: 2, col: 6 });
      expect(err.msg).toBe("got int literal, want ')'");
    }
  });
});
