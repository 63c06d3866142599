// The typed Starlark syntax tree produced by the parser.
//
// Every node carries `pos`: the byte offset (into the UTF-8 source) of the token that
// starlark-go reports for that node. A File's `lines` table turns offsets into
// file:line:col. Nodes know nothing of Starlark values; the resolver annotates
// identifiers and function nodes through the optional `binding`/`scope` slots, which
// the grammar leaves unset.
//
// Strings in the tree (identifier names, string and bytes literal values) are
// "byte strings": one JS char per UTF-8 byte (the Latin-1 view of the UTF-8 bytes).

import type { LineTable } from './position.js';

export interface File {
  kind: 'File';
  path: string; // host (UTF-16) path as given by the caller
  stmts: Stmt[];
  lines: LineTable;
}

// ---------------------------------------------------------------------------
// Statements

export type Stmt =
  | AssignStmt
  | AugAssignStmt
  | BranchStmt
  | DefStmt
  | ExprStmt
  | ForStmt
  | WhileStmt
  | IfStmt
  | LoadStmt
  | ReturnStmt;

/** `lhs = rhs`; pos is the `=`. */
export interface AssignStmt {
  kind: 'Assign';
  pos: number;
  lhs: Expr;
  rhs: Expr;
}

/** `lhs op= rhs`; pos is the operator; op is the binary operator without `=` ('+', '//', '<<', ...). */
export interface AugAssignStmt {
  kind: 'AugAssign';
  pos: number;
  op: BinaryOp;
  lhs: Expr;
  rhs: Expr;
}

/** `break`, `continue` or `pass`; pos is the keyword. */
export interface BranchStmt {
  kind: 'Branch';
  pos: number;
  token: 'break' | 'continue' | 'pass';
}

/** `def name(params): body`; pos is the `def` keyword. */
export interface DefStmt {
  kind: 'Def';
  pos: number;
  name: Ident;
  params: Param[];
  body: Stmt[];
  /** Set by the resolver. */
  scope?: unknown;
}

export interface ExprStmt {
  kind: 'ExprStmt';
  pos: number; // start of the expression
  x: Expr;
}

/** `for vars in x: body`; pos is the `for` keyword. */
export interface ForStmt {
  kind: 'For';
  pos: number;
  vars: Expr;
  x: Expr;
  body: Stmt[];
}

/** `while cond: body`; pos is the `while` keyword. */
export interface WhileStmt {
  kind: 'While';
  pos: number;
  cond: Expr;
  body: Stmt[];
}

/** `if`/`elif`: an elif chain is a nested IfStmt as the sole statement of `els`. */
export interface IfStmt {
  kind: 'If';
  pos: number; // the `if` or `elif` keyword
  cond: Expr;
  then: Stmt[];
  els: Stmt[]; // empty when absent
}

/** `load("module", "a", b="c")`; pos is the `load` keyword. */
export interface LoadStmt {
  kind: 'Load';
  pos: number;
  module: StringLit;
  /** name in the loading (this) module */
  to: Ident[];
  /** name in the loaded module (byte string), with the position of its string literal */
  from: Ident[];
  rparen: number;
}

/** `return [x]`; pos is the `return` keyword. */
export interface ReturnStmt {
  kind: 'Return';
  pos: number;
  result: Expr | null;
}

// ---------------------------------------------------------------------------
// Expressions

export type Expr =
  | Ident
  | IntLit
  | FloatLit
  | StringLit
  | BytesLit
  | BinaryExpr
  | UnaryExpr
  | CallExpr
  | CondExpr
  | DictExpr
  | ListExpr
  | TupleExpr
  | Comprehension
  | IndexExpr
  | SliceExpr
  | DotExpr
  | LambdaExpr
  | ParenExpr;

export interface Ident {
  kind: 'Ident';
  pos: number;
  name: string;
  /** Set by the resolver. */
  binding?: unknown;
}

/** Integer literal; value is a number when it is a safe integer, else a bigint. */
export interface IntLit {
  kind: 'Int';
  pos: number;
  value: number | bigint;
  raw: string;
}

export interface FloatLit {
  kind: 'Float';
  pos: number;
  value: number;
  raw: string;
}

