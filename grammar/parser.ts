// Statement rules of the Starlark grammar, and the entry points that run the parser.
//
// One parser instance is built on first use (building it analyses the grammar, which
// costs a few milliseconds) and is reused: each parse just sets its input. Parsing is
// synchronous, so sharing it is safe. Every failure leaves as a StarlarkSyntaxError.

import type { IOrAlt, IRecognitionException } from 'chevrotain';
import type { Expr, File, LoadStmt, Stmt } from './ast.js';
import { ParseFailure, StarlarkSyntaxError, type PendingError } from './errors.js';
import { layoutTokens } from './indent.js';
import { identOf, startOf, stringOf } from './parser-base.js';
import { ExprParser } from './parser-expr.js';
import { LineTable } from './position.js';
import {
  AssignOperator, Break, Colon, endOf, Comma, Continue, Def, Elif, Else, Eof, Eq, For, Ident, If, In,
  Indent, Load, LParen, Newline, Outdent, Pass, Return, RParen, ScanError, Semi, spelling, Str,
  While, type Tok,
} from './tokens.js';
import type { TokenType } from 'chevrotain';
import { fromBytes, toHost } from './utf8.js';

const smallStmtEnd = new Set<TokenType>([Eof, Newline, Semi]);
const lineEnd = new Set<TokenType>([Newline, Eof]);
const blockEnd = new Set<TokenType>([Outdent, Eof]);
const loadEnd = new Set<TokenType>([RParen, Eof]);

class StarlarkParser extends ExprParser {
  constructor(validate: boolean, eager = false) {
    super(validate, eager);
    this.performSelfAnalysis();
  }

