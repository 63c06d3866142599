// Rules for what surrounds a call or a function: arguments, parameters, and lambdas.
//
// starlark-go reads argument and parameter lists until `)` (or `:`, or EOF), demanding
// a comma between items; a trailing comma is fine. The `expect` checks reproduce the
// errors it gives for anything else. Expression rules come from the subclass.

import type { IOrAlt, ParserMethod, TokenType } from 'chevrotain';
import type { Arg, Expr, LambdaExpr, Param } from './ast.js';
import { identOf, ParserBase } from './parser-base.js';
import { Colon, Comma, endOf, Eof, Eq, Ident, Lambda, RParen, Star, StarStar, type Tok } from './tokens.js';

const argsEnd = new Set<TokenType>([RParen, Eof]);
const paramsEnd = new Set<TokenType>([RParen, Colon, Eof]);

export abstract class CallParser extends ParserBase {
  // Defined by ExprParser; rule bodies only run once the whole parser is built.
  declare readonly test: ParserMethod<[], Expr>;
  declare readonly testNoCond: ParserMethod<[], Expr>;

  readonly lambda = this.RULE('lambda', (): LambdaExpr => {
    const [pos, params] = this.lambdaHead();
    return { kind: 'Lambda', pos, params, body: this.SUBRULE(this.test) };
  });

  readonly lambdaNoCond = this.RULE('lambdaNoCond', (): LambdaExpr => {
    const [pos, params] = this.lambdaHead();
    return { kind: 'Lambda', pos, params, body: this.SUBRULE(this.testNoCond) };
  });

  private lambdaHead(): [number, Param[]] {
    const pos = this.CONSUME(Lambda).startOffset;
    const params = this.SUBRULE(this.params);
    this.CONSUME(Colon);
    return [pos, params];
  }

  readonly args = this.RULE('args', (): Arg[] => {
    const out: Arg[] = [];
    this.OR([
      {
        ALT: () => {
          out.push(this.SUBRULE(this.arg));
          this.MANY(() => {
            this.CONSUME(Comma);
            this.OR2([{ ALT: () => out.push(this.SUBRULE2(this.arg)) }, { ALT: () => this.expect(RParen, 'primary') }]);
          });
        },
      },
      { ALT: () => this.expect(argsEnd, 'primary') },
    ]);
    // starlark-go keeps reading arguments until `)` or EOF, demanding commas between them.
    this.expect(argsEnd, Comma);
    return out;
  });

  readonly arg = this.RULE('arg', (): Arg => this.OR(this.argAlts));

  // Built once: OR alternatives are otherwise a fresh array of closures per call.
  private readonly argAlts: IOrAlt<Arg>[] = [
    {
      ALT: () => {
        const pos = this.CONSUME(Star).startOffset;
        return { kind: 'Star', pos, value: this.SUBRULE(this.test) };
      },
    },
    {
      ALT: () => {
        const pos = this.CONSUME(StarStar).startOffset;
        return { kind: 'StarStar', pos, value: this.SUBRULE2(this.test) };
      },
    },
    {
      ALT: () => {
        const x = this.SUBRULE3(this.test);
        const named = this.OPTION(() => {
          const eq = this.CONSUME(Eq) as unknown as Tok;
          // starlark-go checks before consuming the `=`, so the `=` is its current token.
          if (x.kind !== 'Ident') this.failAfter(eq, endOf(eq), 'keyword argument must have form name=expr');
          return { kind: 'Named' as const, name: x as Extract<Expr, { kind: 'Ident' }>, value: this.SUBRULE4(this.test) };
        });
        return named ?? { kind: 'Positional', value: x };
      },
    },
  ];

  readonly params = this.RULE('params', (): Param[] => {
    const out: Param[] = [];
    this.OR([
      {
        ALT: () => {
          out.push(this.SUBRULE(this.param));
          this.MANY(() => {
            this.CONSUME(Comma);
            this.OR2([{ ALT: () => out.push(this.SUBRULE2(this.param)) }, { ALT: () => this.expect(RParen, 'ident') }]);
          });
        },
      },
      { ALT: () => this.expect(paramsEnd, 'ident') },
    ]);
    this.expect(paramsEnd, Comma);
    return out;
  });

  readonly param = this.RULE('param', (): Param =>
    this.OR([
      {
        ALT: () => {
          const pos = this.CONSUME(Star).startOffset;
          const name = this.OPTION(() => identOf(this.CONSUME(Ident)));
          return { kind: 'Star', pos, name: name ?? null };
        },
      },
      {
        ALT: () => {
          const pos = this.CONSUME(StarStar).startOffset;
          return { kind: 'StarStar', pos, name: identOf(this.CONSUME2(Ident)) };
        },
      },
      {
        ALT: () => {
          const name = identOf(this.CONSUME3(Ident));
          const dflt = this.OPTION2(() => {
            this.CONSUME(Eq);
            return this.SUBRULE(this.test);
          });
          return dflt === undefined ? { kind: 'Required', name } : { kind: 'Optional', name, default: dflt };
        },
      },
    ]),
  );

}
