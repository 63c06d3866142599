// The syntax tree, as compact S-expressions (see sexpr.ts): shapes, and the positions
// starlark-go gives each node (operators, brackets, keywords).

import { describe, expect, it } from 'vitest';
import { LineTable, parseExpr, parseFile } from '../../grammar/index.js';
import { renderExpr, renderFile } from './sexpr.js';

const files: [string, string][] = [
  [
    "x = 1",
    "(Assign@1:3 x@1:1 (Int@1:5 1))",
  ],
  [
    "x += y",
    "(AugAssign@1:3 += x@1:1 y@1:6)",
  ],
  [
    "a //= 2; b <<= 3; c >>= 4; d &= 5; e |= 6; f ^= 7; g %= 8; h -= 9; i *= 1; j /= 2",
    "(AugAssign@1:3 //= a@1:1 (Int@1:7 2)) (AugAssign@1:12 <<= b@1:10 (Int@1:16 3)) (AugAssign@1:21 >>= c@1:19 (Int@1:25 4)) (AugAssign@1:30 &= d@1:28 (Int@1:33 5)) (AugAssign@1:38 |= e@1:36 (Int@1:41 6)) (AugAssign@1:46 ^= f@1:44 (Int@1:49 7)) (AugAssign@1:54 %= g@1:52 (Int@1:57 8)) (AugAssign@1:62 -= h@1:60 (Int@1:65 9)) (AugAssign@1:70 *= i@1:68 (Int@1:73 1)) (AugAssign@1:78 /= j@1:76 (Int@1:81 2))",
  ],
  [
    "a, b = c, d",
    "(Assign@1:6 (Tuple@1:1 a@1:1 b@1:4) (Tuple@1:8 c@1:8 d@1:11))",
  ],
  [
    "[a, (b, c)] = x",
    "(Assign@1:13 (List@1:1 a@1:2 (Tuple@1:5 parens b@1:6 c@1:9)) x@1:15)",
  ],
  [
    "x = ()",
    "(Assign@1:3 x@1:1 (Tuple@1:5 parens ))",
  ],
  [
    "x = (1,)",
    "(Assign@1:3 x@1:1 (Tuple@1:5 parens (Int@1:6 1)))",
  ],
  [
    "x = (1)",
    "(Assign@1:3 x@1:1 (Paren@1:5 (Int@1:6 1)))",
  ],
  [
    "x = ((1, 2))",
    "(Assign@1:3 x@1:1 (Paren@1:5 (Tuple@1:6 parens (Int@1:7 1) (Int@1:10 2))))",
  ],
  [
    "def f(a, b=1, *args, c, d=2, **kwargs,):\n  return a",
    "(Def@1:1 f@1:5 (a@1:7 (= b@1:10 (Int@1:12 1)) (*@1:15 args@1:16) c@1:22 (= d@1:25 (Int@1:27 2)) (**@1:30 kwargs@1:32)) ((Return@2:3 a@2:10)))",
  ],
  [
    "def f(*, k): pass",
    "(Def@1:1 f@1:5 ((*@1:7) k@1:10) ((pass@1:14)))",
  ],
  [
    "lambda: 0",
    "(ExprStmt@1:1 (Lambda@1:1 () (Int@1:9 0)))",
  ],
  [
    "lambda a, *b, **c: a if b else c",
    "(ExprStmt@1:1 (Lambda@1:1 (a@1:8 (*@1:11 b@1:12) (**@1:15 c@1:17)) (Cond@1:22 b@1:25 a@1:20 c@1:32)))",
  ],
  [
    "if a:\n  pass\nelif b:\n  break\nelif c:\n  continue\nelse:\n  return",
    "(If@1:1 a@1:4 ((pass@2:3)) ((If@3:1 b@3:6 ((break@4:3)) ((If@5:1 c@5:6 ((continue@6:3)) ((Return@8:3)))))))",
  ],
  [
    "for k, v in d.items():\n  print(k, v)",
    "(For@1:1 (Tuple@1:5 k@1:5 v@1:8) (Call@1:20 (Dot@1:14 d@1:13 items@1:15) () @1:21) ((ExprStmt@2:3 (Call@2:8 print@2:3 (k@2:9 v@2:12) @2:13))))",
  ],
  [
    "for x in 1, 2, 3: pass",
    "(For@1:1 x@1:5 (Tuple@1:10 (Int@1:10 1) (Int@1:13 2) (Int@1:16 3)) ((pass@1:19)))",
  ],
  [
    "while x: x -= 1",
    "(While@1:1 x@1:7 ((AugAssign@1:12 -= x@1:10 (Int@1:15 1))))",
  ],
  [
    "load(\"@lib//:defs.bzl\", \"a\", b = \"c\")",
    "(Load@1:1 (String@1:6 406c69622f2f3a646566732e627a6c) (a@1:26=a@1:26 b@1:30=c@1:35) @1:37)",
  ],
  [
    "x = [y for y in z if y for w in y]",
    "(Assign@1:3 x@1:1 (Comprehension@1:5 y@1:6 (for@1:8 y@1:12 z@1:17) (if@1:19 y@1:22) (for@1:24 w@1:28 y@1:33)))",
  ],
  [
    "x = {k: v for k, v in d if k}",
    "(Assign@1:3 x@1:1 (Comprehension@1:5 (Entry@1:7 k@1:6 v@1:9) (for@1:11 (Tuple@1:15 k@1:15 v@1:18) d@1:23) (if@1:25 k@1:28)))",
  ],
  [
    "x = a or b and not c",
    "(Assign@1:3 x@1:1 (Binary@1:7 or a@1:5 (Binary@1:12 and b@1:10 (Unary@1:16 not c@1:20))))",
  ],
  [
    "x = not a == b",
    "(Assign@1:3 x@1:1 (Unary@1:5 not (Binary@1:11 == a@1:9 b@1:14)))",
  ],
  [
    "x = a < b | c ^ d & e << f + g * -h",
    "(Assign@1:3 x@1:1 (Binary@1:7 < a@1:5 (Binary@1:11 | b@1:9 (Binary@1:15 ^ c@1:13 (Binary@1:19 & d@1:17 (Binary@1:23 << e@1:21 (Binary@1:28 + f@1:26 (Binary@1:32 * g@1:30 (Unary@1:34 - h@1:35)))))))))",
  ],
  [
    "x = a not in b",
    "(Assign@1:3 x@1:1 (Binary@1:11 not in a@1:5 b@1:14))",
  ],
  [
    "x = -a.b[c](d)",
    "(Assign@1:3 x@1:1 (Unary@1:5 - (Call@1:12 (Index@1:9 (Dot@1:7 a@1:6 b@1:8) c@1:10) (d@1:13) @1:14)))",
  ],
  [
    "x = a if b else c if d else e",
    "(Assign@1:3 x@1:1 (Cond@1:7 b@1:10 a@1:5 (Cond@1:19 d@1:22 c@1:17 e@1:29)))",
  ],
  [
    "f(a, b=c, *d, **e)",
    "(ExprStmt@1:1 (Call@1:2 f@1:1 (a@1:3 (= b@1:6 c@1:8) (*@1:11 d@1:12) (**@1:15 e@1:17)) @1:18))",
  ],
  [
    "x[1:2], x[::3], x[:], x[a:], x[1, 2]",
    "(ExprStmt@1:1 (Tuple@1:1 (Slice@1:2 x@1:1 (Int@1:3 1) (Int@1:5 2) _) (Slice@1:10 x@1:9 _ _ (Int@1:13 3)) (Slice@1:18 x@1:17 _ _ _) (Slice@1:24 x@1:23 a@1:25 _ _) (Index@1:31 x@1:30 (Tuple@1:32 (Int@1:32 1) (Int@1:35 2)))))",
  ],
  [
    "\"\"\"doc\"\"\"",
    "(ExprStmt@1:1 (String@1:1 646f63))",
  ],
  [
    "x = b\"\\x00\" + \"s\"",
    "(Assign@1:3 x@1:1 (Binary@1:13 + (Bytes@1:5 00) (String@1:15 73)))",
  ],
  [
    "x = 1; y = 2;",
    "(Assign@1:3 x@1:1 (Int@1:5 1)) (Assign@1:10 y@1:8 (Int@1:12 2))",
  ],
  [
    "pass; pass",
    "(pass@1:1) (pass@1:7)",
  ],
];

