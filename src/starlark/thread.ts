// A Thread carries the state of one evaluation: call depth, the print and load hooks the
// embedder provides, and thread-local storage (starlark-go's Thread.SetLocal), which is
// how host applications such as the Tiltfile loader reach their own state from builtins.

import type { LineTable, Position } from '../../grammar/position.js';
import { toHost } from '../../grammar/utf8.js';
import type { FunctionCode } from './values/function.js';
import { None, type Value } from './values/value.js';

/** A call expression in the source: where the `(` is. Made once per call site at compile time. */
export interface CallSite {
  lines: LineTable;
  pos: number;
}

/** One frame of the live call stack: the function and the position it is executing. */
export interface LiveFrame {
  name: string;
  /** null for a frame entered from a builtin or the embedder */
  pos: Position | null;
}

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
  /**
   * The call site of the call being made right now, set by compiled code before every
   * call: when a builtin runs, this is where it was called from.
   */
  site: CallSite | null = null;
  /** Per active frame (index < depth): its name and the call site that entered it. */
  private readonly frameNames: string[] = [];
  private readonly frameSites: (CallSite | null)[] = [];
  private readonly locals = new Map<string, unknown>();

  constructor(opts: ThreadOptions = {}) {
    this.name = opts.name ?? '';
    this.print = opts.print ?? ((_t, msg) => process.stdout.write(toHost(msg) + '\n'));
    this.load = opts.load ?? null;
    this.maxDepth = opts.maxDepth ?? 100_000;
    this.wrapLoadErrors = opts.wrapLoadErrors ?? true;
  }

  /** Records entry into a frame (a function or a module's top level); depth is the new frame's index. */
  enterFrame(name: string): void {
    this.frameNames[this.depth] = name;
    this.frameSites[this.depth] = this.site;
  }

  /** Where the running builtin was called from (file:line:col of its `(`), if known. */
  callerPosition(): Position | null {
    return this.site ? this.site.lines.position(this.site.pos) : null;
  }

  /**
   * The live Starlark call stack, outermost first: each frame with the position it is
   * executing (the innermost frame's position is the current call site).
   */
  callStack(): LiveFrame[] {
    const out: LiveFrame[] = [];
    for (let i = 0; i < this.depth; i++) {
      const site = i + 1 < this.depth ? this.frameSites[i + 1] : this.site;
      out.push({ name: this.frameNames[i], pos: site ? site.lines.position(site.pos) : null });
    }
    return out;
  }

  setLocal(key: string, value: unknown): void {
    this.locals.set(key, value);
  }

  getLocal<T>(key: string): T | undefined {
    return this.locals.get(key) as T | undefined;
  }
}
