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
  // Keys that are distinct string or int literals (the usual {"name": ..., "kind": ...})
  // can neither collide nor be unhashable, and are their own hash keys.
  const literalKeys = e.entries.map((en) => (en.key.kind === 'String' || (en.key.kind === 'Int' && typeof en.key.value === 'number') ? en.key.value : undefined));
  if (literalKeys.every((k) => k !== undefined) && new Set(literalKeys).size === literalKeys.length) {
    const keys = literalKeys as (string | number)[];
    const values = entries.map((en) => en.v);
    const n = keys.length;
    return (L, T) => {
      const d = new Dict();
      const map = d.map;
      for (let i = 0; i < n; i++) map.set(keys[i], values[i](L, T));
      return d;
    };
  }
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
