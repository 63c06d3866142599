// sorted, min and max.
//
// sorted() is stable and compares with `<` only, like Go's sort.Stable over
// starlark.Compare(LT). Key functions are called once per element, before sorting.
// Errors from key functions pass through untouched (they carry the Starlark call stack);
// comparison errors are reported as starlark-go reports them: sorted gives the message
// of the last failing comparison bare, min/max the first one prefixed with the name.

import { call } from '../../src/starlark/call.js';
import { compare } from '../../src/starlark/ops/compare.js';
import { iterate, toArray } from '../../src/starlark/ops/iterate.js';
import { A, unpackArgs } from '../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { List } from '../../src/starlark/values/list.js';
import { makeTuple } from '../../src/starlark/values/tuple.js';
import { StarObject, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { goStableSort } from './go-sort.js';
import { named } from './args.js';

/** A three-way comparator from `<`, with fast paths for all-string and all-small-int keys. */
function comparatorFor(keys: Value[]): (a: Value, b: Value) => number {
  const kind = typeof keys[0];
  if ((kind === 'string' || kind === 'number') && keys.every((k) => typeof k === kind)) {
    return (a, b) => ((a as string | number) < (b as string | number) ? -1 : (a as string | number) > (b as string | number) ? 1 : 0);
  }
  return (a, b) => (compare('<', a, b) ? -1 : compare('<', b, a) ? 1 : 0);
}

/** The error Go's sort.Stable run would report: the last failing comparison's. */
function goSortError(keys: Value[], reverse: boolean): StarlarkError | null {
  const k = keys.slice();
  let err: StarlarkError | null = null;
  const less = (x: Value, y: Value): boolean => {
    try {
      return compare('<', x, y);
    } catch (e) {
      if (!(e instanceof StarlarkError)) throw e;
      err = e;
      return false;
    }
  };
  goStableSort(
    {
      less: reverse ? (i, j) => less(k[j], k[i]) : (i, j) => less(k[i], k[j]),
      swap: (i, j) => {
        const t = k[i];
        k[i] = k[j];
        k[j] = t;
      },
    },
    k.length,
  );
  return err;
}

function sorted(thread: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [iterable, key, reverse = false] = unpackArgs('sorted', args, kwargs, 'iterable', A.iterable, 'key?', A.callable, 'reverse?', A.bool) as [Value, Value | undefined, boolean | undefined];
  const values = toArray(iterable);
  const keys = key === undefined ? values : values.map((v) => call(thread, key, [v], null));
  if (values.length < 2) return new List(values);
  const order = values.map((_, i) => i);
  const cmp = comparatorFor(keys);
  let failed = false;
  const sign = reverse ? -1 : 1;
  order.sort((i, j) => {
    if (failed) return 0;
    try {
      return sign * cmp(keys[i], keys[j]);
    } catch (e) {
      if (!(e instanceof StarlarkError)) throw e;
      failed = true;
      return 0;
    }
  });
  if (failed) throw goSortError(keys, reverse) ?? new StarlarkError('sorted: inconsistent comparison');
  return new List(order.map((i) => values[i]));
}

function minmax(thread: Thread, args: Value[], kwargs: Kwargs | null, self: Builtin): Value {
  const name = self.name;
  if (args.length === 0) throw new StarlarkError(`${name} requires at least one positional argument`);
  const [key] = unpackArgs(name, [], kwargs, 'key?', A.callable) as [Value | undefined];
  const op = name === 'max' ? '>' : '<';
  const seq = args.length === 1 ? args[0] : makeTuple(args.slice());
  if (!(seq instanceof StarObject && seq.iterate)) throw new StarlarkError(`${name}: ${typeOf(seq)} value is not iterable`);
  const it = iterate(seq);
  try {
    let best = it.next();
    if (best === undefined) throw new StarlarkError(`${name}: argument is an empty sequence`);
    let bestKey = key === undefined ? best : call(thread, key, [best], null);
    for (let x = it.next(); x !== undefined; x = it.next()) {
      const k = key === undefined ? x : call(thread, key, [x], null);
      const kk = bestKey;
      if (named(name, () => compare(op, k, kk))) {
        best = x;
        bestKey = k;
      }
    }
    return best;
  } finally {
    it.done();
  }
}

export const sortingBuiltins: Builtin[] = [new Builtin('sorted', sorted), new Builtin('max', minmax), new Builtin('min', minmax)];
