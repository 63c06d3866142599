// Compact S-expression rendering of the AST for table tests (and for comparing with a
// reference dump). Positions print as @line:col; literal strings and bytes as hex so
// that any byte survives; floats by their IEEE bits.

import type { Arg, Clause, DictEntry, Expr, File, Param, Stmt } from '../../grammar/index.js';
import type { LineTable } from '../../grammar/index.js';

export function renderFile(f: File): string {
  return f.stmts.map((s) => stmt(s, f.lines)).join('\n');
}

export function renderExpr(e: Expr, lines: LineTable): string {
  return expr(e, lines);
}

function at(lines: LineTable, offset: number): string {
  const p = lines.position(offset);
  return `@${p.line}:${p.col}`;
}

const hex = (s: string): string =>
  [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('') || '""';

const name = (s: string): string => (/^[A-Za-z0-9_]+$/.test(s) ? s : `#${hex(s)}`);

function block(stmts: Stmt[], lines: LineTable): string {
  return `(${stmts.map((s) => stmt(s, lines)).join(' ')})`;
}

function stmt(s: Stmt, l: LineTable): string {
  const p = at(l, s.pos);
  const e = (x: Expr): string => expr(x, l);
  switch (s.kind) {
    case 'Assign':
      return `(Assign${p} ${e(s.lhs)} ${e(s.rhs)})`;
    case 'AugAssign':
      return `(AugAssign${p} ${s.op}= ${e(s.lhs)} ${e(s.rhs)})`;
    case 'Branch':
      return `(${s.token}${p})`;
    case 'Def':
      return `(Def${p} ${e(s.name)} (${s.params.map((x) => param(x, l)).join(' ')}) ${block(s.body, l)})`;
    case 'ExprStmt':
      return `(ExprStmt${p} ${e(s.x)})`;
    case 'For':
      return `(For${p} ${e(s.vars)} ${e(s.x)} ${block(s.body, l)})`;
    case 'While':
      return `(While${p} ${e(s.cond)} ${block(s.body, l)})`;
    case 'If':
      return `(If${p} ${e(s.cond)} ${block(s.then, l)} ${block(s.els, l)})`;
    case 'Load': {
      const pairs = s.to.map((t, i) => `${e(t)}=${e(s.from[i])}`).join(' ');
      return `(Load${p} ${e(s.module)} (${pairs}) ${at(l, s.rparen)})`;
    }
    case 'Return':
      return `(Return${p}${s.result === null ? '' : ` ${e(s.result)}`})`;
  }
}

function expr(x: Expr, l: LineTable): string {
  const p = at(l, x.pos);
  const e = (y: Expr | null): string => (y === null ? '_' : expr(y, l));
  switch (x.kind) {
    case 'Ident':
      return `${name(x.name)}${p}`;
    case 'Int':
      return `(Int${p} ${x.value.toString()})`;
    case 'Float': {
      const b = new DataView(new ArrayBuffer(8));
      b.setFloat64(0, x.value);
      return `(Float${p} ${b.getBigUint64(0).toString(16)})`;
    }
    case 'String':
    case 'Bytes':
      return `(${x.kind}${p} ${hex(x.value)})`;
    case 'Binary':
      return `(Binary${p} ${x.op} ${e(x.x)} ${e(x.y)})`;
    case 'Unary':
      return `(Unary${p} ${x.op} ${e(x.x)})`;
    case 'Call':
      return `(Call${p} ${e(x.fn)} (${x.args.map((a) => arg(a, l)).join(' ')}) ${at(l, x.rparen)})`;
    case 'Cond':
      return `(Cond${p} ${e(x.cond)} ${e(x.then)} ${e(x.els)})`;
    case 'Dict':
      return `(Dict${p} ${x.entries.map((d) => entry(d, l)).join(' ')})`;
    case 'List':
      return `(List${p} ${x.elems.map(e).join(' ')})`;
    case 'Tuple':
      return `(Tuple${p}${x.parens ? ' parens' : ''} ${x.elems.map(e).join(' ')})`;
    case 'Comprehension': {
      const body = x.curly ? entry(x.body as DictEntry, l) : e(x.body as Expr);
      return `(Comprehension${p} ${body} ${x.clauses.map((c) => clause(c, l)).join(' ')})`;
    }
    case 'Index':
      return `(Index${p} ${e(x.x)} ${e(x.y)})`;
    case 'Slice':
      return `(Slice${p} ${e(x.x)} ${e(x.lo)} ${e(x.hi)} ${e(x.step)})`;
    case 'Dot':
      return `(Dot${p} ${e(x.x)} ${e(x.name)})`;
    case 'Lambda':
      return `(Lambda${p} (${x.params.map((q) => param(q, l)).join(' ')}) ${e(x.body)})`;
    case 'Paren':
      return `(Paren${p} ${e(x.x)})`;
  }
}

function entry(d: DictEntry, l: LineTable): string {
  return `(Entry${at(l, d.pos)} ${expr(d.key, l)} ${expr(d.value, l)})`;
}

function clause(c: Clause, l: LineTable): string {
  return c.kind === 'ForClause'
    ? `(for${at(l, c.pos)} ${expr(c.vars, l)} ${expr(c.x, l)})`
    : `(if${at(l, c.pos)} ${expr(c.cond, l)})`;
}

function arg(a: Arg, l: LineTable): string {
  switch (a.kind) {
    case 'Positional':
      return expr(a.value, l);
    case 'Named':
      return `(= ${expr(a.name, l)} ${expr(a.value, l)})`;
    case 'Star':
      return `(*${at(l, a.pos)} ${expr(a.value, l)})`;
    case 'StarStar':
      return `(**${at(l, a.pos)} ${expr(a.value, l)})`;
  }
}

function param(q: Param, l: LineTable): string {
  switch (q.kind) {
    case 'Required':
      return expr(q.name, l);
    case 'Optional':
      return `(= ${expr(q.name, l)} ${expr(q.default, l)})`;
    case 'Star':
      return `(*${at(l, q.pos)}${q.name === null ? '' : ` ${expr(q.name, l)}`})`;
    case 'StarStar':
      return `(**${at(l, q.pos)} ${expr(q.name, l)})`;
  }
}
