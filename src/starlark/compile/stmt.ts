// Statement compiler (spec: "Statements"). Each statement becomes a closure returning a
// completion code; blocks run statements until one completes abnormally.

import type { AugAssignStmt, ForStmt, IfStmt, LoadStmt, Stmt, WhileStmt } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import { binary, type ArithOp } from '../ops/binary.js';
import { getAttr } from '../ops/attr.js';
import { getIndex, setIndex } from '../ops/index.js';
import { setAttr } from '../ops/attr.js';
import { iterate } from '../ops/iterate.js';
import { truth } from '../ops/truth.js';
import { Dict } from '../values/dict.js';
import { List } from '../values/list.js';
import { Range } from '../values/range.js';
import { None, StarObject, type Value } from '../values/value.js';
import { compileStore } from './assign.js';
import { BREAK, CONTINUE, NORMAL, RETURN } from './completion.js';
import type { CompileContext, Ex, St } from './context.js';
import { compileExpr } from './expr.js';
import { compileDef } from './function.js';
import { compileLoadStmt } from './load.js';
import { compileLoad, compileStoreName } from './names.js';

export function compileBlock(stmts: Stmt[], cx: CompileContext): St {
  const S = stmts.map((s) => compileStmt(s, cx));
  switch (S.length) {
    case 0:
      return () => NORMAL;
    case 1:
      return S[0];
    case 2: {
      const [a, b] = S;
      return (L, T) => a(L, T) || b(L, T);
    }
    default:
      return (L, T) => {
        for (let i = 0; i < S.length; i++) {
          const r = S[i](L, T);
          if (r !== NORMAL) return r;
        }
        return NORMAL;
      };
  }
}

export function compileStmt(s: Stmt, cx: CompileContext): St {
  switch (s.kind) {
    case 'ExprStmt': {
      const X = compileExpr(s.x, cx);
      return (L, T) => {
        X(L, T);
        return NORMAL;
      };
    }
    case 'Assign': {
      const R = compileExpr(s.rhs, cx);
      const store = compileStore(s.lhs, s.pos, cx);
      return (L, T) => {
        store(L, T, R(L, T));
        return NORMAL;
      };
    }
    case 'AugAssign':
      return compileAugAssign(s, cx);
    case 'Branch':
      return s.token === 'break' ? () => BREAK : s.token === 'continue' ? () => CONTINUE : () => NORMAL;
    case 'Def':
      return compileDef(s, cx);
    case 'For':
      return compileFor(s, cx);
    case 'While':
      return compileWhile(s, cx);
    case 'If':
      return compileIf(s, cx);
    case 'Load':
      return compileLoadStmt(s as LoadStmt, cx);
    case 'Return': {
      if (!s.result) {
        return (_L, T) => {
          T.ret = None;
          return RETURN;
        };
      }
      const X = compileExpr(s.result, cx);
      return (L, T) => {
        T.ret = X(L, T);
        return RETURN;
      };
    }
  }
}

function compileIf(s: IfStmt, cx: CompileContext): St {
  const C = compileExpr(s.cond, cx);
  const A = compileBlock(s.then, cx);
  const B = compileBlock(s.els, cx);
  return (L, T) => (truth(C(L, T)) ? A(L, T) : B(L, T));
}

function compileWhile(s: WhileStmt, cx: CompileContext): St {
  const C = compileExpr(s.cond, cx);
  const body = compileBlock(s.body, cx);
  return (L, T) => {
    while (truth(C(L, T))) {
      const r = body(L, T);
      if (r === BREAK) break;
      if (r === RETURN) return r;
    }
    return NORMAL;
  };
}

