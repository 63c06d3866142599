// What the resolver records: how every identifier is bound, and the shape of every
// function (its parameters, locals, cells and free variables).

import type { DefStmt, Ident, LambdaExpr, Param, Stmt } from '../../../grammar/ast.js';

export type Scope = 'local' | 'cell' | 'free' | 'global' | 'predeclared' | 'universal' | 'undefined';

export interface Binding {
  scope: Scope;
  /** local/cell: slot in the container's locals; free: index in freevars; global: module global index. */
  index: number;
  /** The first binding occurrence (for globals, locals and free vars). */
  first: Ident | null;
}

export interface FunctionInfo {
  name: string;
  pos: number;
  node: DefStmt | LambdaExpr;
  params: Param[];
  body: Stmt[];
  hasVarargs: boolean;
  hasKwargs: boolean;
  numKwonlyParams: number;
  /** Every local slot; parameters come first (regular, then *args, then **kwargs). */
  locals: Binding[];
  /** Bindings in the enclosing function whose cells this function captures. */
  freevars: Binding[];
}

export interface ModuleInfo {
  /** File-local slots of the top level: load bindings and top-level comprehension variables. */
  locals: Binding[];
  /** Module globals in order of first binding. */
  globals: Binding[];
}

/** Dialect switches (starlark-go's syntax.FileOptions). */
export interface DialectOptions {
  set: boolean;
  while: boolean;
  topLevelControl: boolean;
  globalReassign: boolean;
  loadBindsGlobally: boolean;
  recursion: boolean;
}

/** The options Tilt runs Tiltfiles with. */
export const TILT_DIALECT: DialectOptions = {
  set: true,
  while: true,
  topLevelControl: true,
  globalReassign: true,
  loadBindsGlobally: false,
  recursion: true,
};

/** starlark-go's defaults (every switch off). */
export const STRICT_DIALECT: DialectOptions = {
  set: false,
  while: false,
  topLevelControl: false,
  globalReassign: false,
  loadBindsGlobally: false,
  recursion: false,
};
