// Binary expressions (spec: "Binary operators"). and/or short-circuit and yield an
// operand; comparisons and arithmetic get inline fast paths for small ints and strings
// before falling back to the general operator implementations.

import type { BinaryExpr } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { binary, type ArithOp } from '../ops/binary.js';
import { compare, equals } from '../ops/compare.js';
import { compileFormat } from '../ops/interpolate.js';
import { truth } from '../ops/truth.js';
import { Dict } from '../values/dict.js';
import type { CompareOp, Value } from '../values/value.js';
import type { CompileContext, Ex } from './context.js';
import { compileExpr } from './expr.js';

const MAX = Number.MAX_SAFE_INTEGER;

export function compileBinary(e: BinaryExpr, cx: CompileContext): Ex {
  const X = compileExpr(e.x, cx);
  const Y = compileExpr(e.y, cx);
  const pos = e.pos;
  switch (e.op) {
    case 'and':
      return (L, T) => {
        const x = X(L, T);
        return truth(x) ? Y(L, T) : x;
      };
    case 'or':
      return (L, T) => {
        const x = X(L, T);
        return truth(x) ? x : Y(L, T);
      };
    case '==':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (x === y && typeof x !== 'object') return true;
        return eq(x, y, pos);
      };
    case '!=':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (x === y && typeof x !== 'object') return false;
        return !eq(x, y, pos);
      };
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordered(e.op, X, Y, pos);
    case '+':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number') {
          const r = x + y;
          if (r <= MAX && r >= -MAX) return r;
        } else if (typeof x === 'string' && typeof y === 'string') {
          return x + y;
        }
        return arith('+', x, y, pos);
      };
    case '-':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number') {
          const r = x - y;
          if (r <= MAX && r >= -MAX) return r;
        }
        return arith('-', x, y, pos);
      };
    case '%': {
      const format = e.x.kind === 'String' ? compileFormat(e.x.value) : null;
      if (format !== null) {
        return (L, T) => {
          const y = Y(L, T);
          try {
            return format(y);
          } catch (err) {
            throw atPos(err, pos);
          }
        };
      }
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number' && x >= 0 && y > 0) return x % y;
        return arith('%', x, y, pos);
      };
    }
    case 'in':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (y instanceof Dict && (typeof x === 'string' || typeof x === 'number')) return y.map.has(x);
        return arith('in', x, y, pos);
      };
    case 'not in':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (y instanceof Dict && (typeof x === 'string' || typeof x === 'number')) return !y.map.has(x);
        return arith('not in', x, y, pos);
      };
    default: {
      const op = e.op as ArithOp;
      return (L, T) => arith(op, X(L, T), Y(L, T), pos);
    }
  }
}

function arith(op: ArithOp, x: Value, y: Value, pos: number): Value {
  try {
    return binary(op, x, y);
  } catch (err) {
    throw atPos(err, pos);
  }
}

function eq(x: Value, y: Value, pos: number): boolean {
  try {
    return equals(x, y);
  } catch (err) {
    throw atPos(err, pos);
  }
}

function ordered(op: CompareOp, X: Ex, Y: Ex, pos: number): Ex {
  const slow = (x: Value, y: Value): boolean => {
    try {
      return compare(op, x, y);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
  switch (op) {
    case '<':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number') return x < y;
        return slow(x, y);
      };
    case '<=':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number') return x <= y;
        return slow(x, y);
      };
    case '>':
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number') return x > y;
        return slow(x, y);
      };
    default:
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        if (typeof x === 'number' && typeof y === 'number') return x >= y;
        return slow(x, y);
      };
  }
}
