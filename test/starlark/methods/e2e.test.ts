// String and bytes methods called from Starlark source, end to end. Skipped while the
// parser (grammar/index.ts, written concurrently) is missing or cannot parse `x = 1`;
// the other tests call the method tables directly.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/starlark/methods/index.js';
import { Thread } from '../../../src/starlark/thread.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';

async function parserWorks(): Promise<boolean> {
  if (!existsSync(new URL('../../../grammar/index.ts', import.meta.url))) return false;
  try {
    const { execFile } = await import('../../../src/starlark/exec.js');
    execFile(new Thread(), 'probe.star', 'x = 1\n', { universe: new Map() });
    return true;
  } catch {
    return false;
  }
}

const haveParser = await parserWorks();

async function run(src: string): Promise<Map<string, Value>> {
  const { execFile } = await import('../../../src/starlark/exec.js');
  const universe = new Map<string, Value>([
    ['None', None],
    ['True', true],
    ['False', false],
  ]);
  return execFile(new Thread(), 'm.star', new TextEncoder().encode(src), { universe });
}

describe.skipIf(!haveParser)('string methods from Starlark source', () => {
  it('computes the expected values', async () => {
    const g = await run(
      [
        'a = "a,b,,c".split(",")',
        'b = "x{}y{!r}".format(1, "q")',
        'c = ", ".join(["x", "y"])',
        'd = "Hi".elems()',
        'e = "héllo".upper()',
        'f = "abc".find("c", -1)',
        'g = [x for x in "ab".elem_ords()]',
        'h = "abc".removeprefix("a")',
        'fn = "abc".startswith',
        'i = fn(("z", "a"))',
        'j = [c for c in "é\\x41".codepoints()]',
        'k = "{x}-{x!r}".format(x = "y")',
      ].join('\n'),
    );
    const got = Object.fromEntries([...g].map(([k, v]) => [k, repr(v)]));
    expect(got).toMatchObject({
      a: '["a", "b", "", "c"]',
      b: '"x1y\\"q\\""',
      c: '"x, y"',
      d: '"Hi".elems()',
      e: '"H\xc3\x89LLO"',
      f: '2',
      g: '[97, 98]',
      h: '"bc"',
      i: 'True',
      j: '["\xc3\xa9", "A"]',
      k: '"y-\\"y\\""',
    });
  });

  const errors: [string, string][] = [
    ['x = "abc".index("z")', 'index: substring not found'],
    ['x = "a".split("")', 'split: empty separator'],
    ['x = "{".format()', "format: unmatched '{' in format"],
    ['x = "{:3}".format(1)', 'format spec features not supported in replacement fields: 3'],
    ['x = ",".join(["a", 1])', 'join: in list, want string, got int'],
    ['x = "a".startswith(["a"])', 'startswith: got list, want string or tuple of string'],
    ['x = "a".replace("a", "b", count = 1)', 'replace: unexpected keyword arguments'],
    ['x = "a".elems()[1]', 'string.elems index 1 out of range [-1:0]'],
    ['x = "a".codepoints()[0]', 'unhandled index operation string.codepoints[int]'],
    ['x = {"a".elems(): 1}', 'unhashable: string.elems'],
  ];
  for (const [src, want] of errors) {
    it(`${src} fails with ${JSON.stringify(want)}`, async () => {
      const msg = await run(src).then(
        () => 'no error',
        (e: unknown) => (e instanceof StarlarkError ? e.msg : String(e)),
      );
      expect(msg).toBe(want);
    });
  }
});