  readonly file = this.RULE('file', (): Stmt[] => {
    const stmts: Stmt[] = [];
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(Newline) },
        {
          ALT: () => {
            const s = this.SUBRULE(this.stmt);
            this.ACTION(() => stmts.push(...s));
          },
        },
      ]),
    );
    this.expect(Eof, 'primary');
    this.CONSUME(Eof);
    return stmts;
  });

  /** A lone expression, as for `eval`: an optional trailing newline, then the end. */
  readonly exprFile = this.RULE('exprFile', (): Expr => {
    const x = this.SUBRULE(this.expr, { ARGS: [false] });
    this.OPTION(() => this.CONSUME(Newline));
    if (!this.RECORDING_PHASE && this.cur().tokenType !== Eof) {
      this.failIf(true, endOf(this.cur()), `got ${this.describeNext()} after expression, want EOF`);
    }
    this.CONSUME(Eof);
    return x;
  });

  readonly stmt = this.RULE('stmt', (): Stmt[] => this.OR(this.stmtAlts));

  // Built once: OR alternatives are otherwise a fresh array of closures per call.
  private readonly stmtAlts: IOrAlt<Stmt[]>[] = [
    { ALT: () => [this.SUBRULE(this.defStmt)] },
    { ALT: () => [this.SUBRULE(this.ifStmt)] },
    { ALT: () => [this.SUBRULE(this.forStmt)] },
    { ALT: () => [this.SUBRULE(this.whileStmt)] },
    { ALT: () => this.SUBRULE(this.simpleStmt) },
  ];

  readonly defStmt = this.RULE('defStmt', (): Stmt => {
    const pos = this.CONSUME(Def).startOffset;
    const name = identOf(this.CONSUME(Ident));
    this.CONSUME(LParen);
    const params = this.SUBRULE(this.params);
    this.CONSUME(RParen);
    this.CONSUME(Colon);
    return { kind: 'Def', pos, name, params, body: this.SUBRULE(this.suite) };
  });

  /** `if`, then each `elif` as an IfStmt nested in the previous one's else branch. */
  readonly ifStmt = this.RULE('ifStmt', (): Stmt => {
    const pos = this.CONSUME(If).startOffset;
    const cond = this.SUBRULE(this.test);
    this.CONSUME(Colon);
    const root = { kind: 'If' as const, pos, cond, then: this.SUBRULE(this.suite), els: [] as Stmt[] };
    let tail = root;
    this.MANY(() => {
      const elifPos = this.CONSUME(Elif).startOffset;
      const c = this.SUBRULE2(this.test);
      this.CONSUME2(Colon);
      const body = this.SUBRULE2(this.suite);
      this.ACTION(() => {
        const elif = { kind: 'If' as const, pos: elifPos, cond: c, then: body, els: [] as Stmt[] };
        tail.els = [elif];
        tail = elif;
      });
    });
    this.OPTION(() => {
      this.CONSUME(Else);
      this.CONSUME3(Colon);
      const body = this.SUBRULE3(this.suite);
      this.ACTION(() => (tail.els = body));
    });
    return root;
  });

  readonly forStmt = this.RULE('forStmt', (): Stmt => {
    const pos = this.CONSUME(For).startOffset;
    const vars = this.SUBRULE(this.loopVars);
    this.CONSUME(In);
    const x = this.SUBRULE(this.expr, { ARGS: [false] });
    this.CONSUME(Colon);
    return { kind: 'For', pos, vars, x, body: this.SUBRULE(this.suite) };
  });

  readonly whileStmt = this.RULE('whileStmt', (): Stmt => {
    const pos = this.CONSUME(While).startOffset;
    const cond = this.SUBRULE(this.test);
    this.CONSUME(Colon);
    return { kind: 'While', pos, cond, body: this.SUBRULE(this.suite) };
  });

  /** An indented block, or simple statements on the same line. */
  readonly suite = this.RULE('suite', (): Stmt[] =>
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Newline);
          this.CONSUME(Indent);
          const body: Stmt[] = [];
          this.MANY(() => {
            const s = this.SUBRULE(this.stmt);
            this.ACTION(() => body.push(...s));
          });
          this.expect(blockEnd, 'primary');
          this.CONSUME(Outdent);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmt) },
    ]),
  );

  /** small_stmt (';' small_stmt)* [';'] NEWLINE, where EOF may stand for the NEWLINE. */
  readonly simpleStmt = this.RULE('simpleStmt', (): Stmt[] => {
    const out = [this.SUBRULE(this.smallStmt)];
    this.MANY(() => {
      this.CONSUME(Semi);
      this.OR([{ ALT: () => out.push(this.SUBRULE2(this.smallStmt)) }, { ALT: () => this.expect(lineEnd, 'primary') }]);
    });
    this.OR2([{ ALT: () => this.CONSUME(Newline) }, { ALT: () => this.expect(Eof, Newline) }]);
    return out;
  });

  readonly smallStmt = this.RULE('smallStmt', (): Stmt => this.OR(this.smallStmtAlts));

  private readonly smallStmtAlts: IOrAlt<Stmt>[] = [
    {
      ALT: () => {
        const pos = this.CONSUME(Return).startOffset;
        const result = this.OR2([
          { ALT: () => this.SUBRULE(this.expr, { ARGS: [false] }) },
          { ALT: () => (this.expect(smallStmtEnd, 'primary'), null) },
        ]);
        return { kind: 'Return', pos, result };
      },
    },
    { ALT: () => ({ kind: 'Branch', pos: this.CONSUME(Break).startOffset, token: 'break' }) },
    { ALT: () => ({ kind: 'Branch', pos: this.CONSUME(Continue).startOffset, token: 'continue' }) },
    { ALT: () => ({ kind: 'Branch', pos: this.CONSUME(Pass).startOffset, token: 'pass' }) },
    { ALT: () => this.SUBRULE(this.loadStmt) },
    { ALT: () => this.SUBRULE(this.exprStmt) },
  ];

  /** An expression statement, or an (augmented) assignment to it. */
  readonly exprStmt = this.RULE('exprStmt', (): Stmt => {
    const lhs = this.SUBRULE(this.expr, { ARGS: [false] });
    const assign = this.OPTION(() => {
      const op = this.CONSUME(AssignOperator);
      const rhs = this.SUBRULE2(this.expr, { ARGS: [false] });
      const pos = op.startOffset;
      if (op.tokenType === Eq) return { kind: 'Assign' as const, pos, lhs, rhs };
      const binop = spelling(op.tokenType).slice(0, -1) as Extract<Stmt, { kind: 'AugAssign' }>['op'];
      return { kind: 'AugAssign' as const, pos, op: binop, lhs, rhs };
    });
    return assign ?? { kind: 'ExprStmt', pos: startOf(lhs), x: lhs };
  });

  /** load("module", "name", local="name", ...), with starlark-go's own messages. */
  readonly loadStmt = this.RULE('loadStmt', (): LoadStmt => {
    const pos = this.CONSUME(Load).startOffset;
    const lparen = this.CONSUME(LParen).startOffset;
    this.expectLoad(this.cur().tokenType === Str, 'first operand of load statement must be a string literal');
    const module = stringOf(this.CONSUME(Str));
    const to: LoadStmt['to'] = [];
    const from: LoadStmt['from'] = [];
    this.MANY(() => {
      this.CONSUME(Comma);
      this.OR([
        {
          ALT: () => {
            const lit = this.CONSUME2(Str);
            const name = { kind: 'Ident' as const, pos: lit.startOffset + 1, name: lit.payload as string };
            to.push(name);
            from.push(name);
          },
        },
        {
          ALT: () => {
            const local = identOf(this.CONSUME(Ident));
            const n = toHost(local.name);
            this.expectLoad(this.cur().tokenType === Eq, `load operand must be "${n}" or ${n}="originalname" (want '=' after ${n})`);
            this.CONSUME(Eq);
            this.expectLoad(this.cur().tokenType === Str, `original name of loaded symbol must be quoted: ${n}="originalname"`);
            const lit = this.CONSUME3(Str);
            to.push(local);
            from.push({ kind: 'Ident', pos: lit.startOffset + 1, name: lit.payload as string });
          },
        },
        {
          ALT: () =>
            this.expectLoad(
              this.cur().tokenType === RParen,
              `load operand must be "name" or localname="name" (got ${this.describeNext()})`,
            ),
        },
      ]);
    });
    this.expect(loadEnd, Comma);
    const rparen = this.CONSUME(RParen).startOffset;
    this.failIf(to.length === 0, lparen, 'load statement must import at least 1 symbol');
    return { kind: 'Load', pos, module, to, from, rparen };
  });

  private expectLoad(ok: boolean, msg: string): void {
    if (!ok && !this.RECORDING_PHASE) this.failIf(true, endOf(this.cur()), msg);
  }
}

