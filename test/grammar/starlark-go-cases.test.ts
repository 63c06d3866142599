// Golden cases: inputs written for this project (tricky corners plus seeded random
// programs and byte soup), each with the result starlark-go (Tilt's 2024 version) gives
// for it, as dumped by oracle/dump.go: the AST in sexpr.ts form, or the exact error.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineTable, parseExpr, parseFile, StarlarkSyntaxError } from '../../grammar/index.js';
import { renderExpr, renderFile } from './sexpr.js';

interface Case {
  mode: 'file' | 'expr';
  src: string;
  want: string;
}

const cases = JSON.parse(
  readFileSync(new URL('./fixtures/starlark-go-cases.json', import.meta.url), 'utf8'),
) as Case[];

function outcome(c: Case): string {
  try {
    if (c.mode === 'expr') {
      const lines = new LineTable('x.star', c.src.replace(/\r\n?/g, '\n'));
      return `OK ${renderExpr(parseExpr('x.star', c.src), lines)}`;
    }
    return `OK ${renderFile(parseFile('x.star', c.src)).split('\n').join(' ')}`;
  } catch (e) {
    if (e instanceof StarlarkSyntaxError) return `ERR ${e.message.replace(/\n/g, '\\n')}`;
    throw e;
  }
}

describe('agreement with starlark-go', () => {
  it(`has cases`, () => expect(cases.length).toBeGreaterThan(1000));

  it('parses every case as starlark-go does', () => {
    const wrong = cases
      .map((c) => ({ ...c, got: outcome(c) }))
      // Go prints raw bytes where our host-string messages hold U+FFFD.
      .filter((c) => c.got !== c.want && c.got.replace(/\uFFFD+/g, '?') !== c.want.replace(/\uFFFD+/g, '?'));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
