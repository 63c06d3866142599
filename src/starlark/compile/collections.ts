// List, tuple and dict displays (spec: "Lists", "Tuples", "Dictionaries").

import type { DictExpr, ListExpr, TupleExpr } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import { repr } from '../values/repr.js';
import { makeTuple } from '../values/tuple.js';
import { StarlarkError, type Value } from '../values/value.js';
import type { CompileContext, Ex } from './context.js';
import { compileExpr } from './expr.js';

function compileElems(elems: ListExpr['elems'], cx: CompileContext): (L: any[], T: any) => Value[] {
  const E = elems.map((x) => compileExpr(x, cx));
  return (L, T) => {
    const out: Value[] = new Array(E.length);
    for (let i = 0; i < E.length; i++) out[i] = E[i](L, T);
    return out;
  };
}

export function compileList(e: ListExpr, cx: CompileContext): Ex {
  const elems = compileElems(e.elems, cx);
  return (L, T) => new List(elems(L, T));
}

export function compileTuple(e: TupleExpr, cx: CompileContext): Ex {
  const elems = compileElems(e.elems, cx);
  return (L, T) => makeTuple(elems(L, T));
}

export function compileDict(e: DictExpr, cx: CompileContext): Ex {
  const entries = e.entries.map((en) => ({ k: compileExpr(en.key, cx), v: compileExpr(en.value, cx), pos: en.pos }));
  return (L, T) => {
    const d = new Dict();
    for (const en of entries) {
      const k = en.k(L, T);
      const v = en.v(L, T);
      try {
        const before = d.size;
        d.setUnchecked(k, v);
        if (d.size === before) throw new StarlarkError(`duplicate key: ${repr(k)}`);
      } catch (err) {
        throw atPos(err, en.pos);
      }
    }
    return d;
  };
}
