// Index, slice and attribute expressions: x[i], x[a:b:c], x.name.

import type { DotExpr, IndexExpr, SliceExpr } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { getAttr } from '../ops/attr.js';
import { getIndex, slice } from '../ops/index.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import { None } from '../values/value.js';
import type { CompileContext, Ex } from './context.js';
import { compileExpr } from './expr.js';
import { slicePos } from './go-positions.js';

export function compileIndex(e: IndexExpr, cx: CompileContext): Ex {
  const X = compileExpr(e.x, cx);
  const Y = compileExpr(e.y, cx);
  const pos = e.pos;
  return (L, T) => {
    const x = X(L, T);
    const y = Y(L, T);
    if (x instanceof List && typeof y === 'number' && y >= 0 && y < x.elems.length) return x.elems[y];
    if (x instanceof Dict && (typeof y === 'string' || typeof y === 'number')) {
      // Strings and ints are their own hash keys.
      const v = x.map.get(y);
      if (v !== undefined) return v;
    }
    try {
      return getIndex(x, y);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}

export function compileSlice(e: SliceExpr, cx: CompileContext): Ex {
  const X = compileExpr(e.x, cx);
  const none = () => None;
  const Lo = e.lo ? compileExpr(e.lo, cx) : none;
  const Hi = e.hi ? compileExpr(e.hi, cx) : none;
  const Step = e.step ? compileExpr(e.step, cx) : none;
  const pos = slicePos(e);
  return (L, T) => {
    const x = X(L, T);
    const lo = Lo(L, T);
    const hi = Hi(L, T);
    const step = Step(L, T);
    try {
      return slice(x, lo, hi, step);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}

export function compileDot(e: DotExpr, cx: CompileContext): Ex {
  const X = compileExpr(e.x, cx);
  const name = e.name.name;
  const pos = e.pos;
  return (L, T) => {
    const x = X(L, T);
    try {
      return getAttr(x, name);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}
