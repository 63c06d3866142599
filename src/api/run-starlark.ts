// Programmatic API behind `tiltjs starlark FILE...`: plain Starlark in Tilt's dialect with
// `struct`, `module` and `json` predeclared. load() resolves paths relative to the
// loading file and executes each module once.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { starlarkExtras, universe } from '../../builtins/universe/index.js';
import { toHost } from '../../grammar/utf8.js';
import { execFile } from '../starlark/exec.js';
import { Thread, type Globals } from '../starlark/thread.js';
import { StarlarkError } from '../starlark/values/value.js';

export interface RunStarlarkOptions {
  /** receives each print() line (host string, no newline) */
  print?: (line: string) => void;
}

/**
 * A file that cannot be read, worded as Go's os errors (starlark-go prints them without
 * "Error:", and load() reports them as `cannot load M: open PATH: ...`).
 */
export class SourceFileError extends Error {
  constructor(file: string, e: NodeJS.ErrnoException) {
    const why: Record<string, string> = {
      ENOENT: `open ${file}: no such file or directory`,
      ENOTDIR: `open ${file}: not a directory`,
      EACCES: `open ${file}: permission denied`,
      EISDIR: `read ${file}: is a directory`,
    };
    super(why[e.code ?? ''] ?? `open ${file}: ${e.message}`);
    this.name = 'SourceFileError';
  }
}

/** Executes one file; throws StaticErrors, StarlarkError (with backtrace) or SourceFileError. */
export function runStarlarkFile(path: string, opts: RunStarlarkOptions = {}): Globals {
  const predeclared = starlarkExtras();
  const cache = new Map<string, Globals | null>();
  // Without a hook, print() writes the string's bytes as they are (invalid UTF-8 included), as starlark-go does.
  const print: (msg: string) => void = opts.print
    ? (msg) => opts.print!(toHost(msg))
    : (msg) => process.stdout.write(Buffer.from(msg + '\n', 'latin1'));
  const execModule = (file: string): Globals => {
    const thread = new Thread({
      name: file,
      print: (_t, msg) => print(msg),
      load: (_t, module) => {
        const target = resolve(dirname(file), toHost(module));
        if (cache.has(target)) {
          const g = cache.get(target);
          if (g === null) throw new StarlarkError(`cycle in load graph`);
          return g!;
        }
        cache.set(target, null);
        const g = execModule(target);
        cache.set(target, g);
        return g;
      },
    });
    let src: Buffer;
    try {
      src = readFileSync(file);
    } catch (e) {
      throw new SourceFileError(file, e as NodeJS.ErrnoException);
    }
    return execFile(thread, file, src, { universe, predeclared });
  };
  return execModule(path);
}