let instance: StarlarkParser | undefined;

function parser(): StarlarkParser {
  instance ??= build(false);
  return instance;
}

/** Builds a parser; with `validate`, Chevrotain also checks the grammar (for tests). */
export function build(validate: boolean): StarlarkParser {
  return new StarlarkParser(validate);
}

/**
 * Builds the shared parser now, with every lookahead function built up front. For a
 * process image made ahead of time (the CLI's start-up snapshot), where building costs
 * nothing at run time and lazily built lookahead would cost a call per decision.
 */
export function prepareParser(): void {
  instance ??= new StarlarkParser(false, true);
}

/** Source as the scanner sees it: a byte string with \r\n and lone \r turned into \n. */
export function normalise(src: string | Uint8Array): string {
  const s = typeof src === 'string' ? src : fromBytes(src);
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/**
 * Parses a whole file. `src` is either the file's raw bytes or a byte string (one char per
 * UTF-8 byte; see fromHost); `path` is only used in positions. Throws StarlarkSyntaxError.
 */
export function parseFile(path: string, src: string | Uint8Array): File {
  const text = normalise(src);
  const lines = new LineTable(path, text);
  const stmts = run(layoutTokens(text), lines, (p) => p.file());
  return { kind: 'File', path, stmts, lines };
}

/** Parses one expression (a bare tuple is allowed), as for `eval`. Throws StarlarkSyntaxError. */
export function parseExpr(path: string, src: string | Uint8Array): Expr {
  const text = normalise(src);
  return run(layoutTokens(text), new LineTable(path, text), (p) => p.exprFile());
}

function run<T>(tokens: Tok[], lines: LineTable, rule: (p: StarlarkParser) => T): T {
  const p = parser();
  p.input = tokens as never;
  let result: T;
  try {
    result = rule(p);
  } catch (e) {
    if (e instanceof ParseFailure) throw report(lines, e.cur as Tok, e.offset, e.msg);
    throw e;
  }
  const err = p.errors[0] as IRecognitionException | undefined;
  if (err === undefined) return result;
  const tok = err.token as unknown as Tok;
  // Chevrotain's errors: a mismatched token is reported after it, a missing primary at it.
  const offset = err.name === 'MismatchedTokenException' ? endOf(tok) : tok.startOffset;
  throw report(lines, tok, offset, err.message);
}

/** The error to report: the parse error, unless starlark-go's scanner would have failed first. */
function report(lines: LineTable, cur: Tok, offset: number, msg: string): StarlarkSyntaxError {
  if (cur.tokenType === ScanError) {
    const scan = cur.payload as PendingError;
    return StarlarkSyntaxError.at(lines, scan.offset, scan.msg);
  }
  return StarlarkSyntaxError.at(lines, offset, msg);
}
