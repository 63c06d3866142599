// Executing the files of one Tiltfile load: the main Tiltfile and every file it load()s,
// load_dynamic()s or include()s. Each file runs at most once per load (later loads get
// the cached globals, or the cached error); cycles fail with "Circular load".

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { universe } from '../../builtins/universe/index.js';
import type { LoadContext } from '../../builtins/kit/context.js';
import { fromHost, toHost } from '../../grammar/utf8.js';
import { execFile } from '../starlark/exec.js';
import type { Globals, Thread } from '../starlark/thread.js';
import { StarlarkError, type Value } from '../starlark/values/value.js';

type Entry = { state: 'running' } | { state: 'done'; globals: Globals } | { state: 'failed'; error: unknown };

export class ModuleCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly cx: LoadContext,
    private readonly predeclared: ReadonlyMap<string, Value>,
  ) {}

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
    this.cx.recordConfigFile(path);
    const predeclared = new Map(this.predeclared);
    predeclared.set('__file__', fromHost(path));
    predeclared.set('__name__', isMain ? '__main__' : fromHost(basename(path)));
    return this.cx.withFile(path, () => execFile(thread, path, src, { universe, predeclared }));
  }
}

function readSource(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new StarlarkError(fromHost(`error reading file ${path}: open ${path}: ${why}`));
  }
}

export { toHost };
