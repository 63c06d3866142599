// Universe functions over sequences and iterables: all any enumerate len list range
// reversed tuple zip. All of them return fresh lists or tuples, never iterators.

import { iterate, toArray } from '../../src/starlark/ops/iterate.js';
import { lengthOf, truth } from '../../src/starlark/ops/truth.js';
import { int64 } from '../../src/starlark/methods/string-args.js';
import { A, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { intAdd } from '../../src/starlark/values/int.js';
import { List } from '../../src/starlark/values/list.js';
import { Range } from '../../src/starlark/values/range.js';
import { makeTuple, Tuple } from '../../src/starlark/values/tuple.js';
import { StarObject, StarlarkError, type StarIterator, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { int64Exact, noKwargs } from './args.js';

/** Calls f on each element of an iterable until f returns true; returns whether it did. */
function some(v: Value, f: (x: Value) => boolean): boolean {
  const it = iterate(v);
  try {
    for (let x = it.next(); x !== undefined; x = it.next()) if (f(x)) return true;
    return false;
  } finally {
    it.done();
  }
}

function all(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('all', args, kwargs, 1, A.iterable);
  return !some(x, (e) => !truth(e));
}

function any(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('any', args, kwargs, 1, A.iterable);
  return some(x, truth);
}

function enumerate(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x, start = 0] = unpackPositional('enumerate', args, kwargs, 1, A.iterable, int64Exact);
  const out: Value[] = [];
  let i = start;
  some(x, (e) => {
    out.push(new Tuple([i, e]));
    i = intAdd(i, 1);
    return false;
  });
  return new List(out);
}

function len(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('len', args, kwargs, 1, A.value);
  return len1(x);
}

function len1(x: Value): Value {
  const n = lengthOf(x);
  if (n < 0) throw new StarlarkError(`len: value of type ${typeOf(x)} has no len`);
  return Number.isSafeInteger(n) ? n : BigInt(n); // only huge ranges get here
}

function list(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('list', args, kwargs, 0, A.iterable);
  return new List(x === undefined ? [] : toArray(x));
}

function range(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [a, b, step = 1] = unpackPositional('range', args, kwargs, 1, int64, int64, int64);
  const [start, stop] = args.length === 1 ? [0, a] : [a, b];
  if (step === 0) throw new StarlarkError('range: step argument must not be zero');
  return new Range(start, stop, step);
}

function reversed(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('reversed', args, kwargs, 1, A.iterable);
  return new List(toArray(x).reverse());
}

function tuple(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('tuple', args, kwargs, 0, A.iterable);
  return x === undefined ? makeTuple([]) : makeTuple(toArray(x));
}

function zip(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('zip', kwargs);
  const iters: StarIterator[] = [];
  try {
    args.forEach((seq, i) => {
      if (!(seq instanceof StarObject && seq.iterate)) {
        throw new StarlarkError(`zip: argument #${i + 1} is not iterable: ${typeOf(seq)}`);
      }
      iters.push(seq.iterate());
    });
    const out: Value[] = [];
    if (iters.length === 0) return new List(out);
    for (;;) {
      const row: Value[] = [];
      for (const it of iters) {
        const v = it.next();
        if (v === undefined) return new List(out);
        row.push(v);
      }
      out.push(new Tuple(row));
    }
  } finally {
    for (const it of iters) it.done();
  }
}

export const sequenceBuiltins: Builtin[] = [
  new Builtin('all', all),
  new Builtin('any', any),
  new Builtin('enumerate', enumerate),
  new Builtin('len', len).withUnary(len1),
  new Builtin('list', list),
  new Builtin('range', range),
  new Builtin('reversed', reversed),
  new Builtin('tuple', tuple),
  new Builtin('zip', zip),
];
