// Static name resolution, run before any code executes.
//
// Every identifier is classified as local, cell (a local captured by an inner function),
// free (captured from an enclosing function), global, predeclared, universal or
// undefined, and given a slot index. The algorithm follows the spec's rules:
//  - a name bound anywhere in a function body is local to the whole body;
//  - at top level, assignments bind globals while load() binds file-locals;
//  - uses inside functions are resolved when the module ends, so functions may refer
//    to globals defined later; with the GlobalReassign option (Tilt's dialect) direct
//    top-level uses are resolved on the spot, so they see only earlier bindings;
//  - a local of an enclosing function used by an inner one becomes a cell in the outer
//    function and a free variable of every function in between.
// All static errors of a file are collected (the resolver does not stop at the first).

import type { Arg, Clause, Comprehension, Expr, Ident, LambdaExpr, Param, Stmt } from '../../../grammar/ast.js';
import { exprStart } from './expr-start.js';
import type { Binding, DialectOptions, FunctionInfo, ModuleInfo } from './binding.js';
import { nearest } from './spell.js';

export interface ResolveIssue {
  pos: number;
  msg: string;
}

interface Use {
  id: Ident;
  env: Block;
}

class Block {
  readonly bindings = new Map<string, Binding>();
  readonly children: Block[] = [];
  uses: Use[] = [];
  constructor(
    readonly parent: Block | null,
    readonly fn: FunctionInfo | null, // function blocks only
  ) {}
}

const DOESNT = 'this Starlark dialect does not ';

export class Resolver {
  readonly issues: ResolveIssue[] = [];
  private readonly file = new Block(null, null);
  private env: Block = this.file;
  private readonly moduleLocals: Binding[] = [];
  private readonly moduleGlobals: Binding[] = [];
  private readonly globals = new Map<string, Binding>();
  private readonly predeclaredSeen = new Map<string, Binding>();
  private loops = 0;
  private ifs = 0;

  constructor(
    private readonly opts: DialectOptions,
    private readonly isPredeclared: (name: string) => boolean,
    private readonly isUniversal: (name: string) => boolean,
  ) {}

  resolveFile(stmts: Stmt[]): ModuleInfo {
    this.stmts(stmts);
    this.resolveLocalUses(this.env);
    this.resolveNonLocalUses(this.env);
    this.issues.sort((a, b) => a.pos - b.pos);
    return { locals: this.moduleLocals, globals: this.moduleGlobals };
  }

  private error(pos: number, msg: string): void {
    this.issues.push({ pos, msg });
  }

  private container(): Block {
    for (let b: Block = this.env; ; b = b.parent!) if (b.fn !== null || b === this.file) return b;
  }

  private push(b: Block): void {
    this.env.children.push(b);
    this.env = b;
  }

  private pop(): void {
    this.env = this.env.parent!;
  }

  // --- binding -------------------------------------------------------------

  /** Binds id in the current block; reports whether a binding already existed. */
  private bind(id: Ident): boolean {
    if (this.env === this.file) {
      let b = this.file.bindings.get(id.name);
      let existed = b !== undefined;
      if (!b) {
        b = this.globals.get(id.name);
        existed = b !== undefined;
        if (!b) {
          b = { scope: 'global', index: this.moduleGlobals.length, first: id };
          this.globals.set(id.name, b);
          this.moduleGlobals.push(b);
        }
      }
      if (existed && !this.opts.globalReassign) {
        this.error(id.pos, `cannot reassign ${b.scope} ${id.name} declared at ${this.formatPos(b.first!.pos)}`);
      }
      id.binding = b;
      return existed;
    }
    return this.bindLocal(id);
  }

  /** Set by the caller to render "declared at" positions. */
  formatPos: (pos: number) => string = (pos) => String(pos);

  private bindLocal(id: Ident): boolean {
    const existed = this.env.bindings.has(id.name);
    if (!existed) {
      const fn = this.container().fn;
      const locals = fn ? fn.locals : this.moduleLocals;
      const b: Binding = { scope: 'local', index: locals.length, first: id };
      this.env.bindings.set(id.name, b);
      locals.push(b);
    }
    this.use(id);
    return existed;
  }

  private use(id: Ident): void {
    if (this.opts.globalReassign && this.env === this.file) {
      this.useToplevel({ id, env: this.env });
      return;
    }
    this.container().uses.push({ id, env: this.env });
  }

