// A Thread carries the state of one evaluation: call depth, the print and load hooks the
// embedder provides, and thread-local storage (starlark-go's Thread.SetLocal), which is
// how host applications such as the Tiltfile loader reach their own state from builtins.

import { toHost } from '../../grammar/utf8.js';
import type { FunctionCode } from './values/function.js';
import { None, type Value } from './values/value.js';

/** The globals of a module after execution, by name, in definition order. */
export type Globals = Map<string, Value>;

export interface ThreadOptions {
  name?: string;
  /** Called by print(); msg is a byte string. Default: write to stdout. */
  print?: (thread: Thread, msg: string) => void;
  /** Called by load(); returns the loaded module's exported globals or throws. */
  load?: (thread: Thread, module: string) => Globals;
  /** Maximum Starlark call depth before "Starlark stack overflow". */
  maxDepth?: number;
  /**
   * Whether a runtime error inside a loaded module is wrapped as "cannot load M: ..."
   * (starlark-go's default). Tilt's loader keeps the inner error, whose backtrace then
   * shows the frames of both files.
   */
  wrapLoadErrors?: boolean;
}

export class Thread {
  readonly name: string;
  print: (thread: Thread, msg: string) => void;
  load: ((thread: Thread, module: string) => Globals) | null;
  maxDepth: number;
  readonly wrapLoadErrors: boolean;
  depth = 0;
  /** Active Starlark functions, innermost last (for the no-recursion dialect check). */
  readonly active: FunctionCode[] = [];
  /** Scratch slot used by compiled code to carry a function's return value. */
  ret: Value = None;
  private readonly locals = new Map<string, unknown>();

  constructor(opts: ThreadOptions = {}) {
    this.name = opts.name ?? '';
    this.print = opts.print ?? ((_t, msg) => process.stdout.write(toHost(msg) + '\n'));
    this.load = opts.load ?? null;
    this.maxDepth = opts.maxDepth ?? 100_000;
    this.wrapLoadErrors = opts.wrapLoadErrors ?? true;
  }

  setLocal(key: string, value: unknown): void {
    this.locals.set(key, value);
  }

  getLocal<T>(key: string): T | undefined {
    return this.locals.get(key) as T | undefined;
  }
}
