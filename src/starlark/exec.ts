// Executing a Starlark file: parse, resolve (all static errors before anything runs),
// compile to closures, run the top level, then freeze the module's globals.

import { parseFile, StarlarkSyntaxError } from '../../grammar/index.js';
import type { File } from '../../grammar/ast.js';
import { fromHost } from '../../grammar/utf8.js';
import './methods/index.js';
import { compileBlock } from './compile/stmt.js';
import type { CompileContext } from './compile/context.js';
import { StaticErrors, unwindFrame } from './errors.js';
import { TILT_DIALECT, type DialectOptions } from './resolve/binding.js';
import { Resolver } from './resolve/resolver.js';
import type { Globals, Thread } from './thread.js';
import { Cell, type ModuleRuntime } from './values/function.js';
import type { Value } from './values/value.js';

export interface ExecOptions {
  /** Names visible in this module only (Tilt's builtins, test helpers...). */
  predeclared?: ReadonlyMap<string, Value>;
  /** Names visible in every module (the Starlark universe: len, range, ...). */
  universe: ReadonlyMap<string, Value>;
  /** Dialect switches; Tilt's by default. */
  dialect?: DialectOptions;
}

/** Parses and resolves a file; throws StaticErrors listing every static error. */
export function prepareFile(path: string, src: string | Uint8Array, opts: ExecOptions): { file: File; resolver: ReturnType<Resolver['resolveFile']> } {
  let file: File;
  try {
    file = parseFile(path, src);
  } catch (e) {
    if (e instanceof StarlarkSyntaxError) throw new StaticErrors([{ pos: e.pos, msg: fromHost(e.msg) }]);
    throw e;
  }
  const predeclared = opts.predeclared ?? new Map<string, Value>();
  const r = new Resolver(opts.dialect ?? TILT_DIALECT, (n) => predeclared.has(n), (n) => opts.universe.has(n));
  r.formatPos = (offset) => file.lines.format(offset);
  const info = r.resolveFile(file.stmts);
  if (r.issues.length > 0) {
    throw new StaticErrors(r.issues.map((i) => ({ pos: file.lines.position(i.pos), msg: i.msg })));
  }
  return { file, resolver: info };
}

/** Executes a file and returns its (frozen) globals. Throws StaticErrors or StarlarkError. */
export function execFile(thread: Thread, path: string, src: string | Uint8Array, opts: ExecOptions): Globals {
  const { file, resolver: info } = prepareFile(path, src, opts);
  const dialect = opts.dialect ?? TILT_DIALECT;
  const module: ModuleRuntime = {
    path,
    lines: file.lines,
    globals: new Array(info.globals.length),
    globalNames: info.globals.map((b) => b.first!.name),
    allowRecursion: dialect.recursion,
  };
  const cx: CompileContext = {
    module,
    fn: null,
    nlocals: info.locals.length,
    predeclared: opts.predeclared ?? new Map(),
    universe: opts.universe,
  };
  const body = compileBlock(file.stmts, cx);
  const L: unknown[] = new Array(info.locals.length);
  info.locals.forEach((b, i) => {
    if (b.scope === 'cell') L[i] = new Cell(undefined);
  });
  thread.enterFrame('<toplevel>');
  thread.depth++;
  try {
    body(L, thread);
  } catch (e) {
    throw unwindFrame(e, '<toplevel>', file.lines, 0);
  } finally {
    thread.depth--;
  }
  const globals: Globals = new Map();
  module.globals.forEach((v, i) => {
    if (v !== undefined) {
      if (typeof v === 'object') v.freeze();
      globals.set(module.globalNames[i], v);
    }
  });
  return globals;
}