  private useToplevel(use: Use): Binding {
    const { id } = use;
    const name = id.name;
    let b = this.file.bindings.get(name) ?? this.globals.get(name) ?? this.predeclaredSeen.get(name);
    if (!b) {
      if (this.isPredeclared(name)) {
        b = { scope: 'predeclared', index: 0, first: null };
        this.predeclaredSeen.set(name, b);
      } else if (this.isUniversal(name)) {
        if (!this.opts.set && name === 'set') this.error(id.pos, DOESNT + 'support sets');
        b = { scope: 'universal', index: 0, first: null };
        this.predeclaredSeen.set(name, b);
      } else {
        b = { scope: 'undefined', index: 0, first: null };
        const hint = this.spellcheck(use);
        this.error(id.pos, `undefined: ${name}${hint ? ` (did you mean ${hint}?)` : ''}`);
      }
    }
    id.binding = b;
    return b;
  }

  private spellcheck(use: Use): string {
    const names: string[] = [];
    for (let b: Block | null = use.env; b; b = b.parent) names.push(...b.bindings.keys());
    for (const g of this.moduleGlobals) names.push(g.first!.name);
    names.sort();
    return nearest(use.id.name, names);
  }

  private resolveLocalUses(b: Block): void {
    const unresolved: Use[] = [];
    for (const use of b.uses) {
      const bind = lookupLocal(use);
      if (bind && (bind.scope === 'local' || bind.scope === 'cell')) use.id.binding = bind;
      else unresolved.push(use);
    }
    b.uses = unresolved;
  }

  private resolveNonLocalUses(b: Block): void {
    for (const child of b.children) this.resolveNonLocalUses(child);
    for (const use of b.uses) use.id.binding = this.lookupLexical(use, use.env);
  }

  private lookupLexical(use: Use, env: Block): Binding {
    if (env === this.file) return this.useToplevel(use);
    let b = env.bindings.get(use.id.name);
    if (!b) {
      b = this.lookupLexical(use, env.parent!);
      if (env.fn && (b.scope === 'local' || b.scope === 'free' || b.scope === 'cell')) {
        if (b.scope === 'local') b.scope = 'cell';
        const index = env.fn.freevars.length;
        env.fn.freevars.push(b);
        b = { scope: 'free', index, first: b.first };
      }
      env.bindings.set(use.id.name, b);
    }
    return b;
  }

  // --- statements ----------------------------------------------------------

  private stmts(stmts: Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private atTopLevel(): boolean {
    return this.container().fn === null;
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'ExprStmt':
        return this.expr(s.x);
      case 'Branch':
        if (this.loops === 0 && s.token !== 'pass') this.error(s.pos, `${s.token} not in a loop`);
        return;
      case 'If':
        if (!this.opts.topLevelControl && this.atTopLevel()) this.error(s.pos, 'if statement not within a function');
        this.expr(s.cond);
        this.ifs++;
        this.stmts(s.then);
        this.stmts(s.els);
        this.ifs--;
        return;
      case 'Assign':
        this.expr(s.rhs);
        return this.assign(s.lhs, false);
      case 'AugAssign':
        this.expr(s.rhs);
        return this.assign(s.lhs, true);
      case 'Def': {
        this.bind(s.name);
        const fn = newFunction(s.name.name, s.pos, s, s.params, s.body);
        s.scope = fn;
        return this.function(fn);
      }
      case 'For':
        if (!this.opts.topLevelControl && this.atTopLevel()) this.error(s.pos, 'for loop not within a function');
        this.expr(s.x);
        this.assign(s.vars, false);
        this.loops++;
        this.stmts(s.body);
        this.loops--;
        return;
      case 'While':
        if (!this.opts.while) this.error(s.pos, DOESNT + 'support while loops');
        if (!this.opts.topLevelControl && this.atTopLevel()) this.error(s.pos, 'while loop not within a function');
        this.expr(s.cond);
        this.loops++;
        this.stmts(s.body);
        this.loops--;
        return;
      case 'Return':
        if (this.atTopLevel()) this.error(s.pos, 'return statement not within a function');
        if (s.result) this.expr(s.result);
        return;
      case 'Load':
        return this.load(s);
    }
  }

