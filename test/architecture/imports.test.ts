// The import direction of docs/ and reference/style-anchors.md, checked on every source
// file: grammar knows nothing of Starlark values; the evaluator knows nothing of Tilt; the
// engine knows the resource model and adapter ports, not the interpreter.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Repository-relative paths of the repo files a source file imports. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    out.push(relative(ROOT, resolve(dirname(file), m[1])));
  }
  return out;
}

const RULES: { from: string; forbidden: string[] }[] = [
  { from: 'grammar', forbidden: ['src', 'builtins'] },
  { from: 'src/starlark', forbidden: ['builtins', 'src/tiltfile', 'src/engine', 'src/model', 'src/cli', 'src/adapters'] },
  { from: 'builtins/universe', forbidden: ['builtins/tilt', 'builtins/kit', 'src/tiltfile', 'src/engine'] },
  { from: 'builtins', forbidden: ['src/tiltfile', 'src/engine', 'src/cli', 'src/api.ts'] },
  { from: 'src/model', forbidden: ['src/starlark', 'grammar', 'builtins', 'src/tiltfile', 'src/engine', 'src/adapters'] },
  { from: 'src/engine', forbidden: ['src/starlark', 'grammar', 'builtins', 'src/tiltfile', 'src/cli'] },
  { from: 'src/tiltfile', forbidden: ['src/engine', 'src/cli'] },
  { from: 'src/session-load', forbidden: ['src/engine', 'src/cli', 'src/api.ts'] },
];

describe('import direction', () => {
  it('src/engine uses adapters only through their ports', () => {
    const bad = files(join(ROOT, 'src/engine')).flatMap((f) =>
      imports(f)
        .filter((t) => t.startsWith('src/adapters/') && !t.endsWith('/port.js'))
        .map((t) => `${relative(ROOT, f)} -> ${t}`),
    );
    expect(bad).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.from} does not import ${rule.forbidden.join(', ')}`, () => {
      const bad: string[] = [];
      for (const f of files(join(ROOT, rule.from))) {
        for (const target of imports(f)) {
          if (rule.forbidden.some((x) => target === x || target.startsWith(x + '/') || target.startsWith(x.replace(/\.ts$/, '.js')))) {
            bad.push(`${relative(ROOT, f)} -> ${target}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
