// Expression rules of the Starlark grammar (see grammar.ebnf), building the AST directly.
//
// Names follow starlark-go's parser: `expr` may be an unparenthesised tuple, `test` is
// one expression with an optional `if … else …`, `binop` is the operator level (folded
// by fold.ts), `pws` is a primary with its `.name`, `[…]` and `(…)` suffixes.
//
// Every rule invocation costs Chevrotain a good deal of bookkeeping, and before the JIT
// has warmed up (a CLI parses each file once) that cost dominates parsing. So the rules
// an operand passes through are partly inlined: `test` carries its own copy of the
// `binop` rule body (binopBody), `pws` parses primaries and call suffixes itself, and
// `dict` its entries. The language is unchanged; only the rule boundaries moved.

import type { IOrAlt, TokenType } from 'chevrotain';
import type { Clause, DictEntry, Expr, TupleExpr } from './ast.js';
import { ExprFolder, type OperatorTok } from './fold.js';
import { identOf, listEnd, startOf, stringOf } from './parser-base.js';
import { CallParser } from './parser-call.js';
import {
  BinaryOperator, Bytes, Colon, Comma, Dot, Else, endOf, Float, For, Ident, If, In, Int, LBrace, LBrack,
  LParen, Minus, Not, Plus, RBrace, RBrack, RParen, spelling, Str, Tilde, type Tok,
} from './tokens.js';

const sliceEnd = new Set<TokenType>([Colon, RBrack]);

function tuple(elems: Expr[], pos: number, parens: boolean): TupleExpr {
  return { kind: 'Tuple', pos, elems, parens };
}

export class ExprParser extends CallParser {
  /** test (',' test)* — a tuple when there is a comma; a trailing comma needs parentheses. */
  readonly expr = this.RULE('expr', (inParens?: boolean): Expr => {
    const first = this.SUBRULE(this.test);
    let elems: Expr[] | null = null;
    this.MANY(() => {
      const comma = this.CONSUME(Comma);
      this.OR([
        { ALT: () => (elems ??= [first]).push(this.SUBRULE2(this.test)) },
        {
          ALT: () => {
            this.expect(listEnd, 'primary');
            this.failIf(inParens !== true, comma.startOffset, 'unparenthesized tuple with trailing comma');
            elems ??= [first];
          },
        },
      ]);
    });
    return elems === null ? first : tuple(elems, startOf(first), false);
  });

  override readonly test = this.RULE('test', (): Expr => this.OR(this.testAlts));

  // Built once: OR alternatives are otherwise a fresh array of closures per call.
  private readonly testAlts: IOrAlt<Expr>[] = [
      { ALT: () => this.SUBRULE(this.lambda) },
      {
        ALT: () => {
          const x = this.binopBody();
          this.condThen = x;
          return this.OPTION(this.conditional) ?? x;
        },
      },
    ];

  /** The `then` of a conditional expression, read by `conditional` before it parses anything. */
  private condThen: Expr = null as unknown as Expr;

  /** `if cond else els` after the `then` expression. */
  private readonly conditional = (): Expr => {
    const then = this.condThen;
    const ifTok = this.CONSUME(If);
    const c = this.SUBRULE2(this.binop);
    this.expectElse(ifTok.startOffset);
    this.CONSUME(Else);
    return { kind: 'Cond' as const, pos: ifTok.startOffset, cond: c, then, els: this.SUBRULE(this.test) };
  };

  /** A test that stops before `if` (comprehension conditions, and lambdas inside them). */
  override readonly testNoCond = this.RULE('testNoCond', (): Expr => this.OR(this.testNoCondAlts));

  private readonly testNoCondAlts: IOrAlt<Expr>[] = [
    { ALT: () => this.SUBRULE(this.lambdaNoCond) },
    { ALT: () => this.SUBRULE(this.binop) },
  ];

  /** `[not]* operand (op [not]* operand)*`, folded by precedence. */
  readonly binop = this.RULE('binop', (): Expr => this.binopBody());

  /**
   * The body of `binop`, also inlined into `test`. It uses the occurrence indices
   * MANY 0-2, CONSUME(Not) 0-2, SUBRULE(pws) 0 and 2, and OR 5 (for the operator).
   */
  private binopBody(): Expr {
    // Most operands stand alone: the folder is only made once an operator shows up.
    this.nots = null;
    this.MANY(this.notPrefix);
    const nots = this.nots as Tok[] | null;
    const first = this.SUBRULE(this.pws);
    let fold: ExprFolder | null = null;
    this.MANY2(() => {
      const op = this.OR5(this.binaryOpAlts);
      this.ACTION(() => (fold ??= new ExprFolder(nots, first)).operator(op));
      this.MANY3(() => {
        const not = this.CONSUME2(Not) as unknown as Tok;
        this.ACTION(() => fold!.not(not));
      });
      const y = this.SUBRULE2(this.pws);
      this.ACTION(() => fold!.operand(y));
    });
    if (fold !== null) return (fold as ExprFolder).finish();
    return nots === null ? first : ExprFolder.negate(nots, first);
  }