  private load(s: Extract<Stmt, { kind: 'Load' }>): void {
    if (!this.atTopLevel()) this.error(s.pos, 'load statement within a function');
    else if (this.loops > 0) this.error(s.pos, 'load statement within a loop');
    else if (this.ifs > 0) this.error(s.pos, 'load statement within a conditional');
    s.from.forEach((from, i) => {
      if (from.name === '') {
        this.error(from.pos, 'load: empty identifier');
        return;
      }
      if (from.name[0] === '_') {
        this.error(from.pos, `load: names with leading underscores are not exported: ${from.name}`);
      }
      const id = s.to[i];
      if (this.opts.loadBindsGlobally) this.bind(id);
      else if (this.bindLocal(id) && !this.opts.globalReassign) {
        this.error(id.pos, `cannot reassign top-level ${id.name}`);
      }
    });
  }

  private assign(lhs: Expr, augmented: boolean): void {
    switch (lhs.kind) {
      case 'Ident':
        this.bind(lhs);
        return;
      case 'Index':
        this.expr(lhs.x);
        this.expr(lhs.y);
        return;
      case 'Dot':
        this.expr(lhs.x);
        return;
      case 'Tuple':
      case 'List':
        if (augmented) {
          this.error(exprStart(lhs), `can't use ${lhs.kind === 'Tuple' ? 'tuple' : 'list'} expression in augmented assignment`);
        }
        for (const e of lhs.elems) this.assign(e, augmented);
        return;
      case 'Paren':
        return this.assign(lhs.x, augmented);
      default:
        this.error(exprStart(lhs), `can't assign to ${assignTargetName(lhs)}`);
    }
  }

