// Call expressions (spec: "Function and method calls").
//
// Arguments are evaluated left to right (positional and named), then *args, then
// **kwargs. A call of the form x.name(...) on a built-in type goes straight to the
// method implementation without allocating a bound method.

import type { CallExpr, DotExpr } from '../../../grammar/ast.js';
import { call, invoke } from '../call.js';
import { StarFunction } from '../values/function.js';
import { atPos, unwindBuiltin } from '../errors.js';
import { getAttr, methodImpl } from '../ops/attr.js';
import type { CallSite, Thread } from '../thread.js';
import { Builtin, typeOf, type Kwargs, type MethodImpl } from '../values/builtin.js';
import { Dict } from '../values/dict.js';
import { StarObject, StarlarkError, type Value } from '../values/value.js';
import type { CompileContext, Ex } from './context.js';
import { compileExpr } from './expr.js';

type ArgsFn = (L: any[], T: Thread) => [Value[], Kwargs | null];

/** The arguments of a call without any: shared, and never written by callees. */
const NO_ARGS: Value[] = Object.freeze([]) as unknown as Value[];

export function compileCall(e: CallExpr, cx: CompileContext): Ex {
  const pos = e.pos;
  // Set on the thread right before the call, so builtins know where they were called from.
  const site: CallSite = { lines: cx.module.lines, pos };
  const positional = e.args.every((a) => a.kind === 'Positional');
  if (e.fn.kind === 'Dot') {
    const dot = e.fn;
    if (positional) return compilePositionalMethodCall(dot, positionalArgs(e.args.map((a) => compileExpr(a.value, cx))), pos, cx, site);
    return compileMethodCall(dot, compileArgs(e, cx), pos, cx, site);
  }
  const F = compileExpr(e.fn, cx);
  if (positional) {
    return compilePositionalCall(F, e.args.map((a) => compileExpr(a.value, cx)), pos, site);
  }
  const args = compileArgs(e, cx);
  return (L, T) => {
    const f = F(L, T);
    const [a, k] = args(L, T);
    try {
      T.site = site;
      return call(T, f, a, k);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}

/**
 * f(a, b, ...) with positional arguments only. When f is a Starlark function whose
 * parameters are exactly these arguments, they are evaluated straight into the callee's
 * frame: no argument array, no binding step.
 */
function compilePositionalCall(F: Ex, A: Ex[], pos: number, site: CallSite): Ex {
  const n = A.length;
  const args = positionalArgs(A);
  if (n === 1) {
    const A0 = A[0];
    return (L, T) => {
      const f = F(L, T);
      if (f instanceof StarFunction && f.code.simpleArity === 1) {
        const frame = new Array(f.code.nlocals + f.code.nfree);
        frame[0] = A0(L, T);
        try {
          T.site = site;
          return invoke(T, f, frame);
        } catch (err) {
          throw atPos(err, pos);
        }
      }
      if (f instanceof Builtin) {
        const unary = f.unary;
        const x = A0(L, T);
        try {
          T.site = site;
          return unary !== undefined ? unary(x) : f.impl(T, [x], null, f);
        } catch (err) {
          throw atPos(unwindBuiltin(err, f.name), pos);
        }
      }
      const a = [A0(L, T)];
      try {
        T.site = site;
        return call(T, f, a, null);
      } catch (err) {
        throw atPos(err, pos);
      }
    };
  }
  return (L, T) => {
    const f = F(L, T);
    if (f instanceof StarFunction && f.code.simpleArity === n) {
      const frame = new Array(f.code.nlocals + f.code.nfree);
      for (let i = 0; i < n; i++) frame[i] = A[i](L, T);
      try {
        T.site = site;
        return invoke(T, f, frame);
      } catch (err) {
        throw atPos(err, pos);
      }
    }
    const a = args(L, T);
    try {
      T.site = site;
      if (f instanceof Builtin) return f.impl(T, a, null, f);
      T.site = site;
      return call(T, f, a, null);
    } catch (err) {
      throw atPos(f instanceof Builtin ? unwindBuiltin(err, f.name) : err, pos);
    }
  };
}

/** Evaluates positional arguments into a fresh array (the shared empty one when there are none). */
function positionalArgs(p: Ex[]): (L: any[], T: Thread) => Value[] {
  switch (p.length) {
    case 0:
      return () => NO_ARGS;
    case 1: {
      const [A] = p;
      return (L, T) => [A(L, T)];
    }
    case 2: {
      const [A, B] = p;
      return (L, T) => {
        const a = A(L, T);
        return [a, B(L, T)];
      };
    }
    default:
      return (L, T) => {
        const a: Value[] = new Array(p.length);
        for (let i = 0; i < p.length; i++) a[i] = p[i](L, T);
        return a;
      };
  }
}

/** The type whose method table applies to x ('string', 'list', ...). */
function typeKey(x: Value): string {
  return typeof x === 'object' ? x.typeName : typeOf(x);
}

/**
 * x.name(a, b, ...) with positional arguments only. Each call site remembers the method
 * it found for the last receiver type, so a monomorphic site skips the table lookup.
 */
function compilePositionalMethodCall(dot: DotExpr, args: (L: any[], T: Thread) => Value[], pos: number, cx: CompileContext, site: CallSite): Ex {
  const X = compileExpr(dot.x, cx);
  const name = dot.name.name;
  const dotPos = dot.pos;
  let lastType = '';
  let lastImpl: MethodImpl | undefined;
  return (L, T) => {
    const x = X(L, T);
    const type = typeKey(x);
    let impl: MethodImpl | undefined;
    if (type === lastType) {
      impl = lastImpl;
    } else {
      impl = methodImpl(x, name);
      lastType = type;
      lastImpl = impl;
    }
    if (impl !== undefined) {
      const a = args(L, T);
      try {
        T.site = site;
        return impl(T, x, a, null, name);
      } catch (err) {
        throw atPos(unwindBuiltin(err, name), pos);
      }
    }
    let f: Value;
    try {
      f = getAttr(x, name);
    } catch (err) {
      throw atPos(err, dotPos);
    }
    const a = args(L, T);
    try {
      T.site = site;
      return call(T, f, a, null);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}

function compileMethodCall(dot: DotExpr, args: ArgsFn, pos: number, cx: CompileContext, site: CallSite): Ex {
  const X = compileExpr(dot.x, cx);
  const name = dot.name.name;
  const dotPos = dot.pos;
  return (L, T) => {
    const x = X(L, T);
    const impl = methodImpl(x, name);
    if (impl !== undefined) {
      const [a, k] = args(L, T);
      try {
        T.site = site;
        return impl(T, x, a, k, name);
      } catch (err) {
        throw atPos(unwindBuiltin(err, name), pos);
      }
    }
    let f: Value;
    try {
      f = getAttr(x, name);
    } catch (err) {
      throw atPos(err, dotPos);
    }
    const [a, k] = args(L, T);
    try {
      T.site = site;
      return call(T, f, a, k);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}

function compileArgs(e: CallExpr, cx: CompileContext): ArgsFn {
  const positional: Ex[] = [];
  const named: [string, Ex][] = [];
  let star: Ex | null = null;
  let starStar: Ex | null = null;
  for (const a of e.args) {
    switch (a.kind) {
      case 'Positional':
        positional.push(compileExpr(a.value, cx));
        break;
      case 'Named':
        named.push([a.name.name, compileExpr(a.value, cx)]);
        break;
      case 'Star':
        star = compileExpr(a.value, cx);
        break;
      case 'StarStar':
        starStar = compileExpr(a.value, cx);
        break;
    }
  }
  const pos = e.pos;
  const S = star;
  const SS = starStar;
  return (L, T) => {
    const a: Value[] = new Array(positional.length);
    for (let i = 0; i < positional.length; i++) a[i] = positional[i](L, T);
    let k: Kwargs | null = null;
    if (named.length > 0) {
      k = new Array(named.length);
      for (let i = 0; i < named.length; i++) k[i] = [named[i][0], named[i][1](L, T)];
    }
    if (S !== null) spreadArgs(S(L, T), a, pos);
    if (SS !== null) k = spreadKwargs(SS(L, T), k ?? [], pos);
    return [a, k];
  };
}


function spreadArgs(v: Value, into: Value[], pos: number): void {
  if (!(v instanceof StarObject && v.iterate)) {
    throw atPos(new StarlarkError(`argument after * must be iterable, not ${typeOf(v)}`), pos);
  }
  const it = v.iterate();
  try {
    for (let x = it.next(); x !== undefined; x = it.next()) into.push(x);
  } finally {
    it.done();
  }
}

function spreadKwargs(v: Value, into: Kwargs, pos: number): Kwargs {
  if (!(v instanceof Dict)) {
    throw atPos(new StarlarkError(`argument after ** must be a mapping, not ${typeOf(v)}`), pos);
  }
  const entries = v.entries();
  for (let i = 0; i < entries.length; i++) {
    const [key, val] = entries[i];
    if (typeof key !== 'string') {
      throw atPos(new StarlarkError(`keywords must be strings, not ${typeOf(key)}`), pos);
    }
    into.push([key, val]);
  }
  return into;
}

