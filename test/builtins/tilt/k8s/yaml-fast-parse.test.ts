// loadAllFast() must read exactly what js-yaml's loadAll reads (CORE_SCHEMA, json), apart
// from empty documents, or decline, and must decline whenever js-yaml fails: checked on
// the repository's YAML, on hand-written snippets, on documents js-yaml writes in many
// styles, and on randomly damaged copies of all of those.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadAllFast } from '../../../../builtins/tilt/k8s/yaml-fast-parse.js';
import { parseK8sYaml } from '../../../../builtins/tilt/k8s/yaml-docs.js';

function slow(text: string): unknown[] | Error {
  try {
    return (yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA, json: true }) as unknown[]).filter((d) => d !== null && d !== undefined);
  } catch (e) {
    return e as Error;
  }
}

/** Checks one text; returns whether the fast reader took it. */
function same(text: string): boolean {
  const fast = loadAllFast(text);
  if (fast === null) return false;
  const want = slow(text);
  if (want instanceof Error) throw new Error(`fast reader accepted what js-yaml rejects (${want.message}):\n${text}`);
  expect(fast.filter((d) => d !== null && d !== undefined), text).toEqual(want);
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const root = join(__dirname, '../../../..');
const corpus = [...yamlFiles(join(root, 'conformance/tilt')), ...yamlFiles(join(root, 'bench/tiltfile-monorepo'))].map((f) => readFileSync(f, 'utf8'));

const SNIPPETS = [
  '', '---\n', 'a: 1\n---\n', '---\na: 1', '# c\n', 'a: 1\n---\n# only comment\n---\nb: 2', 'a:\n- 1\n- 2', 'a:\n  - 1', 'a: 010',
  'a: 0o10', 'a: 1_000', 'a: +1', 'a: .5', 'a: 1e3', 'a: True', 'a: ~', 'a: |\n  x\n\n  y\n\n', 'a: |-\n  x\n', 'a: |+\n  x\n\n',
  'a: |\n   x\n  y\n', 'a: |\n\n  x\n', 'a:\n  b: 1\n   c: 2', 'a: b: c', 'a: x\n  y', '8080: x', 'True: x', 'a: 1\na: 2',
  '- a\n- b: 1\n  c: 2\n- - x\n  - y', 'a: [1, {b: c}, "d"]', 'a: {b: c, d: [e]}', 'a: "x\\ty"', "a: 'it''s'", 'a: -1', 'a: -x',
  'a: --x', 'a: x #c', 'a: x#c', 'a: [a b, c]', 'a: {b}', 'a: [ ]', 'a:    ', 'a: &x 1', 'a: 1\n...\n', 'key with space: v',
  'a: b\n  # comment\nc: d', 'a: |\n  x', 'a: |\n  x\n# c\nb: 1\n', '- |\n  a\n  b\n- c\n', 'a:\n- b: 1\n  c:\n  - 2\n- d\n',
  'a: "unterminated', "a: 'x' y", 'a: [1, 2', 'a: {b: 1,}', 'a: [1,]', 'a:\tb', 'a: b\r\n', '- a\nb: 1', 'a: 1\n- b', '  a: 1\n  b: 2',
  'a:\n    b: 1\n  c: 2', '__proto__: 1', 'a: {__proto__: 1}', 'a: "\\u00e9"', 'a: "é"', 'null: 1', 'a: null', 'a: Null',
  'a: "1"', "a: '1'", 'a:\n  -\n  - x\n', 'a: - b', '-a: 1', 'a: :b', 'a: b:', 'a: ,b', 'a: [a:b]', 'a: {a:b}', 'a: [-1, -x]',
  'a: 0x1F', 'a: .inf', 'a: -.Inf', 'a: .NaN', 'a: 1.0', 'a: 1.', 'a: 2024-01-01', '--- a: 1', '--- # c\na: 1', '%YAML 1.2\n---\na: 1',
  'a: |2\n   x\n', 'a: >\n  x\n  y\n', 'a: !!str 1', 'a: *x', 'a: @x', 'a: `x', '? a\n: b', 'a:\n  |\n  x', 'a: |\n  x\n    y\n  z\n',
  'a: |\n  x\n   \n  y\n', 'a: |\n  x\n  \n', 'a: |+\n  x\n', 'a: |-\n  x\n\n\n', 'a: |\n  # not a comment\n', 'a: \'\'', 'a: ""',
  "a: ''''", 'a: "a\\"b"', 'a: "a\\\\b"', 'a: "a\\/b"', 'a: "a\\zb"', 'a: x # c # d', 'a:  x  ', 'a: [ a , b ]', 'a: { b: c }',
  'a: {"b": 1, \'c\': [2]}', '- -\n- x\n', 'a:\n  - -\n  - db\n', '- - \n', 'a: [[1, 2], [3]]', 'a: b\n\n\nc: d\n', '- - - x\n    - y\n  - z\n', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n',
  '"a": 1', "'a b': 2", 'a.b/c-d_e: 3', '_x: 1', 'a: \u0007', 'a: 1 #', 'a: #', 'a: |#c\n  x\n', 'a: |  # c\n  x\n',
  '\u00a0a: 1', 'a:\n\u00a0 b: 1', 'a:\n  \u00a0b: 1', 'a: b\u00a0', 'a: \u00a0', '- \u00a0x', 'a: 0', 'a: 007', 'a: 123456789012345',
  'a: 1234567890123456789', 'a: -0', 'a: +0', 'a: 1e', 'a: 0x', 'a: 12:30',
];

describe('loadAllFast', () => {
  it('matches js-yaml on the repository YAML and reads nearly all of it', () => {
    let taken = 0;
    for (const text of corpus) if (same(text)) taken++;
    expect(corpus.length).toBeGreaterThan(100);
    expect(taken / corpus.length).toBeGreaterThan(0.9);
  });

  it.each(SNIPPETS.map((s) => [s]))('matches js-yaml or declines on %j', (text) => {
    same(text);
  });

  it('is what parseK8sYaml reads', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: "1"\n  b: |\n    x\n';
    expect(parseK8sYaml(text)[0].doc).toEqual(slow(text) instanceof Error ? null : (slow(text) as unknown[])[0]);
  });

  it('matches js-yaml on documents written in many styles', () => {
    const chars = fc.constantFrom('a', 'B', '0', '1', ' ', ':', '#', '-', "'", '"', '\n', ',', '[', '{', '.', '_', 'é', 'y', 'e', '~', '|', '/', '\u00a0');
    const str = fc.oneof(fc.string({ unit: chars, maxLength: 8 }), fc.constantFrom('yes', 'null', '1.0', '0x10', 'a: b', 'x\ny\n', ' lead'));
    const leaf = fc.oneof(str, fc.integer(), fc.boolean(), fc.constant(null), fc.double());
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj')),
      arr: fc.array(tie('tree'), { maxLength: 4 }),
      obj: fc.dictionary(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9.\/_-]{0,6}$/), str), tie('tree'), { maxKeys: 4 }),
    }));
    const style = fc.record({
      flowLevel: fc.constantFrom(-1, -1, 1, 2),
      indent: fc.constantFrom(2, 2, 4),
      noArrayIndent: fc.boolean(),
      quotingType: fc.constantFrom("'" as const, '"' as const),
      forceQuotes: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), style, (docs, opts) => {
        const text = docs.map((d) => yaml.dump(d, { ...opts, lineWidth: -1, noRefs: true })).join('---\n');
        same(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it('never accepts damaged YAML that js-yaml rejects', () => {
    const texts = [...corpus.slice(0, 60), ...SNIPPETS.filter((s) => s.length > 3)];
    const edit = fc.record({
      which: fc.nat(),
      at: fc.nat(),
      del: fc.nat({ max: 3 }),
      ins: fc.constantFrom('', ' ', '  ', '   ', ':', ': ', '-', '- ', '#', ' #', '\n', '\n  ', '\n- ', '\n  - ', '\n    ', '"', "'", "''", '\\', '|', ' |', ' |-', ' |+', '|2', '>', '{', '}', '[', ']', ',', 'x', '0', '.', '~', '\n\n', '---\n', '...', '?', '!', '*', '\u00a0', '\u2028'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = texts[edits[0].which % texts.length];
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
        }
        same(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 5000) },
    );
  });
});