  // --- expressions ---------------------------------------------------------

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'Ident':
        return this.use(e);
      case 'Int':
      case 'Float':
      case 'String':
      case 'Bytes':
        return;
      case 'List':
      case 'Tuple':
        for (const x of e.elems) this.expr(x);
        return;
      case 'Cond':
        this.expr(e.cond);
        this.expr(e.then);
        this.expr(e.els);
        return;
      case 'Index':
        this.expr(e.x);
        this.expr(e.y);
        return;
      case 'Slice':
        this.expr(e.x);
        if (e.lo) this.expr(e.lo);
        if (e.hi) this.expr(e.hi);
        if (e.step) this.expr(e.step);
        return;
      case 'Comprehension':
        return this.comprehension(e);
      case 'Dict':
        for (const entry of e.entries) {
          this.expr(entry.key);
          this.expr(entry.value);
        }
        return;
      case 'Unary':
        return this.expr(e.x);
      case 'Binary':
        this.expr(e.x);
        this.expr(e.y);
        return;
      case 'Dot':
        return this.expr(e.x);
      case 'Call':
        this.expr(e.fn);
        return this.callArgs(e.args, e.pos);
      case 'Lambda': {
        const fn = newFunction('lambda', e.pos, e, e.params, []);
        e.scope = fn;
        return this.function(fn, e);
      }
      case 'Paren':
        return this.expr(e.x);
    }
  }

  private comprehension(e: Comprehension): void {
    const first = e.clauses[0] as Extract<Clause, { kind: 'ForClause' }>;
    this.expr(first.x);
    const b = new Block(this.env, null);
    e.scope = b;
    this.push(b);
    this.assign(first.vars, false);
    for (const c of e.clauses.slice(1)) {
      if (c.kind === 'IfClause') this.expr(c.cond);
      else {
        this.assign(c.vars, false);
        this.expr(c.x);
      }
    }
    if ('kind' in e.body) this.expr(e.body);
    else {
      this.expr(e.body.key);
      this.expr(e.body.value);
    }
    this.pop();
  }

  private callArgs(args: Arg[], callPos: number): void {
    let seenVarargs = false;
    let seenKwargs = false;
    const seenNames = new Set<string>();
    let npos = 0;
    let nkw = 0;
    for (const a of args) {
      switch (a.kind) {
        case 'StarStar':
          if (seenKwargs) this.error(a.pos, 'multiple **kwargs not allowed');
          seenKwargs = true;
          this.expr(a.value);
          break;
        case 'Star':
          if (seenKwargs) this.error(a.pos, '*args may not follow **kwargs');
          else if (seenVarargs) this.error(a.pos, 'multiple *args not allowed');
          seenVarargs = true;
          this.expr(a.value);
          break;
        case 'Named':
          nkw++;
          if (seenKwargs) this.error(a.name.pos, 'keyword argument may not follow **kwargs');
          else if (seenVarargs) this.error(a.name.pos, 'keyword argument may not follow *args');
          if (seenNames.has(a.name.name)) this.error(a.name.pos, `keyword argument "${a.name.name}" is repeated`);
          else seenNames.add(a.name.name);
          this.expr(a.value);
          break;
        case 'Positional': {
          npos++;
          const pos = exprStart(a.value);
          if (seenVarargs) this.error(pos, 'positional argument may not follow *args');
          else if (seenKwargs) this.error(pos, 'positional argument may not follow **kwargs');
          else if (seenNames.size > 0) this.error(pos, 'positional argument may not follow named');
          this.expr(a.value);
          break;
        }
      }
    }
    if (npos >= 256) this.error(callPos, `${npos} positional arguments in call, limit is 255`);
    if (nkw >= 256) this.error(callPos, `${nkw} keyword arguments in call, limit is 255`);
  }

  private function(fn: FunctionInfo, lambda?: LambdaExpr): void {
    for (const p of fn.params) if (p.kind === 'Optional') this.expr(p.default);
    const b = new Block(this.env, fn);
    this.push(b);
    this.params(fn, fn.params);
    if (lambda) this.expr(lambda.body);
    else this.stmts(fn.body);
    this.resolveLocalUses(b);
    this.pop();
  }

  private params(fn: FunctionInfo, params: Param[]): void {
    let seenOptional = false;
    let star: Extract<Param, { kind: 'Star' }> | null = null;
    let starStar: Ident | null = null;
    let kwonly = 0;
    for (const p of params) {
      switch (p.kind) {
        case 'Required':
          if (starStar) this.error(p.name.pos, `required parameter may not follow **${starStar.name}`);
          else if (star) kwonly++;
          else if (seenOptional) this.error(p.name.pos, 'required parameter may not follow optional');
          if (this.bind(p.name)) this.error(p.name.pos, `duplicate parameter: ${p.name.name}`);
          break;
        case 'Optional':
          if (starStar) this.error(p.pos, `optional parameter may not follow **${starStar.name}`);
          else if (star) kwonly++;
          if (this.bind(p.name)) this.error(p.pos, `duplicate parameter: ${p.name.name}`);
          seenOptional = true;
          break;
        case 'Star':
          if (starStar) this.error(p.pos, `* parameter may not follow **${starStar.name}`);
          else if (star) this.error(p.pos, 'multiple * parameters not allowed');
          else star = p;
          break;
        case 'StarStar':
          if (starStar) this.error(p.pos, 'multiple ** parameters not allowed');
          starStar = p.name;
          break;
      }
    }
    if (star) {
      if (star.name) {
        if (this.bind(star.name)) this.error(star.name.pos, `duplicate parameter: ${star.name.name}`);
        fn.hasVarargs = true;
      } else if (kwonly === 0) {
        this.error(star.pos, 'bare * must be followed by keyword-only parameters');
      }
    }
    if (starStar) {
      if (this.bind(starStar)) this.error(starStar.pos, `duplicate parameter: ${starStar.name}`);
      fn.hasKwargs = true;
    }
    fn.numKwonlyParams = kwonly;
  }
}

function lookupLocal(use: Use): Binding | undefined {
  for (let env: Block | null = use.env; env; env = env.parent) {
    const b = env.bindings.get(use.id.name);
    if (b) return b;
    if (env.fn) break;
  }
  return undefined;
}

function newFunction(name: string, pos: number, node: FunctionInfo['node'], params: Param[], body: Stmt[]): FunctionInfo {
  return { name, pos, node, params, body, hasVarargs: false, hasKwargs: false, numKwonlyParams: 0, locals: [], freevars: [] };
}

/** The node-type word starlark-go uses in "can't assign to X". */
function assignTargetName(e: Expr): string {
  switch (e.kind) {
    case 'Int':
    case 'Float':
    case 'String':
    case 'Bytes':
      return 'literal';
    case 'Binary':
      return 'binaryexpr';
    case 'Unary':
      return 'unaryexpr';
    case 'Call':
      return 'callexpr';
    case 'Cond':
      return 'condexpr';
    case 'Dict':
      return 'dictexpr';
    case 'Comprehension':
      return 'comprehension';
    case 'Slice':
      return 'sliceexpr';
    case 'Lambda':
      return 'lambdaexpr';
    default:
      return e.kind.toLowerCase();
  }
}
