// Control flow and loading: fail(msg), warn(msg), exit(code=None), load_dynamic(path),
// include(path) (reference §1.9, §2.3).

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { ControlSignal } from '../../../src/starlark/errors.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { str } from '../../../src/starlark/values/repr.js';
import { None, StarlarkError } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, type TiltPlugin } from '../../kit/index.js';

/** Raised by exit(): stops the whole Tiltfile tree without an error. */
export class ExitSignal extends ControlSignal {
  constructor() {
    super('exit() called');
  }
}

const fail = defineBuiltin('fail', { msg: T.string }, (_cx, a) => {
  throw new StarlarkError(fromHost(a.msg));
});

const warn = defineBuiltin('warn', { msg: T.string }, (cx, a) => {
  cx.load.warn(a.msg);
});

const exit = defineBuiltin('exit', { 'code?': T.value }, (cx, a) => {
  if (a.code !== undefined && a.code !== None) {
    const text = str(a.code);
    if (text !== '') cx.load.log(toHost(text));
  }
  throw new ExitSignal();
});

const loadDynamic = defineBuiltin('load_dynamic', { path: T.stringable }, (cx, a) => {
  const globals = cx.load.loadModule(cx.thread, a.path);
  const d = new Dict();
  for (const [k, v] of globals) d.setUnchecked(k, v);
  d.freeze();
  return d;
});

const include = defineBuiltin('include', { path: T.string }, (cx, a) => {
  cx.load.loadModule(cx.thread, a.path);
});

export const controlPlugin: TiltPlugin = {
  name: 'control',
  globals: { fail, warn, exit, load_dynamic: loadDynamic, include },
};
