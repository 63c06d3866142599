// The dict and set constructors.

import { updateDict } from '../../src/starlark/methods/dict.js';
import { iterate } from '../../src/starlark/ops/iterate.js';
import { A, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, type Kwargs } from '../../src/starlark/values/builtin.js';
import { Dict } from '../../src/starlark/values/dict.js';
import { StarSet } from '../../src/starlark/values/set.js';
import { StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { named } from './args.js';

function dict(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  if (args.length > 1) throw new StarlarkError(`dict: got ${args.length} arguments, want at most 1`);
  const d = new Dict();
  named('dict', () => updateDict(d, args, kwargs));
  return d;
}

function set(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('set', args, kwargs, 0, A.iterable);
  const s = new StarSet();
  if (x === undefined) return s;
  const it = iterate(x);
  try {
    named('set', () => {
      for (let e = it.next(); e !== undefined; e = it.next()) s.addUnchecked(e);
    });
  } finally {
    it.done();
  }
  return s;
}

export const dictBuiltins: Builtin[] = [new Builtin('dict', dict), new Builtin('set', set)];
