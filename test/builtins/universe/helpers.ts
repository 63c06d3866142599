// Running Starlark snippets with the universe, struct, module and json predeclared.

import { starlarkExtras, universe } from '../../../builtins/universe/index.js';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { execFile } from '../../../src/starlark/exec.js';
import { call } from '../../../src/starlark/call.js';
import { Thread } from '../../../src/starlark/thread.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';

export interface RunResult {
  globals: Map<string, Value>;
  printed: string[];
}

/** Executes a file body (host text); throws what execFile throws. */
export function run(src: string): RunResult {
  const printed: string[] = [];
  const thread = new Thread({ print: (_t, msg) => printed.push(toHost(msg)) });
  const globals = execFile(thread, 'test.star', fromHost(src), { universe, predeclared: starlarkExtras() });
  return { globals, printed };
}

/** The value of one expression. */
export function evalStar(expr: string, prelude = ''): Value {
  return run(`${prelude}\n_result_ = ${expr}\n`).globals.get('_result_') as Value;
}

/** repr() of one expression, as a host string. */
export function reprOf(expr: string, prelude = ''): string {
  return toHost(repr(evalStar(expr, prelude)));
}

/** The runtime error message (host text) a snippet fails with. */
export function errorOf(src: string): string {
  try {
    run(src);
  } catch (e) {
    if (e instanceof StarlarkError) return toHost(e.msg);
    throw e;
  }
  throw new Error(`no error from: ${src}`);
}

/** "<repr>" of an expression's value, or "ERR <message>" when evaluating it fails. */
export function outcome(expr: string, prelude = ''): string {
  try {
    return reprOf(expr, prelude);
  } catch (e) {
    if (e instanceof StarlarkError) return 'ERR ' + toHost(e.msg);
    throw e;
  }
}

/**
 * Runs a module, which freezes its globals, then calls its zero-argument function `f`:
 * the way to act on frozen values. Returns the error message, or "OK <repr>".
 */
export function callAfterFreeze(src: string): string {
  const { globals } = run(src);
  const thread = new Thread({ print: () => {} });
  try {
    return 'OK ' + toHost(repr(call(thread, globals.get('f') as Value, [], null)));
  } catch (e) {
    if (e instanceof StarlarkError) return toHost(e.msg);
    throw e;
  }
}
