// String methods against starlark-go: every row of fixtures/go-methods.json (made by
// gen/make-methods-fixture.mjs from the installed starlark-go) is replayed through the
// method table and must give the same repr, elements and error text, byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/starlark/methods/index.js';
import { methodsOf } from '../../../src/starlark/ops/attr.js';
import { toArray } from '../../../src/starlark/ops/iterate.js';
import { Thread } from '../../../src/starlark/thread.js';
import type { Kwargs } from '../../../src/starlark/values/builtin.js';
import { Float } from '../../../src/starlark/values/float.js';
import { normBig } from '../../../src/starlark/values/int.js';
import { List } from '../../../src/starlark/values/list.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { makeTuple, Tuple } from '../../../src/starlark/values/tuple.js';
import { None, StarlarkError, StarObject, type Value } from '../../../src/starlark/values/value.js';

type Enc = string | number | boolean | null | { i: string } | { f: number } | { t: Enc[] } | { l: Enc[] };
interface Row {
  r: number | string;
  m: string;
  a?: Enc[];
  k?: [string, Enc][];
  ok?: string;
  it?: string;
  err?: string;
}

const fixture: { samples: string[]; rows: Row[] } = JSON.parse(
  readFileSync(new URL('./fixtures/go-methods.json', import.meta.url), 'utf8'),
);

function decode(e: Enc): Value {
  if (e === null) return None;
  if (typeof e !== 'object') return e;
  if ('i' in e) return normBig(BigInt(e.i));
  if ('f' in e) return new Float(e.f);
  if ('t' in e) return makeTuple(e.t.map(decode));
  return new List(e.l.map(decode));
}

/** What a row's call gives here, in the fixture's terms. */
function run(row: Row): Pick<Row, 'ok' | 'it' | 'err'> {
  const recv = typeof row.r === 'number' ? fixture.samples[row.r] : row.r;
  const impl = methodsOf('string')![row.m];
  const args = (row.a ?? []).map(decode);
  const kwargs: Kwargs | null = row.k ? row.k.map(([n, v]) => [n, decode(v)]) : null;
  try {
    const v = impl(new Thread(), recv, args, kwargs, row.m);
    const out: Pick<Row, 'ok' | 'it' | 'err'> = { ok: repr(v) };
    if (v instanceof StarObject && !(v instanceof List) && !(v instanceof Tuple) && v.iterate) {
      out.it = repr(new List(toArray(v)));
    }
    return out;
  } catch (e) {
    if (e instanceof StarlarkError) return { err: e.msg };
    throw e;
  }
}

const byMethod = new Map<string, Row[]>();
for (const row of fixture.rows) {
  if (!byMethod.has(row.m)) byMethod.set(row.m, []);
  byMethod.get(row.m)!.push(row);
}

describe(`string methods against starlark-go (${fixture.rows.length} calls)`, () => {
  for (const [m, rows] of byMethod) {
    it(`${m} (${rows.length})`, () => {
      const bad: unknown[] = [];
      for (const row of rows) {
        const want = { ok: row.ok, it: row.it, err: row.err };
        const got = { it: undefined, ...run(row) };
        if (got.ok !== want.ok || got.it !== want.it || got.err !== want.err) bad.push({ row, got });
      }
      expect(bad.slice(0, 5)).toEqual([]);
    });
  }
});
