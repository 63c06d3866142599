// The offset where an expression starts (its leftmost token), for messages that point at
// a whole expression rather than at its operator.

import type { Expr } from '../../../grammar/ast.js';

export function exprStart(e: Expr): number {
  switch (e.kind) {
    case 'Binary':
      return exprStart(e.x);
    case 'Call':
      return exprStart(e.fn);
    case 'Index':
    case 'Slice':
    case 'Dot':
      return exprStart(e.x);
    case 'Cond':
      return exprStart(e.then);
    case 'Tuple':
      return e.parens || e.elems.length === 0 ? e.pos : exprStart(e.elems[0]);
    default:
      return e.pos;
  }
}