  /** The leading `not`s of the operand being read (no other rule runs while they are read). */
  private nots: Tok[] | null = null;

  private readonly notPrefix = (): void => {
    (this.nots ??= []).push(this.CONSUME(Not) as unknown as Tok);
  };

  private readonly binaryOpAlts: IOrAlt<OperatorTok>[] = [
      {
        ALT: () => {
          const t = this.CONSUME(BinaryOperator) as unknown as Tok;
          return { op: spelling(t.tokenType) as OperatorTok['op'], pos: t.startOffset, last: t };
        },
      },
      {
        ALT: () => {
          this.CONSUME1(Not);
          // starlark-go reports `not in` at the `in`, which it had just read.
          const t = this.CONSUME(In) as unknown as Tok;
          return { op: 'not in' as const, pos: t.startOffset, last: t };
        },
      },
    ];

  /**
   * The operand `pws` is building. Suffix alternatives read it as their first act, and
   * the loop stores each new result after the suffix is parsed, so the nested `pws` runs
   * inside call arguments or brackets, which overwrite it meanwhile, do no harm. This
   * spares a closure and an array of alternatives per operand.
   */
  private operand: Expr = null as unknown as Expr;

  /** A primary expression with its suffixes (starlark-go's primary_with_suffix). */
  readonly pws = this.RULE('pws', (): Expr => {
    this.operand = this.OR(this.primaryAlts);
    this.MANY(this.suffix);
    return this.operand;
  });

  private readonly suffix = (): void => {
    this.operand = this.OR2(this.suffixAlts);
  };

  private readonly suffixAlts: IOrAlt<Expr>[] = [
    {
      ALT: () => {
        const x = this.operand;
        const dot = this.CONSUME(Dot);
        return { kind: 'Dot' as const, pos: dot.startOffset, x, name: identOf(this.CONSUME2(Ident)) };
      },
    },
    { ALT: () => this.SUBRULE(this.sliceSuffix) },
    {
      ALT: () => {
        const fn = this.operand;
        const pos = this.CONSUME(LParen).startOffset;
        const args = this.SUBRULE(this.args);
        const rparen = this.CONSUME(RParen).startOffset;
        return { kind: 'Call' as const, pos, fn, args, rparen };
      },
    },
  ];

