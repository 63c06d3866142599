// Property tests: int()/str() against BigInt, json round trips, and sorted() as a stable
// ordered permutation. Builtins are called directly, as an embedder would.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { starlarkExtras, universe } from '../../../builtins/universe/index.js';
import { fromHost } from '../../../grammar/utf8.js';
import { call } from '../../../src/starlark/call.js';
import { compare, equals } from '../../../src/starlark/ops/compare.js';
import { Thread } from '../../../src/starlark/thread.js';
import { Builtin } from '../../../src/starlark/values/builtin.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { Float } from '../../../src/starlark/values/float.js';
import { normBig } from '../../../src/starlark/values/int.js';
import { List } from '../../../src/starlark/values/list.js';
import { Tuple } from '../../../src/starlark/values/tuple.js';
import { None, type Value } from '../../../src/starlark/values/value.js';
import type { Module } from '../../../builtins/universe/module.js';
import { evalStar } from './helpers.js';

const thread = new Thread({ print: () => {} });
const fn = (name: string): Value => universe.get(name)!;
const json = starlarkExtras().get('json') as Module;
const jsonFn = (name: string): Value => json.members.get(name)!;

const bigints = fc.oneof(fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }), fc.bigInt({ min: -100000n, max: 100000n }));

describe('int and str', () => {
  it('int(str(n)) == n and str(int(s)) is canonical', () => {
    fc.assert(
      fc.property(bigints, (b) => {
        const n = normBig(b);
        const s = call(thread, fn('str'), [n], null);
        expect(s).toBe(b.toString());
        expect(call(thread, fn('int'), [s], null)).toBe(n);
        expect(call(thread, fn('int'), ['+' + b.toString(16).replace('-', '')], [['base', 16]])).toBe(normBig(b < 0n ? -b : b));
        const hex = (b < 0n ? '-0x' : '0x') + (b < 0n ? -b : b).toString(16);
        expect(call(thread, fn('int'), [hex, 0], null)).toBe(n);
      }),
    );
  });

  it('Starlark arithmetic on int() values agrees with BigInt', () => {
    fc.assert(
      fc.property(bigints, bigints, fc.bigInt({ min: 1n, max: 1n << 70n }), (a, b, c) => {
        const got = evalStar(`str((int("${a}") * int("${b}") + int("${c}")) // int("${c}") - int("${a}") % int("${c}"))`);
        const floorDiv = (x: bigint, y: bigint): bigint => (x % y !== 0n && x < 0n !== y < 0n ? x / y - 1n : x / y);
        const mod = (x: bigint, y: bigint): bigint => ((x % y) + y) % y;
        expect(got).toBe((floorDiv(a * b + c, c) - mod(a, c)).toString());
      }),
      { numRuns: 60 },
    );
  });

  it('float(str(x)) round-trips finite floats', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = call(thread, fn('str'), [new Float(x)], null);
        const back = call(thread, fn('float'), [s], null) as Float;
        expect(Object.is(back.v, x)).toBe(true);
      }),
    );
  });
});

/** JSON-representable Starlark values that decode back to equal values. */
const jsonValue = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constant<Value>(None),
    fc.boolean(),
    bigints.map((b) => normBig(b)),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => new Float(d)),
    fc.string({ unit: 'grapheme' }).map((s) => fromHost(s)).filter((s) => !s.includes('\x7f')),
  ),
  list: fc.array(tie('value'), { maxLength: 4 }).map((a) => new List(a as Value[])),
  dict: fc.array(fc.tuple(fc.string({ maxLength: 6 }), tie('value')), { maxLength: 4 }).map((entries) => {
    const d = new Dict();
    for (const [k, v] of entries) d.setUnchecked(fromHost(k), v as Value);
    return d;
  }),
  value: fc.oneof({ maxDepth: 3 }, tie('leaf'), tie('list'), tie('dict')),
})).value as fc.Arbitrary<Value>;

describe('json', () => {
  it('decode(encode(v)) == v', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        const text = call(thread, jsonFn('encode'), [v], null);
        const back = call(thread, jsonFn('decode'), [text], null);
        expect(equals(back, v)).toBe(true);
        // indent only reformats: decoding the indented text gives the same value
        const pretty = call(thread, jsonFn('indent'), [text], [['indent', '  ']]);
        expect(equals(call(thread, jsonFn('decode'), [pretty], null), v)).toBe(true);
      }),
    );
  });
});

describe('sorted', () => {
  const keys = fc.oneof(
    fc.array(fc.integer({ min: -5, max: 5 })),
    fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -5, max: 5, noNaN: true }).map((d) => new Float(d)) as fc.Arbitrary<Value>)),
    fc.array(fc.string({ maxLength: 2 }).map((s) => fromHost(s))),
  ) as fc.Arbitrary<Value[]>;
  const first = new Builtin('first', (_t, args) => (args[0] as Tuple).elems[0]);

  it('is a stable permutation ordered by compare', () => {
    fc.assert(
      fc.property(keys, fc.boolean(), (ks, reverse) => {
        const items = ks.map((k, i) => new Tuple([k, i]));
        const out = call(thread, fn('sorted'), [new List(items)], [['key', first], ['reverse', reverse]]) as List;
        const got = out.elems as Tuple[];
        expect(got.map((t) => t.elems[1]).sort((a, b) => (a as number) - (b as number))).toEqual(items.map((_, i) => i));
        for (let i = 1; i < got.length; i++) {
          const [a, ai] = got[i - 1].elems;
          const [b, bi] = got[i].elems;
          expect(compare(reverse ? '<' : '>', a, b)).toBe(false);
          if (equals(a, b)) expect(ai < bi).toBe(true);
        }
      }),
    );
  });
});
