// List and dict comprehensions (spec: "Comprehensions"). Clauses nest left to right;
// loop variables live in slots of the enclosing function.

import type { Clause, Comprehension, DictEntry, Expr } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { iterate } from '../ops/iterate.js';
import { truth } from '../ops/truth.js';
import type { Thread } from '../thread.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import type { Value } from '../values/value.js';
import { compileStore } from './assign.js';
import type { CompileContext, Ex } from './context.js';
import { compileExpr } from './expr.js';

type Emit = (L: any[], T: Thread, acc: any) => void;

export function compileComprehension(e: Comprehension, cx: CompileContext): Ex {
  let body: Emit;
  if (e.curly) {
    const entry = e.body as DictEntry;
    const K = compileExpr(entry.key, cx);
    const V = compileExpr(entry.value, cx);
    const pos = entry.pos;
    body = (L, T, acc: Dict) => {
      const k = K(L, T);
      const v = V(L, T);
      try {
        acc.setUnchecked(k, v);
      } catch (err) {
        throw atPos(err, pos);
      }
    };
  } else {
    const X = compileExpr(e.body as Expr, cx);
    body = (L, T, acc: Value[]) => {
      acc.push(X(L, T));
    };
  }
  for (let i = e.clauses.length - 1; i >= 0; i--) body = compileClause(e.clauses[i], body, cx);
  const loop = body;
  if (e.curly) {
    return (L, T) => {
      const d = new Dict();
      loop(L, T, d);
      return d;
    };
  }
  return (L, T) => {
    const out: Value[] = [];
    loop(L, T, out);
    return new List(out);
  };
}

function compileClause(c: Clause, inner: Emit, cx: CompileContext): Emit {
  if (c.kind === 'IfClause') {
    const C = compileExpr(c.cond, cx);
    return (L, T, acc) => {
      if (truth(C(L, T))) inner(L, T, acc);
    };
  }
  const X = compileExpr(c.x, cx);
  const store = compileStore(c.vars, c.pos, cx);
  const pos = c.pos;
  return (L, T, acc) => {
    const x = X(L, T);
    if (x instanceof List) {
      const elems = x.elems;
      x.itercount++;
      try {
        for (let i = 0; i < elems.length; i++) {
          store(L, T, elems[i]);
          inner(L, T, acc);
        }
      } finally {
        x.itercount--;
      }
      return;
    }
    let it;
    try {
      it = iterate(x);
    } catch (err) {
      throw atPos(err, pos);
    }
    try {
      for (let v = it.next(); v !== undefined; v = it.next()) {
        store(L, T, v);
        inner(L, T, acc);
      }
    } finally {
      it.done();
    }
  };
}
