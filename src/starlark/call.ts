// Calling functions: argument binding for Starlark functions (spec: "Function calls"),
// the call boundary of builtins, and call-stack bookkeeping for backtraces.

import { unwindBuiltin, unwindFrame } from './errors.js';
import type { Thread } from './thread.js';
import { Builtin, typeOf, type Kwargs } from './values/builtin.js';
import { Dict } from './values/dict.js';
import { Cell, MANDATORY, StarFunction, type FunctionCode } from './values/function.js';
import { repr } from './values/repr.js';
import { makeTuple } from './values/tuple.js';
import { StarObject, StarlarkError, type Value } from './values/value.js';
import { RETURN } from './compile/completion.js';
import { None } from './values/value.js';

/** Calls any callable value. */
export function call(T: Thread, f: Value, args: Value[], kwargs: Kwargs | null): Value {
  if (f instanceof StarFunction) return callFunction(T, f, args, kwargs);
  if (f instanceof Builtin) return callBuiltin(T, f, args, kwargs);
  if (f instanceof StarObject && f.callAs) return f.callAs(T, args, kwargs);
  throw new StarlarkError(`invalid call of non-function (${typeOf(f)})`);
}

export function callBuiltin(T: Thread, f: Builtin, args: Value[], kwargs: Kwargs | null): Value {
  try {
    return f.impl(T, args, kwargs, f);
  } catch (e) {
    throw unwindBuiltin(e, f.name);
  }
}

export function callFunction(T: Thread, fn: StarFunction, args: Value[], kwargs: Kwargs | null): Value {
  const code = fn.code;
  const L = new Array(code.nlocals + code.nfree);
  if (kwargs === null && args.length === code.simpleArity) {
    for (let i = 0; i < args.length; i++) L[i] = args[i];
    return invoke(T, fn, L);
  }
  return invoke(T, fn, L, args, kwargs);
}

/**
 * Runs fn's body in the frame L. Without args/kwargs, L already holds the parameters
 * (the compiled call site's fast path); otherwise they are bound here, inside the callee's
 * frame, so that binding errors are reported where starlark-go reports them (the def,
 * or the function's first positioned instruction: FunctionCode.entryPos).
 */
export function invoke(T: Thread, fn: StarFunction, L: any[], args?: Value[], kwargs?: Kwargs | null): Value {
  const code = fn.code;
  if (T.depth >= T.maxDepth) throw new StarlarkError('Starlark stack overflow');
  const tracked = !code.module.allowRecursion;
  if (tracked && T.active.includes(code)) throw new StarlarkError(`function ${code.name} called recursively`);
  T.enterFrame(code.name);
  T.depth++;
  if (tracked) T.active.push(code);
  try {
    if (args !== undefined) setArgs(L, fn, args, kwargs ?? null);
    const cells = code.cells;
    for (let i = 0; i < cells.length; i++) L[cells[i]] = new Cell(L[cells[i]]);
    const free = fn.freevars;
    for (let i = 0; i < free.length; i++) L[code.nlocals + i] = free[i];
    if (code.body(L, T) === RETURN) {
      const r = T.ret;
      T.ret = None;
      return r;
    }
    return None;
  } catch (e) {
    throw unwindFrame(e, code.name, code.lines, code.entryPos);
  } finally {
    T.depth--;
    if (tracked) T.active.pop();
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/** Binds actual arguments to the formal parameters of fn in L (starlark-go's setArgs). */
function setArgs(L: (Value | undefined)[], fn: StarFunction, args: Value[], kwargs: Kwargs | null): void {
  const code: FunctionCode = fn.code;
  const name = code.name;
  const nkw = kwargs ? kwargs.length : 0;
  let nparams = code.nparams + (code.hasVarargs ? 1 : 0) + (code.hasKwargs ? 1 : 0);
  if (nparams === 0) {
    if (args.length + nkw > 0) throw new StarlarkError(`function ${name} accepts no arguments (${args.length + nkw} given)`);
    return;
  }
  let kwdict: Dict | null = null;
  if (code.hasKwargs) {
    nparams--;
    kwdict = new Dict();
    L[nparams] = kwdict;
  }
  if (code.hasVarargs) nparams--;
  const nonkwonly = nparams - code.nkwonly;
  let n = args.length;
  if (n > nonkwonly) {
    if (!code.hasVarargs) {
      const atMost = fn.defaults.length > code.nkwonly ? 'at most ' : '';
      throw new StarlarkError(
        `function ${name} accepts ${atMost}${nonkwonly} positional argument${plural(nonkwonly)} (${args.length} given)`,
      );
    }
    n = nonkwonly;
  }
  for (let i = 0; i < n; i++) L[i] = args[i];
  if (code.hasVarargs) L[nparams] = makeTuple(args.slice(n));
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = code.paramNames.indexOf(k);
      if (i >= 0 && i < nparams) {
        if (L[i] !== undefined) throw new StarlarkError(`function ${name} got multiple values for parameter ${repr(k)}`);
        L[i] = v;
        continue;
      }
      if (kwdict === null) throw new StarlarkError(`function ${name} got an unexpected keyword argument ${repr(k)}`);
      const before = kwdict.size;
      kwdict.setUnchecked(k, v);
      if (kwdict.size === before) throw new StarlarkError(`function ${name} got multiple values for parameter ${repr(k)}`);
    }
  }
  if (n < nparams || code.nkwonly > 0) {
    const m = nparams - fn.defaults.length;
    const missing: string[] = [];
    let i = n;
    for (; i < m; i++) if (L[i] === undefined) missing.push(code.paramNames[i]);
    for (; i < nparams; i++) {
      if (L[i] === undefined) {
        const d = fn.defaults[i - m];
        if (d === MANDATORY) missing.push(code.paramNames[i]);
        else L[i] = d;
      }
    }
    if (missing.length > 0) {
      throw new StarlarkError(`function ${name} missing ${missing.length} argument${plural(missing.length)} (${missing.join(', ')})`);
    }
  }
}
