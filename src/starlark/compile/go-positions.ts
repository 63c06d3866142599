// Two error positions that starlark-go takes from its compiler's position bookkeeping
// rather than from the failing syntax node, replayed here so that tiltjs reports them
// identically.
//
// starlark-go's compiler gives an instruction a position only when one was recorded just
// before it; any other instruction takes the position of the nearest positioned
// instruction before it in the final code layout. Conditional parts (`a if c else b`,
// `and`, `or`, comprehensions) are laid out as a depth-first walk of their blocks that
// places the fall-through successor first, so the code just before an instruction is not
// always the code compiled just before it.
//
// - slicePos: a slice x[lo:hi:step] records the `[` and then compiles the operand and the
//   indices, whose instructions take that position or record their own (operators, calls,
//   `.`, `[`, non-universal names, ...); the slice instruction records none. So `s[::0]`
//   fails at `s` when s is a variable, `"abc"[::0]` at the `[`, `s[::None == None]` at `==`.
// - entryPos: a function's first instruction takes the `def`/`lambda` position unless its
//   first statement records one before emitting anything (`return x` records `x`);
//   argument-binding errors are reported at the function's first instruction.

import type { BinaryExpr, Comprehension, Expr, Param, SliceExpr, Stmt } from '../../../grammar/ast.js';
import type { Binding, FunctionInfo } from '../resolve/binding.js';

const NONE = -1;

interface Insn {
  pos: number;
}

class Block {
  readonly insns: Insn[] = [];
  jmp: Block | null = null;
  cjmp: Block | null = null;
  placed = false;
}

export function slicePos(e: SliceExpr): number {
  const entry = new Block();
  const sim = new Replay(entry);
  const target = sim.slice(e);
  const layout: Insn[] = [];
  const follow = (b: Block): Block => {
    while (b.insns.length === 0 && b.jmp) b = b.jmp; // jump threading skips empty blocks
    return b;
  };
  const visit = (b: Block): void => {
    if (b.placed) return;
    b.placed = true;
    layout.push(...b.insns);
    if (b.jmp) visit(follow(b.jmp));
    if (b.cjmp) visit(follow(b.cjmp));
  };
  visit(entry);
  for (let i = layout.indexOf(target); i >= 0; i--) if (layout[i].pos !== NONE) return layout[i].pos;
  return e.pos;
}

/** The position of the first instruction of a function with this body (see the file comment). */
export function entryPos(body: Stmt[], defPos: number): number {
  const sim = new Replay(new Block(), true);
  sim.setPos(defPos);
  try {
    for (const s of body) sim.stmt(s);
  } catch (e) {
    if (e instanceof FirstEmit) return e.pos;
    throw e;
  }
  return defPos; // nothing emitted: the implicit `return None` has the def's position
}

class FirstEmit {
  constructor(readonly pos: number) {}
}

class Replay {
  private pending = NONE;

  /** With stopAtFirst, the first emitted instruction ends the replay (entryPos). */
  constructor(
    private block: Block,
    private readonly stopAtFirst = false,
  ) {}

  private emit(): Insn {
    if (this.stopAtFirst) throw new FirstEmit(this.pending);
    const insn = { pos: this.pending };
    this.pending = NONE;
    this.block.insns.push(insn);
    return insn;
  }

  setPos(pos: number): void {
    this.pending = pos;
  }

  private jump(b: Block): void {
    this.block.jmp = b;
  }

  private condjump(t: Block, f: Block): void {
    this.emit();
    this.block.cjmp = t;
    this.jump(f);
  }