  /** Primary expressions (the first OR of `pws`). */
  private readonly primaryAlts: IOrAlt<Expr>[] = [
      { ALT: () => identOf(this.CONSUME(Ident)) },
      {
        ALT: () => {
          const t = this.CONSUME(Int);
          return { kind: 'Int', pos: t.startOffset, value: t.payload as number | bigint, raw: t.image };
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(Float);
          return { kind: 'Float', pos: t.startOffset, value: t.payload as number, raw: t.image };
        },
      },
      { ALT: () => stringOf(this.CONSUME(Str)) },
      {
        ALT: () => {
          const t = this.CONSUME(Bytes);
          return { kind: 'Bytes', pos: t.startOffset, value: t.payload as string, raw: t.image };
        },
      },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.dict) },
      { ALT: () => this.SUBRULE(this.paren) },
      { ALT: () => this.SUBRULE(this.unary) },
    ];

  readonly unary = this.RULE('unary', (): Expr => {
    const t = this.OR([
      { ALT: () => this.CONSUME(Minus) },
      { ALT: () => this.CONSUME(Plus) },
      { ALT: () => this.CONSUME(Tilde) },
    ]);
    const op = t.image as '-' | '+' | '~';
    return { kind: 'Unary', pos: t.startOffset, op, x: this.SUBRULE(this.pws) };
  });

  /** `(` `)`, `(` expr `)`: a parenthesised tuple becomes a TupleExpr with `parens`. */
  readonly paren = this.RULE('paren', (): Expr => {
    const pos = this.CONSUME(LParen).startOffset;
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(RParen);
          return tuple([], pos, true);
        },
      },
      {
        ALT: () => {
          const x = this.SUBRULE(this.expr, { ARGS: [true] });
          this.CONSUME2(RParen);
          if (x.kind === 'Tuple' && !x.parens) return tuple(x.elems, pos, true);
          return { kind: 'Paren' as const, pos, x };
        },
      },
    ]);
  });

  readonly list = this.RULE('list', (): Expr => {
    const pos = this.CONSUME(LBrack).startOffset;
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(RBrack);
          return { kind: 'List' as const, pos, elems: [] };
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.test);
          const x = this.OR2([
            { ALT: () => this.comprehension(pos, false, first, RBrack) },
            { ALT: () => ({ kind: 'List' as const, pos, elems: this.moreElems(first) }) },
          ]);
          this.CONSUME2(RBrack);
          return x;
        },
      },
    ]);
  });

  /** The elements after the first, up to the closing bracket (trailing comma allowed). */
  private moreElems(first: Expr): Expr[] {
    const elems = [first];
    this.MANY(() => {
      this.CONSUME(Comma);
      this.OR3([{ ALT: () => elems.push(this.SUBRULE2(this.test)) }, { ALT: () => this.expect(listEnd, 'primary') }]);
    });
    return elems;
  }

  readonly dict = this.RULE('dict', (): Expr => {
    const pos = this.CONSUME(LBrace).startOffset;
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(RBrace);
          return { kind: 'Dict' as const, pos, entries: [] };
        },
      },
      {
        ALT: () => {
          const key = this.SUBRULE1(this.test);
          const colon = this.CONSUME1(Colon).startOffset;
          const first: DictEntry = { pos: colon, key, value: this.SUBRULE2(this.test) };
          const x = this.OR2([
            { ALT: () => this.comprehension(pos, true, first, RBrace) },
            { ALT: () => ({ kind: 'Dict' as const, pos, entries: this.moreEntries(first) }) },
          ]);
          this.CONSUME2(RBrace);
          return x;
        },
      },
    ]);
  });

  /** The entries after the first (a dict entry is `test ':' test`, parsed in place). */
  private moreEntries(first: DictEntry): DictEntry[] {
    const entries = [first];
    this.MANY(() => {
      this.CONSUME(Comma);
      this.OR3([
        {
          ALT: () => {
            const key = this.SUBRULE3(this.test);
            const colon = this.CONSUME2(Colon).startOffset;
            entries.push({ pos: colon, key, value: this.SUBRULE4(this.test) });
          },
        },
        { ALT: () => this.expect(RBrace, 'primary') },
      ]);
    });
    return entries;
  }

  /** The `for`/`if` clauses after a comprehension's body; the caller consumes the bracket. */
  private comprehension(pos: number, curly: boolean, body: Expr | DictEntry, end: TokenType): Expr {
    const clauses = [this.SUBRULE(this.forClause)];
    this.MANY2(() => {
      const c = this.OR4([{ ALT: () => this.SUBRULE2(this.forClause) }, { ALT: () => this.SUBRULE(this.ifClause) }]);
      clauses.push(c);
    });
    if (!this.RECORDING_PHASE && this.cur().tokenType !== end) {
      this.failIf(true, endOf(this.cur()), `got ${this.describeNext()}, want '${spelling(end)}', for, or if`);
    }
    return { kind: 'Comprehension', pos, curly, body, clauses };
  }

  readonly forClause = this.RULE('forClause', (): Clause => {
    const pos = this.CONSUME(For).startOffset;
    const vars = this.SUBRULE(this.loopVars);
    this.CONSUME(In);
    // Neither a conditional, a lambda nor an unparenthesised tuple, as in Python 3.
    return { kind: 'ForClause', pos, vars, x: this.SUBRULE(this.binop) };
  });

  readonly ifClause = this.RULE('ifClause', (): Clause => {
    const pos = this.CONSUME(If).startOffset;
    return { kind: 'IfClause', pos, cond: this.SUBRULE(this.testNoCond) };
  });

  /** Loop variables: primaries with suffixes, comma-separated (not a full expression, to leave `in`). */
  readonly loopVars = this.RULE('loopVars', (): Expr => {
    const first = this.SUBRULE(this.pws);
    let elems: Expr[] | null = null;
    this.MANY(() => {
      this.CONSUME(Comma);
      const vars = (elems ??= [first]);
      this.OR([{ ALT: () => vars.push(this.SUBRULE2(this.pws)) }, { ALT: () => this.expect(listEnd, 'primary') }]);
    });
    return elems === null ? first : tuple(elems, startOf(first), false);
  });

  /** `[lo:hi:step]` or `[index]` after the operand `pws` is building. */
  readonly sliceSuffix = this.RULE('sliceSuffix', (): Expr => {
    const x = this.operand;
    const pos = this.CONSUME(LBrack).startOffset;
    const lo = this.OR([
      { ALT: () => this.SUBRULE(this.expr, { ARGS: [false] }) },
      { ALT: () => (this.expect(Colon, 'primary'), null) },
    ]);
    const slice = this.OPTION(() => {
      this.CONSUME(Colon);
      const hi = this.OR2([
        { ALT: () => this.SUBRULE(this.test) },
        { ALT: () => (this.expect(sliceEnd, 'primary'), null) },
      ]);
      const step = this.OPTION2(() => {
        this.CONSUME2(Colon);
        return this.OR3([
          { ALT: () => this.SUBRULE2(this.test) },
          { ALT: () => (this.expect(RBrack, 'primary'), null) },
        ]);
      });
      return { kind: 'Slice' as const, pos, x, lo, hi, step: step ?? null };
    });
    this.CONSUME(RBrack);
    return slice ?? { kind: 'Index', pos, x, y: lo! };
  });

  private expectElse(ifPos: number): void {
    if (!this.RECORDING_PHASE && this.cur().tokenType !== Else) {
      this.failIf(true, ifPos, 'conditional expression without else clause');
    }
  }
}