function compileFor(s: ForStmt, cx: CompileContext): St {
  const X = compileExpr(s.x, cx);
  const store = compileStore(s.vars, s.pos, cx);
  const body = compileBlock(s.body, cx);
  const pos = s.pos;
  return (L, T) => {
    const x = X(L, T);
    if (x instanceof List) return forList(x, L, T);
    if (x instanceof Range) return forRange(x, L, T);
    let it;
    try {
      it = iterate(x);
    } catch (err) {
      throw atPos(err, pos);
    }
    try {
      for (let v = it.next(); v !== undefined; v = it.next()) {
        store(L, T, v);
        const r = body(L, T);
        if (r === BREAK) break;
        if (r === RETURN) return r;
      }
    } finally {
      it.done();
    }
    return NORMAL;
  };

  function forList(x: List, L: any[], T: any): number {
    const elems = x.elems;
    x.itercount++;
    try {
      for (let i = 0; i < elems.length; i++) {
        store(L, T, elems[i]);
        const r = body(L, T);
        if (r === BREAK) break;
        if (r === RETURN) return r;
      }
    } finally {
      x.itercount--;
    }
    return NORMAL;
  }

  function forRange(x: Range, L: any[], T: any): number {
    for (let i = 0, v = x.start; i < x.length; i++, v += x.step) {
      store(L, T, v);
      const r = body(L, T);
      if (r === BREAK) break;
      if (r === RETURN) return r;
    }
    return NORMAL;
  }
}

/** x op= y: the target's address is evaluated once; list += and dict |= update in place. */
function compileAugAssign(s: AugAssignStmt, cx: CompileContext): St {
  const R = compileExpr(s.rhs, cx);
  const op = s.op as ArithOp;
  const pos = s.pos;
  const apply = (x: Value, y: Value): Value => {
    try {
      return applyInPlace(op, x, y);
    } catch (err) {
      throw atPos(err, pos);
    }
  };
  let lhs = s.lhs;
  while (lhs.kind === 'Paren') lhs = lhs.x;
  switch (lhs.kind) {
    case 'Ident': {
      const load = compileLoad(lhs, cx);
      const store = compileStoreName(lhs, cx);
      return (L, T) => {
        const x = load(L, T);
        store(L, T, apply(x, R(L, T)));
        return NORMAL;
      };
    }
    case 'Index': {
      const X = compileExpr(lhs.x, cx);
      const Y = compileExpr(lhs.y, cx);
      const at = lhs.pos;
      return (L, T) => {
        const x = X(L, T);
        const y = Y(L, T);
        let old: Value;
        try {
          old = getIndex(x, y);
        } catch (err) {
          throw atPos(err, at);
        }
        const z = apply(old, R(L, T));
        try {
          setIndex(x, y, z);
        } catch (err) {
          throw atPos(err, at);
        }
        return NORMAL;
      };
    }
    case 'Dot': {
      const X = compileExpr(lhs.x, cx);
      const name = lhs.name.name;
      const at = lhs.pos;
      return (L, T) => {
        const x = X(L, T);
        let old: Value;
        try {
          old = getAttr(x, name);
        } catch (err) {
          throw atPos(err, at);
        }
        const z = apply(old, R(L, T));
        try {
          setAttr(x, name, z);
        } catch (err) {
          throw atPos(err, at);
        }
        return NORMAL;
      };
    }
    default:
      throw new Error(`internal error: augmented assignment to ${lhs.kind}`);
  }
}

function applyInPlace(op: ArithOp, x: Value, y: Value): Value {
  if (op === '+' && x instanceof List && y instanceof StarObject && y.iterate) {
    x.checkMutable('apply += to');
    if (y instanceof List) {
      const add = y.elems.slice();
      for (const e of add) x.elems.push(e);
    } else {
      const it = y.iterate();
      try {
        for (let v = it.next(); v !== undefined; v = it.next()) x.elems.push(v);
      } finally {
        it.done();
      }
    }
    return x;
  }
  if (op === '|' && x instanceof Dict && y instanceof Dict) {
    x.checkMutable('apply |= to');
    x.setAllUnchecked(y);
    return x;
  }
  return binary(op, x, y);
}

export type { Ex };
