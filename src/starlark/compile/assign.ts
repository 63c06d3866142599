// Assignment targets: names, x[i], x.f, and (nested) tuple/list unpacking.

import type { Expr } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { setAttr } from '../ops/attr.js';
import { setIndex } from '../ops/index.js';
import { lengthOf } from '../ops/truth.js';
import { typeOf } from '../values/builtin.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import { Tuple } from '../values/tuple.js';
import { StarObject, StarlarkError, type Value } from '../values/value.js';
import type { CompileContext, Store } from './context.js';
import { compileExpr } from './expr.js';
import { compileStoreName } from './names.js';

/** Compiles `lhs = <value>`; `pos` is where unpacking errors are reported (the `=` or `for`). */
export function compileStore(lhs: Expr, pos: number, cx: CompileContext): Store {
  switch (lhs.kind) {
    case 'Ident':
      return compileStoreName(lhs, cx);
    case 'Paren':
      return compileStore(lhs.x, pos, cx);
    case 'Index': {
      const X = compileExpr(lhs.x, cx);
      const Y = compileExpr(lhs.y, cx);
      const at = lhs.pos;
      return (L, T, v) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (x instanceof Dict && x.frozen === false && x.itercount === 0 && (typeof y === 'string' || typeof y === 'number')) {
          x.map.set(y, v); // strings and ints are their own hash keys
          return;
        }
        try {
          setIndex(x, y, v);
        } catch (err) {
          throw atPos(err, at);
        }
      };
    }
    case 'Dot': {
      const X = compileExpr(lhs.x, cx);
      const name = lhs.name.name;
      const at = lhs.pos;
      return (L, T, v) => {
        const x = X(L, T);
        try {
          setAttr(x, name, v);
        } catch (err) {
          throw atPos(err, at);
        }
      };
    }
    case 'Tuple':
    case 'List': {
      const stores = lhs.elems.map((x) => compileStore(x, pos, cx));
      return (L, T, v) => {
        let elems: Value[];
        try {
          elems = unpack(v, stores.length);
        } catch (err) {
          throw atPos(err, pos);
        }
        for (let i = 0; i < stores.length; i++) stores[i](L, T, elems[i]);
      };
    }
    default:
      throw new Error(`internal error: cannot assign to ${lhs.kind}`);
  }
}

/** The n elements of an iterable being unpacked into n targets. */
function unpack(v: Value, n: number): Value[] {
  if ((v instanceof Tuple || v instanceof List) && v.elems.length === n) return v.elems;
  if (!(v instanceof StarObject && v.iterate)) throw new StarlarkError(`got ${typeOf(v)} in sequence assignment`);
  const it = v.iterate();
  const out: Value[] = [];
  try {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      if (out.length === n) throw new StarlarkError(`too many values to unpack (got ${lengthOf(v)}, want ${n})`);
      out.push(x);
    }
  } finally {
    it.done();
  }
  if (out.length < n) throw new StarlarkError(`too few values to unpack (got ${out.length}, want ${n})`);
  return out;
}