describe('parseFile', () => {
  it.each(files)('%j', (src, want) => {
    expect(renderFile(parseFile('x.star', src)).split('\n').join(' ')).toBe(want);
  });

  it('keeps the path and a line table', () => {
    const f = parseFile('dir/BUILD.star', 'x = 1\ny = 2\n');
    expect(f.path).toBe('dir/BUILD.star');
    expect(f.lines.format(f.stmts[1].pos)).toBe('dir/BUILD.star:2:3');
  });

  it('accepts raw UTF-8 bytes and counts columns in code points', () => {
    const f = parseFile('u.star', new TextEncoder().encode('s = "😿😿" + 1'));
    const rhs = (f.stmts[0] as { rhs: { pos: number } }).rhs;
    expect(f.lines.format(rhs.pos)).toBe('u.star:1:10');
  });

  it('returns ints beyond 2^53 as bigints', () => {
    const f = parseFile('x.star', 'x = 18446744073709551616');
    expect((f.stmts[0] as { rhs: { value: unknown } }).rhs.value).toBe(18446744073709551616n);
  });
});

describe('parseExpr', () => {
  const render = (src: string): string => renderExpr(parseExpr('e', src), new LineTable('e', src));

  it('parses an expression, allowing a bare tuple and a final newline', () => {
    expect(render('a, b\n')).toBe('(Tuple@1:1 a@1:1 b@1:4)');
    expect(render('f(x)[0]')).toBe('(Index@1:5 (Call@1:2 f@1:1 (x@1:3) @1:4) (Int@1:6 0))');
  });

  it('rejects anything after the expression', () => {
    expect(() => parseExpr('e', 'a b')).toThrow('e:1:4: got identifier after expression, want EOF');
    expect(() => parseExpr('e', 'a\nb')).toThrow('e:2:2: got identifier after expression, want EOF');
    expect(() => parseExpr('e', 'x = 1')).toThrow("e:1:4: got '=' after expression, want EOF");
  });
});
