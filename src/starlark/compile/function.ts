// def statements and lambda expressions (spec: "Function definitions", "Lambda
// expressions"): the body is compiled once; each execution of the def makes a function
// value holding the evaluated defaults and the captured cells.

import type { DefStmt, LambdaExpr, Stmt } from '../../../grammar/ast.js';
import type { Binding, FunctionInfo } from '../resolve/binding.js';
import type { Thread } from '../thread.js';
import { MANDATORY, StarFunction, type Cell, type FunctionCode } from '../values/function.js';
import type { Value } from '../values/value.js';
import { NORMAL, RETURN } from './completion.js';
import type { CompileContext, Ex, St } from './context.js';
import { compileExpr } from './expr.js';
import { entryPos } from './go-positions.js';
import { compileStoreName } from './names.js';
import { compileBlock } from './stmt.js';

export function compileDef(s: DefStmt, cx: CompileContext): St {
  const make = compileFunction(s.scope as FunctionInfo, s.body, cx);
  const store = compileStoreName(s.name, cx);
  return (L, T) => {
    store(L, T, make(L, T));
    return NORMAL;
  };
}

export function compileLambda(e: LambdaExpr, cx: CompileContext): Ex {
  const ret: Stmt = { kind: 'Return', pos: e.pos, result: e.body };
  return compileFunction(e.scope as FunctionInfo, [ret], cx);
}

function compileFunction(info: FunctionInfo, body: Stmt[], outer: CompileContext): (L: any[], T: Thread) => StarFunction {
  const defaults = compileDefaults(info, outer);
  const capture = info.freevars.map((b) => captureSlot(b, outer));
  const cx: CompileContext = { ...outer, fn: info, nlocals: info.locals.length };
  const code = functionCode(info, cx, compileBlock(body, cx), entryPos(body, info.pos));
  return (L, T) => {
    const d: (Value | typeof MANDATORY)[] = new Array(defaults.length);
    for (let i = 0; i < defaults.length; i++) {
      const f = defaults[i];
      d[i] = f === MANDATORY ? MANDATORY : f(L, T);
    }
    const free: Cell[] = new Array(capture.length);
    for (let i = 0; i < capture.length; i++) free[i] = L[capture[i]] as Cell;
    return new StarFunction(code, d, free);
  };
}

/** Default-value thunks for the trailing optional and keyword-only parameters. */
function compileDefaults(info: FunctionInfo, outer: CompileContext): (Ex | typeof MANDATORY)[] {
  const out: (Ex | typeof MANDATORY)[] = [];
  let seenStar = false;
  for (const p of info.params) {
    if (p.kind === 'Optional') out.push(compileExpr(p.default, outer));
    else if (p.kind === 'Required' && seenStar) out.push(MANDATORY);
    else if (p.kind === 'Star' || p.kind === 'StarStar') seenStar = true;
  }
  return out;
}

/** The enclosing frame's slot holding the cell a free variable captures. */
function captureSlot(b: Binding, outer: CompileContext): number {
  return b.scope === 'free' ? outer.nlocals + b.index : b.index;
}

function functionCode(info: FunctionInfo, cx: CompileContext, body: St, entry: number): FunctionCode {
  const nparams = info.params.filter((p) => p.kind === 'Required' || p.kind === 'Optional').length;
  const nslots = nparams + (info.hasVarargs ? 1 : 0) + (info.hasKwargs ? 1 : 0);
  const cells: number[] = [];
  info.locals.forEach((b, i) => {
    if (b.scope === 'cell') cells.push(i);
  });
  return {
    name: info.name,
    pos: info.pos,
    entryPos: entry,
    lines: cx.module.lines,
    module: cx.module,
    nparams,
    nkwonly: info.numKwonlyParams,
    hasVarargs: info.hasVarargs,
    hasKwargs: info.hasKwargs,
    paramNames: info.locals.slice(0, nslots).map((b) => b.first!.name),
    nlocals: info.locals.length,
    nfree: info.freevars.length,
    simpleArity: info.hasVarargs || info.hasKwargs || info.numKwonlyParams > 0 ? -1 : nparams,
    cells,
    body,
  };
}

export { RETURN };
