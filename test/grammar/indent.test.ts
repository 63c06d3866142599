// Token streams as the parser sees them: layout tokens, bracket nesting, line joining,
// and where scan errors stop the stream.

import { describe, expect, it } from 'vitest';
import { renderTokens } from './render-tokens.js';

const table: [string, string][] = [
  ['', 'EOF'],
  ['a.b', 'a . b EOF'],
  ['café.crème', 'café . crème EOF'],
  ['f(1); g(2)', 'f ( 1 ) ; g ( 2 ) EOF'],
  // a final newline outside brackets on a non-blank line is a token
  ['\nf(\n2\n)\n', 'f ( 2 ) newline EOF'],
  ['x\n\n\n# only a comment\n\ny', 'x newline y EOF'],
  ['def g(y):\n\tif y:\n\t\treturn y\n\treturn 0\ng(1)\n',
    'def g ( y ) : newline indent if y : newline indent return y newline outdent return 0 newline outdent g ( 1 ) newline EOF'],
  // EOF closes open blocks, adding the NEWLINE the last line lacks
  ['def g(): pass', 'def g ( ) : pass EOF'],
  ['def g():\n  pass', 'def g ( ) : newline indent pass newline outdent EOF'],
  ['def g():\n  pass\n', 'def g ( ) : newline indent pass newline outdent EOF'],
  ['def g():\n  pass\n# trailing comment', 'def g ( ) : newline indent pass newline outdent EOF'],
  ['def g():\n  pass\n   ', 'def g ( ) : newline indent pass newline outdent EOF'],
  ['if a:\n  if b:\n    c\n', 'if a : newline indent if b : newline indent c newline outdent outdent EOF'],
  // a tab advances to the next multiple of 8, counting the characters read so far
  ['if a:\n  \tb\n\tc\n', 'if a : newline indent b newline c newline outdent EOF'],
  ['if a:\n\t b\n \t c\n', 'if a : newline indent b newline c newline outdent EOF'],
  ['if a:\n\t b\n\tc\n', 'foo.star:3:2: unindent does not match any outer indentation level'],
  ['if a:\n    b\n  c\n', 'foo.star:3:3: unindent does not match any outer indentation level'],
  // newlines inside brackets, and continuation lines, do not end statements
  ['x = [1,\n    2]\ny = 3', 'x = [ 1 , 2 ] newline y = 3 EOF'],
  ['x = 1 + \\\n  2', 'x = 1 + 2 EOF'],
  ['if a:\n  b \\\n', 'if a : newline indent b newline outdent EOF'],
  ['x \\ y', 'foo.star:1:4: stray backslash in program'],
  ['x = 1\\', 'foo.star:1:7: stray backslash in program'],
  // \r\n and lone \r are newlines
  ['a\r\nb\rc', 'a newline b newline c EOF'],
  ["s = '''p\r\nq'''", 's = "p\\nq" EOF'],
  // a NUL byte outside a literal ends the file
  ['x = 1\0 $ ?', 'x = 1 EOF'],
  ['x = "\0"', 'x = "\\u0000" EOF'],
  // operators: longest match, no `~=`
  ['a ~= b', 'a ~ = b EOF'],
  ['a ///= b **= c', 'a // /= b ** = c EOF'],
  ['a <<= b >>= c << d >> e <= f >= g == h != i', 'a <<= b >>= c << d >> e <= f >= g == h != i EOF'],
  ['a ! b', "foo.star:1:3: unexpected input character '!'"],
  ['a $ b', "foo.star:1:3: unexpected input character '$'"],
  ['x = \x01', "foo.star:1:5: unexpected input character '\\x01'"],
  ['x = €', "foo.star:1:5: unexpected input character '€'"],
  ['x = \xa0'.replace('\xa0', '\xc2\xa0'), "foo.star:1:5: unexpected input character '\\u00a0'"],
  ['ab€cd', "foo.star:1:3: unexpected input character '€'"],
  ['x = \xff', "foo.star:1:5: unexpected input character '\uFFFD'"],
  // brackets are counted, not matched
  ['(]', '( ] EOF'],
  ['f(x))', "foo.star:1:5: unexpected ')'"],
  // reserved words are illegal tokens; assert is not reserved
  ['class assert yield', 'illegal token assert illegal token EOF'],
  ['async await', 'illegal token illegal token EOF'],
];

describe('token stream', () => {
  it.each(table)('%j', (src, want) => {
    expect(renderTokens(src.replace('€', '\xe2\x82\xac').replace(/é|è/g, (c) => (c === 'é' ? '\xc3\xa9' : '\xc3\xa8')))).toBe(want);
  });
});
