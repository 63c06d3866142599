// The assert module of starlark-go's test suite: starlarktest/assert.star from the
// installed copy, executed with the primitives it expects from its host (error, catch,
// matches, module, _freeze, _floateq). error() records a failure without stopping.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHost } from '../grammar/utf8.js';
import { call } from '../src/starlark/call.js';
import { execFile } from '../src/starlark/exec.js';
import { STRICT_DIALECT } from '../src/starlark/resolve/binding.js';
import { Thread, type Globals } from '../src/starlark/thread.js';
import { A, unpackArgs } from '../src/starlark/unpack.js';
import { Builtin } from '../src/starlark/values/builtin.js';
import { Float } from '../src/starlark/values/float.js';
import { str } from '../src/starlark/values/repr.js';
import { None, StarlarkError, type Value } from '../src/starlark/values/value.js';
import { goRegexp } from './chunks.js';

/** Where test failures reported through error() go. */
export interface Reporter {
  failures: string[];
}

const REPORTER = 'conformance.reporter';

export function setReporter(thread: Thread, r: Reporter): void {
  thread.setLocal(REPORTER, r);
}

function hostPrimitives(module: Value): Map<string, Value> {
  return new Map<string, Value>([
    [
      'error',
      new Builtin('error', (t, args) => {
        if (args.length !== 1) throw new StarlarkError(`error: got ${args.length} arguments, want 1`);
        const r = t.getLocal<Reporter>(REPORTER);
        r?.failures.push(toHost(str(args[0])));
        return None;
      }),
    ],
    [
      'catch',
      new Builtin('catch', (t, args, kwargs) => {
        const [fn] = unpackArgs('catch', args, kwargs, 'fn', A.callable);
        try {
          call(t, fn, [], null);
        } catch (e) {
          if (e instanceof StarlarkError) return e.msg;
          throw e;
        }
        return None;
      }),
    ],
    [
      'matches',
      new Builtin('matches', (_t, args, kwargs) => {
        const [pattern, s] = unpackArgs('matches', args, kwargs, 'pattern', A.string, 'str', A.string);
        return goRegexp(toHost(pattern)).test(toHost(s));
      }),
    ],
    ['module', module],
    [
      '_freeze',
      new Builtin('freeze', (_t, args, kwargs) => {
        if (kwargs && kwargs.length > 0) throw new StarlarkError('freeze does not accept keyword arguments');
        if (args.length !== 1) throw new StarlarkError(`freeze got ${args.length} arguments, wants 1`);
        const v = args[0];
        if (typeof v === 'object') v.freeze();
        return v;
      }),
    ],
    [
      '_floateq',
      new Builtin('floateq', (_t, args) => {
        const [x, y] = args.map((v) => (v instanceof Float ? v.v : Number(v)));
        return x === y || Math.abs(x - y) <= Number.EPSILON * Math.max(Math.abs(x), Math.abs(y));
      }),
    ],
  ]);
}

let cached: Globals | undefined;

/** Loads (once) the suite's assert.star. */
export function loadAssertModule(root: string, universe: ReadonlyMap<string, Value>, module: Value): Globals {
  if (!cached) {
    const path = join(root, 'starlarktest', 'assert.star');
    cached = execFile(new Thread(), path, readFileSync(path), {
      universe,
      predeclared: hostPrimitives(module),
      dialect: STRICT_DIALECT,
    });
  }
  return cached;
}