/** String literal, value already unescaped (byte string). */
export interface StringLit {
  kind: 'String';
  pos: number;
  value: string;
  raw: string;
}

/** Bytes literal b"..."; value is a byte string. */
export interface BytesLit {
  kind: 'Bytes';
  pos: number;
  value: string;
  raw: string;
}

export type BinaryOp =
  | 'or' | 'and'
  | '==' | '!=' | '<' | '>' | '<=' | '>=' | 'in' | 'not in'
  | '|' | '^' | '&' | '<<' | '>>'
  | '+' | '-' | '*' | '/' | '//' | '%';

/** pos is the operator token (for `not in`, the `in`, as starlark-go records it). */
export interface BinaryExpr {
  kind: 'Binary';
  pos: number;
  op: BinaryOp;
  x: Expr;
  y: Expr;
}

export type UnaryOp = '-' | '+' | '~' | 'not';

/** pos is the operator token. */
export interface UnaryExpr {
  kind: 'Unary';
  pos: number;
  op: UnaryOp;
  x: Expr;
}

export type Arg =
  | { kind: 'Positional'; value: Expr }
  | { kind: 'Named'; name: Ident; value: Expr }
  | { kind: 'Star'; pos: number; value: Expr }
  | { kind: 'StarStar'; pos: number; value: Expr };

/** `fn(args)`; pos is the `(`. */
export interface CallExpr {
  kind: 'Call';
  pos: number;
  fn: Expr;
  args: Arg[];
  rparen: number;
}

/** `a if cond else b`; pos is the `if`. */
export interface CondExpr {
  kind: 'Cond';
  pos: number;
  cond: Expr;
  then: Expr;
  els: Expr;
}

export interface DictEntry {
  pos: number; // the `:`
  key: Expr;
  value: Expr;
}

/** `{k: v, ...}`; pos is the `{`. */
export interface DictExpr {
  kind: 'Dict';
  pos: number;
  entries: DictEntry[];
}

/** `[a, b]`; pos is the `[`. */
export interface ListExpr {
  kind: 'List';
  pos: number;
  elems: Expr[];
}

/** `a, b` or `(a, b)`; pos is the `(` or the start of the first element. */
export interface TupleExpr {
  kind: 'Tuple';
  pos: number;
  elems: Expr[];
  parens: boolean;
}

export type Clause =
  | { kind: 'ForClause'; pos: number; vars: Expr; x: Expr }
  | { kind: 'IfClause'; pos: number; cond: Expr };

/** `[body for ...]` or `{k: v for ...}` (curly: body is a DictEntry); pos is the bracket. */
export interface Comprehension {
  kind: 'Comprehension';
  pos: number;
  curly: boolean;
  body: Expr | DictEntry;
  clauses: Clause[];
  /** Set by the resolver. */
  scope?: unknown;
}

/** `x[y]`; pos is the `[`. */
export interface IndexExpr {
  kind: 'Index';
  pos: number;
  x: Expr;
  y: Expr;
}

/** `x[lo:hi:step]`; pos is the `[`. */
export interface SliceExpr {
  kind: 'Slice';
  pos: number;
  x: Expr;
  lo: Expr | null;
  hi: Expr | null;
  step: Expr | null;
}

/** `x.name`; pos is the `.`. */
export interface DotExpr {
  kind: 'Dot';
  pos: number;
  x: Expr;
  name: Ident;
}

/** `lambda params: body`; pos is the `lambda` keyword. */
export interface LambdaExpr {
  kind: 'Lambda';
  pos: number;
  params: Param[];
  body: Expr;
  /** Set by the resolver. */
  scope?: unknown;
}

/** `(x)`; pos is the `(`. */
export interface ParenExpr {
  kind: 'Paren';
  pos: number;
  x: Expr;
}

// ---------------------------------------------------------------------------
// Parameters of def and lambda

export type Param =
  | { kind: 'Required'; name: Ident } // x
  | { kind: 'Optional'; pos: number; name: Ident; default: Expr } // x=1 (pos: the '=')
  | { kind: 'Star'; pos: number; name: Ident | null } // *args or bare *
  | { kind: 'StarStar'; pos: number; name: Ident }; // **kwargs

export type Node = Stmt | Expr | File;
