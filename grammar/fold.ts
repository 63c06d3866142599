// Precedence climbing for binary operators and `not`, done in code over a flat list.
//
// The parser reads `[not]* operand (op [not]* operand)*` in one rule and hands the
// pieces to an ExprFolder, which builds the tree (shunting-yard) and enforces what
// starlark-go's precedence-climbing parser enforces as it goes: comparisons do not
// associate (`a < b < c`), and `not` may start an operand only at the start or right
// after `and`/`or` (elsewhere starlark-go wants a primary expression).
//
// Precedence, low to high: or, and, not, comparisons, |, ^, &, << >>, + -, * / // %.

import type { BinaryOp, Expr } from './ast.js';
import { ParseFailure } from './errors.js';
import { endOf, type Tok } from './tokens.js';

const NOT_PREC = 2;
const COMPARISON_PREC = 3;

const precedences: Record<BinaryOp, number> = {
  or: 0, and: 1,
  '==': 3, '!=': 3, '<': 3, '>': 3, '<=': 3, '>=': 3, in: 3, 'not in': 3,
  '|': 4, '^': 5, '&': 6, '<<': 7, '>>': 7, '+': 8, '-': 8, '*': 9, '/': 9, '//': 9, '%': 9,
};

/** A binary operator as read: `last` is its final token (`in` of `not in`), which starlark-go reports. */
export interface OperatorTok {
  op: BinaryOp;
  pos: number;
  last: Tok;
}

interface Pending {
  op: BinaryOp | 'not';
  prec: number;
  pos: number;
}

export class ExprFolder {
  private readonly operands: Expr[] = [];
  private readonly ops: Pending[] = [];

  /** Starts with the leading `not`s and first operand already read. */
  constructor(nots: Tok[] | null, first: Expr) {
    if (nots !== null) for (const t of nots) this.not(t);
    this.operands.push(first);
  }

  /** `not not … x` when no binary operator follows. */
  static negate(nots: Tok[], x: Expr): Expr {
    for (let i = nots.length - 1; i >= 0; i--) x = { kind: 'Unary', pos: nots[i].startOffset, op: 'not', x };
    return x;
  }

  /** A prefix `not`, legal only at the start of the whole expression or after and/or/not. */
  not(tok: Tok): void {
    const prev = this.ops[this.ops.length - 1];
    if (prev !== undefined && prev.op !== 'not' && prev.prec > NOT_PREC) {
      throw new ParseFailure(tok, tok.startOffset, 'got not, want primary expression');
    }
    this.ops.push({ op: 'not', prec: NOT_PREC, pos: tok.startOffset });
  }

  operand(x: Expr): void {
    this.operands.push(x);
  }

  operator(o: OperatorTok): void {
    const prec = precedences[o.op];
    if (prec === COMPARISON_PREC) {
      this.reduceWhile((p) => p > COMPARISON_PREC);
      const top = this.ops[this.ops.length - 1];
      if (top !== undefined && top.prec === COMPARISON_PREC) {
        throw new ParseFailure(o.last, endOf(o.last), `${top.op} does not associate with ${o.op} (use parens)`);
      }
    } else {
      this.reduceWhile((p) => p >= prec);
    }
    this.ops.push({ op: o.op, prec, pos: o.pos });
  }

  finish(): Expr {
    this.reduceWhile(() => true);
    return this.operands[0];
  }

  private reduceWhile(pred: (prec: number) => boolean): void {
    const ops = this.ops;
    const xs = this.operands;
    while (ops.length > 0 && pred(ops[ops.length - 1].prec)) {
      const o = ops.pop()!;
      const y = xs.pop()!;
      if (o.op === 'not') {
        xs.push({ kind: 'Unary', pos: o.pos, op: 'not', x: y });
      } else {
        const x = xs.pop()!;
        xs.push({ kind: 'Binary', pos: o.pos, op: o.op, x, y });
      }
    }
  }
}
