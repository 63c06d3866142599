// Unary operators and conditional expressions (spec: "Unary operators", "Conditional expressions").

import type { CondExpr, UnaryExpr } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { truth } from '../ops/truth.js';
import { unary } from '../ops/unary.js';
import type { CompileContext, Ex } from './context.js';
import { compileExpr } from './expr.js';

export function compileUnary(e: UnaryExpr, cx: CompileContext): Ex {
  const X = compileExpr(e.x, cx);
  if (e.op === 'not') return (L, T) => !truth(X(L, T));
  const op = e.op;
  const pos = e.pos;
  if (op === '-') {
    return (L, T) => {
      const x = X(L, T);
      if (typeof x === 'number' && x !== 0) return -x;
      try {
        return unary(op, x);
      } catch (err) {
        throw atPos(err, pos);
      }
    };
  }
  return (L, T) => {
    try {
      return unary(op, X(L, T));
    } catch (err) {
      throw atPos(err, pos);
    }
  };
}

export function compileCond(e: CondExpr, cx: CompileContext): Ex {
  const C = compileExpr(e.cond, cx);
  const A = compileExpr(e.then, cx);
  const B = compileExpr(e.els, cx);
  return (L, T) => (truth(C(L, T)) ? A(L, T) : B(L, T));
}