  /** Statements, as far as entryPos needs them: up to their first instruction. */
  stmt(s: Stmt): void {
    switch (s.kind) {
      case 'ExprStmt':
        if (s.x.kind === 'String' || s.x.kind === 'Int' || s.x.kind === 'Float' || s.x.kind === 'Bytes') return; // not compiled
        this.expr(s.x);
        this.emit();
        return;
      case 'Branch':
        return; // pass emits nothing; break and continue only jump
      case 'If':
        return this.ifelse(s.cond, new Block(), new Block());
      case 'While':
        return this.ifelse(s.cond, new Block(), new Block());
      case 'Assign':
        this.expr(s.rhs);
        return this.assign(s.pos, s.lhs);
      case 'AugAssign':
        if (s.lhs.kind === 'Ident' || (s.lhs.kind === 'Paren' && s.lhs.x.kind === 'Ident')) this.expr(s.lhs);
        else this.expr((s.lhs as { x: Expr }).x);
        return;
      case 'For':
        this.expr(s.x);
        this.emit();
        return;
      case 'Return':
        if (s.result) this.expr(s.result);
        this.emit();
        return;
      case 'Def':
        return this.function(s.pos, s.params, (s.scope as FunctionInfo | undefined)?.freevars.length ?? 0);
      case 'Load':
        this.emit();
        return;
    }
  }

