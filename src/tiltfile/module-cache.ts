// Executing the files of one Tiltfile load: the main Tiltfile and every file it load()s,
// load_dynamic()s or include()s. Each file runs at most once per load (later loads get
// the cached globals, or the cached error); cycles fail with "Circular load".
//
// Errors follow what Tilt prints for a load that shares one Starlark thread (starkit's
// UnpackBacktrace keeps the innermost evaluation error):
//  - a runtime error inside a loaded file keeps its own backtrace, which already shows
//    the frames of every file on the way, so it passes through the load statement as is;
//  - anything else (missing file, static error, cycle, ext:// resolution) is a plain
//    error that the load statement reports as "cannot load M: <reason>" at its position.
// load_dynamic() and include() are builtins: their plain errors read
// "Error in load_dynamic: <reason>", without the "cannot load" prefix.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { universe } from '../../builtins/universe/index.js';
import type { LoadContext } from '../../builtins/kit/context.js';
import { fromHost, toHost } from '../../grammar/utf8.js';
import { callStack, ControlSignal, StaticErrors } from '../starlark/errors.js';
import { execFile } from '../starlark/exec.js';
import type { Globals, Thread } from '../starlark/thread.js';
import { StarlarkError, type Value } from '../starlark/values/value.js';
import { resolveModulePath } from './module-path.js';

type Entry = { state: 'running' } | { state: 'done'; globals: Globals } | { state: 'failed'; error: unknown };

export class ModuleCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly cx: LoadContext,
    private readonly predeclared: ReadonlyMap<string, Value>,
  ) {}

  /** A load statement's module (`written` is the host text after `load(`). */
  loadStatement(thread: Thread, written: string): Globals {
    try {
      return this.load(thread, written);
    } catch (e) {
      if (e instanceof ControlSignal) throw e;
      if (e instanceof StarlarkError && callStack(e).length > 0) throw e;
      const reason = e instanceof StarlarkError ? e.msg : fromHost(e instanceof Error ? e.message : String(e));
      throw new StarlarkError(`cannot load ${fromHost(written)}: ${reason}`);
    }
  }

  /** The module a load_dynamic()/include() names (resolved against the current file). */
  load(thread: Thread, written: string): Globals {
    return this.exec(thread, resolveModulePath(this.cx, written), false);
  }

  /** Executes `path` (absolute) with its top level as the current file. */
  exec(thread: Thread, path: string, isMain: boolean): Globals {
    const entry = this.entries.get(path);
    if (entry?.state === 'running') throw new StarlarkError(`Circular load: ${fromHost(path)}`);
    if (entry?.state === 'done') return entry.globals;
    if (entry?.state === 'failed') throw entry.error;
    this.entries.set(path, { state: 'running' });
    try {
      const globals = this.run(thread, path, isMain);
      this.entries.set(path, { state: 'done', globals });
      return globals;
    } catch (e) {
      this.entries.set(path, { state: 'failed', error: e });
      throw e;
    }
  }

  private run(thread: Thread, path: string, isMain: boolean): Globals {
    const src = readSource(path);
    // Recorded once read, before it runs: a file that fails still gets watched.
    this.cx.recordConfigFile(path);
    const predeclared = new Map(this.predeclared);
    predeclared.set('__file__', fromHost(path));
    predeclared.set('__name__', isMain ? '__main__' : fromHost(basename(path)));
    try {
      return this.cx.withFile(path, () => execFile(thread, path, src, { universe, predeclared }));
    } catch (e) {
      // The main file's static errors print without a backtrace; a loaded file's are a
      // plain reason for the loader (see the header).
      if (!isMain && e instanceof StaticErrors) throw new StarlarkError(fromHost(e.message));
      throw e;
    }
  }
}

function readSource(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Go opens a directory fine and fails reading it.
    const why = code === 'ENOENT' ? `open ${path}: no such file or directory` : code === 'EISDIR' ? `read ${path}: is a directory` : (e as Error).message;
    throw new StarlarkError(fromHost(`error reading file ${path}: ${why}`));
  }
}

export { toHost };
