// load statements (spec: "Load statements"): the thread's load hook supplies the module's
// globals; each requested name must exist there.

import type { LoadStmt } from '../../../grammar/ast.js';
import { atPos, ControlSignal, StaticErrors } from '../errors.js';
import { nearest } from '../resolve/spell.js';
import type { CallSite, Globals } from '../thread.js';
import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../values/value.js';
import { NORMAL } from './completion.js';
import type { CompileContext, St } from './context.js';
import { compileStoreName } from './names.js';

export function compileLoadStmt(s: LoadStmt, cx: CompileContext): St {
  const module = s.module.value;
  const from = s.from.map((f) => f.name);
  const stores = s.to.map((id) => compileStoreName(id, cx));
  const pos = s.pos;
  const site: CallSite = { lines: cx.module.lines, pos };
  return (L, T) => {
    if (!T.load) throw atPos(new StarlarkError('load not implemented by this application'), pos);
    let globals: Globals;
    T.site = site;
    try {
      globals = T.load(T, module);
    } catch (err) {
      if (err instanceof StarlarkError && (!T.wrapLoadErrors || err instanceof ControlSignal)) throw atPos(err, pos);
      throw atPos(loadFailure(module, err), pos);
    }
    for (let i = 0; i < from.length; i++) {
      const v = globals.get(from[i]);
      if (v === undefined) {
        let msg = `load: name ${from[i]} not found in module ${module}`;
        const hint = nearest(from[i], globals.keys());
        if (hint) msg += ` (did you mean ${hint}?)`;
        throw atPos(new StarlarkError(msg), pos);
      }
      stores[i](L, T, v);
    }
    return NORMAL;
  };
}

/** "cannot load M: <reason>", keeping the original error as the cause. */
function loadFailure(module: string, err: unknown): StarlarkError {
  const reason =
    err instanceof StarlarkError ? err.msg : err instanceof StaticErrors ? fromHost(err.message) : err instanceof Error ? fromHost(err.message) : String(err);
  const e = new StarlarkError(`cannot load ${module}: ${reason}`);
  (e as { cause?: unknown }).cause = err;
  return e;
}
