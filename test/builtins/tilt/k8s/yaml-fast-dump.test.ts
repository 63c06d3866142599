// dumpFast() must write exactly what js-yaml's dump writes (the options dumpK8sYaml uses),
// or decline: checked on every YAML document of the repository's Tiltfile cases and the
// load benchmark, on hand-picked awkward scalars, and on generated documents.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dumpFast } from '../../../../builtins/tilt/k8s/yaml-fast-dump.js';
import { dumpK8sYaml } from '../../../../builtins/tilt/k8s/yaml-docs.js';

const OPTS = { noRefs: true, lineWidth: -1, noArrayIndent: true };
const slow = (d: unknown): string => yaml.dump(d, OPTS);

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function docsOf(file: string): unknown[] {
  try {
    return yaml.loadAll(readFileSync(file, 'utf8'), undefined, { schema: yaml.CORE_SCHEMA, json: true });
  } catch {
    return [];
  }
}

function same(doc: unknown): void {
  const fast = dumpFast(doc);
  if (fast !== null) expect(fast).toBe(slow(doc));
}

describe('dumpFast', () => {
  it('matches js-yaml on the repository YAML', () => {
    const root = join(__dirname, '../../../..');
    let checked = 0;
    let fastCount = 0;
    for (const f of [...yamlFiles(join(root, 'conformance/tilt')), ...yamlFiles(join(root, 'bench/tiltfile-monorepo'))]) {
      for (const d of docsOf(f)) {
        checked++;
        if (dumpFast(d) !== null) fastCount++;
        same(d);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(fastCount / checked).toBeGreaterThan(0.9);
  });

  it.each([
    '', ' ', 'a', 'yes', 'No', 'off', 'y', '1:20', '-1:30.5', 'true', 'False', 'null', 'NULL', '~', '<<', '1', '-1', '+1', '0x1F',
    '0o17', '0b101', '1_000', '1e3', '1.5', '.5', '.inf', '-.Inf', '.nan', '2024-01-01', '2001-12-14t21:59:43.10-05:00', 'a: b',
    'a:b', 'a:', ':a', 'a #b', 'a#b', '#a', '-', '- a', '-a', '?a', ',a', 'a,b', '[a]', 'a]', '{a}', '&a', '*a', '!a', '|a', '=a',
    '>a', "'a", '"a', '%a', '@a', '`a', 'a ', ' a', "it's", 'http://x:80/y', 'a\nb', 'a\nb\n', 'a\nb\n\n', '\n', '\n\na', ' a\nb',
    'a\n b', 'tab\there', 'é', 'ünï\ncode', 'a\u2028b', 'a\rb', '\u0007', 'x'.repeat(2000), '_a', '/a', 'Y', 'on', '0', '00', '-0',
    '0.0', '+.5', '1e', 'e1', '12:30', '1:2:3', '__proto__',
  ])('scalar %j as a value and as a key', (s) => {
    same({ k: s });
    same({ [s]: 1 });
    same([s, [s], { a: [s] }]);
    same(s);
  });

  it('matches js-yaml on numbers, booleans, nulls and nesting', () => {
    for (const d of [
      null, true, 0, -0, 1, -7, 1.5, 2 ** 53, 1e21, NaN, Infinity, [], {}, [[]], [{}], { a: {} }, { a: [] },
      [[1, [2, [3]]], { a: [{ b: [{ c: null }] }] }], { a: undefined, b: 1 }, { a: { b: undefined }, c: [{ d: undefined }] }, [undefined, 1], { '1': 'x', b: 'y', '0': 'z' },
      { a: { b: { c: 'x\ny' } } }, [['a\nb']], { l: ['x', 'y\n'] },
    ]) {
      same(d);
    }
  });

  it('matches js-yaml on generated documents', () => {
    const chars = fc.constantFrom('a', 'B', '0', '1', ' ', ':', '#', '-', "'", '"', '\n', ',', '[', '{', '.', '_', 'é', 'y', 'e', '\t', '~', '<', '/');
    const str = fc.oneof(fc.string({ unit: chars, maxLength: 8 }), fc.constantFrom('yes', 'null', '1.0', '0x10', '2024-01-02', 'a: b'));
    const leaf = fc.oneof(str, fc.integer(), fc.boolean(), fc.constant(null), fc.double());
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj')),
      arr: fc.array(tie('tree'), { maxLength: 4 }),
      obj: fc.dictionary(str, tie('tree'), { maxKeys: 4 }),
    }));
    fc.assert(fc.property(tree, (d) => same(d)), { numRuns: 3000 });
  });

  it('is what dumpK8sYaml writes', () => {
    const docs = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b\nc\n', n: '1' } }, { x: 1.5 }];
    expect(dumpK8sYaml(docs)).toBe(docs.map(slow).join('---\n'));
  });
});
