// Expression compiler: dispatches each syntax node to the file that compiles it.

import type { Expr } from '../../../grammar/ast.js';
import { Bytes } from '../values/bytes.js';
import { Float } from '../values/float.js';
import { compileIndex, compileDot, compileSlice } from './access.js';
import { compileBinary } from './binary.js';
import { compileCall } from './call.js';
import { compileDict, compileList, compileTuple } from './collections.js';
import { compileComprehension } from './comprehension.js';
import type { CompileContext, Ex } from './context.js';
import { compileLambda } from './function.js';
import { compileLoad } from './names.js';
import { compileCond, compileUnary } from './unary.js';

export function compileExpr(e: Expr, cx: CompileContext): Ex {
  switch (e.kind) {
    case 'Ident':
      return compileLoad(e, cx);
    case 'Int':
    case 'String':
      return constant(e.value);
    case 'Float':
      return constant(new Float(e.value));
    case 'Bytes':
      return constant(new Bytes(e.value));
    case 'Binary':
      return compileBinary(e, cx);
    case 'Unary':
      return compileUnary(e, cx);
    case 'Call':
      return compileCall(e, cx);
    case 'Cond':
      return compileCond(e, cx);
    case 'Dict':
      return compileDict(e, cx);
    case 'List':
      return compileList(e, cx);
    case 'Tuple':
      return compileTuple(e, cx);
    case 'Comprehension':
      return compileComprehension(e, cx);
    case 'Index':
      return compileIndex(e, cx);
    case 'Slice':
      return compileSlice(e, cx);
    case 'Dot':
      return compileDot(e, cx);
    case 'Lambda':
      return compileLambda(e, cx);
    case 'Paren':
      return compileExpr(e.x, cx);
  }
}

function constant<T>(v: T): () => T {
  return () => v;
}