  slice(e: SliceExpr): Insn {
    this.setPos(e.pos);
    this.expr(e.x);
    for (const x of [e.lo, e.hi, e.step]) {
      if (x) this.expr(x);
      else this.emit();
    }
    return this.emit();
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'Paren':
        return this.expr(e.x);
      case 'Ident':
        if ((e.binding as Binding | undefined)?.scope !== 'universal') this.setPos(e.pos);
        this.emit();
        return;
      case 'Int':
      case 'Float':
      case 'String':
      case 'Bytes':
        this.emit();
        return;
      case 'List':
      case 'Tuple':
        for (const x of e.elems) this.expr(x);
        this.emit();
        return;
      case 'Dict':
        this.emit();
        for (const entry of e.entries) {
          this.emit();
          this.expr(entry.key);
          this.expr(entry.value);
          this.setPos(entry.pos);
          this.emit();
        }
        return;
      case 'Cond': {
        const t = new Block();
        const f = new Block();
        const done = new Block();
        this.ifelse(e.cond, t, f);
        this.block = t;
        this.expr(e.then);
        this.jump(done);
        this.block = f;
        this.expr(e.els);
        this.jump(done);
        this.block = done;
        return;
      }
      case 'Index':
        this.expr(e.x);
        this.expr(e.y);
        this.setPos(e.pos);
        this.emit();
        return;
      case 'Slice':
        this.slice(e);
        return;
      case 'Dot':
        this.expr(e.x);
        this.setPos(e.pos);
        this.emit();
        return;
      case 'Unary':
        this.expr(e.x);
        this.setPos(e.pos);
        this.emit();
        return;
      case 'Binary':
        return this.binary(e);
      case 'Call': {
        this.expr(e.fn);
        let star: Expr | null = null;
        let starstar: Expr | null = null;
        for (const a of e.args) {
          if (a.kind === 'Positional') this.expr(a.value);
          else if (a.kind === 'Named') {
            this.emit(); // the name
            this.expr(a.value);
          } else if (a.kind === 'Star') star = a.value;
          else starstar = a.value;
        }
        if (star) this.expr(star);
        if (starstar) this.expr(starstar);
        this.setPos(e.pos);
        this.emit();
        return;
      }
      case 'Comprehension':
        this.emit();
        this.comprehension(e, 0);
        return;
      case 'Lambda':
        return this.function(e.pos, e.params, (e.scope as FunctionInfo | undefined)?.freevars.length ?? 0);
    }
  }

  /** Making a function value: its defaults, then its captured cells. */
  private function(pos: number, params: Param[], nfree: number): void {
    this.setPos(pos);
    let star = false;
    for (const p of params) {
      if (p.kind === 'Optional') this.expr(p.default);
      else if (p.kind === 'Star' || p.kind === 'StarStar') star = true;
      else if (star) this.emit(); // a keyword-only parameter without default
    }
    for (let i = 0; i < nfree; i++) this.emit();
    this.emit(); // defaults and cells
    this.emit(); // the function
  }

  private binary(e: BinaryExpr): void {
    if (e.op === 'or' || e.op === 'and') {
      const done = new Block();
      const y = new Block();
      this.expr(e.x);
      this.emit();
      if (e.op === 'or') this.condjump(done, y);
      else this.condjump(y, done);
      this.block = y;
      this.emit();
      this.expr(e.y);
      this.jump(done);
      this.block = done;
      return;
    }
    if (e.op === '+') return this.plus(e);
    this.expr(e.x);
    this.expr(e.y);
    this.setPos(e.pos);
    this.emit();
    if (e.op === 'not in') this.emit();
  }

  /** a + b + ...: one chain, with adjacent string literals, lists or tuples folded together. */
  private plus(e: BinaryExpr): void {
    const args: { x: Expr; pos: number }[] = [];
    for (let plus = e; ; ) {
      args.push({ x: unparen(plus.y), pos: plus.pos });
      const left = unparen(plus.x);
      if (left.kind !== 'Binary' || left.op !== '+') {
        args.push({ x: left, pos: NONE });
        break;
      }
      plus = left;
    }
    args.reverse();
    for (let i = 0; i < args.length; ) {
      let j = i + 1;
      const code = addable(args[i].x);
      if (code) while (j < args.length && addable(args[j].x) === code) j++;
      if (j > i + 1) {
        // one folded operand: a string constant, or one list/tuple of all the elements
        for (let k = i; k < j && code !== 's'; k++) for (const x of (args[k].x as { elems: Expr[] }).elems) this.expr(x);
        this.emit();
      } else this.expr(args[i].x);
      if (i > 0) {
        this.setPos(args[i].pos);
        this.emit();
      }
      i = j;
    }
  }

  /** A condition compiled as a jump to t or f. */
  private ifelse(cond: Expr, t: Block, f: Block): void {
    if (cond.kind === 'Unary' && cond.op === 'not') return this.ifelse(cond.x, f, t);
    if (cond.kind === 'Binary' && (cond.op === 'and' || cond.op === 'or')) {
      this.expr(cond.x);
      const y = new Block();
      if (cond.op === 'and') this.condjump(y, f);
      else this.condjump(t, y);
      this.block = y;
      return this.ifelse(cond.y, t, f);
    }
    if (cond.kind === 'Binary' && cond.op === 'not in') {
      this.expr(cond.x);
      this.expr(cond.y);
      this.setPos(cond.pos);
      this.emit();
      return this.condjump(f, t);
    }
    this.expr(cond);
    this.condjump(t, f);
  }

  private comprehension(c: Comprehension, i: number): void {
    if (i === c.clauses.length) {
      this.emit();
      if (c.curly) {
        const entry = c.body as { pos: number; key: Expr; value: Expr };
        this.expr(entry.key);
        this.expr(entry.value);
        this.setPos(entry.pos);
      } else this.expr(c.body as Expr);
      this.emit();
      return;
    }
    const clause = c.clauses[i];
    if (clause.kind === 'IfClause') {
      const t = new Block();
      const done = new Block();
      this.ifelse(clause.cond, t, done);
      this.block = t;
      this.comprehension(c, i + 1);
      this.jump(done);
      this.block = done;
      return;
    }
    const head = new Block();
    const body = new Block();
    const tail = new Block();
    this.expr(clause.x);
    this.setPos(clause.pos);
    this.emit();
    this.jump(head);
    this.block = head;
    this.condjump(tail, body);
    this.block = body;
    this.assign(clause.pos, clause.vars);
    this.comprehension(c, i + 1);
    this.jump(head);
    this.block = tail;
    this.emit();
  }

  /** Assignment to loop variables. */
  private assign(pos: number, lhs: Expr): void {
    switch (lhs.kind) {
      case 'Paren':
        return this.assign(pos, lhs.x);
      case 'Tuple':
      case 'List':
        this.setPos(pos);
        this.emit();
        for (const x of lhs.elems) this.assign(pos, x);
        return;
      case 'Index':
        this.expr(lhs.x);
        this.emit();
        this.expr(lhs.y);
        this.emit();
        this.setPos(lhs.pos);
        this.emit();
        return;
      case 'Dot':
        this.expr(lhs.x);
        this.emit();
        this.setPos(lhs.pos);
        this.emit();
        return;
      default:
        this.emit();
    }
  }
}

function unparen(e: Expr): Expr {
  return e.kind === 'Paren' ? unparen(e.x) : e;
}

function addable(e: Expr): string {
  return e.kind === 'String' ? 's' : e.kind === 'List' ? 'l' : e.kind === 'Tuple' ? 't' : '';
}
