// The base of the Chevrotain parser: configuration, and the checks that make its
// errors starlark-go's errors.
//
// starlark-go's recursive-descent parser often decides "unless the next token ends
// this list, parse another element" where an LL(1) grammar decides "if the next token
// can start an element". The two differ only on bad input, but there they produce
// different messages. So the grammar follows Chevrotain's decisions, and at each such
// point an `expect…` check raises the error starlark-go would have raised. Chevrotain's
// own errors are translated too: a mismatched CONSUME is starlark-go's `consume`
// ("got X, want Y"; for identifiers "not an identifier"), and an OR with no viable
// alternative happens only where starlark-go would be asking for a primary expression.
//
// Checks do nothing during Chevrotain's grammar-recording phase, when there is no input.

import {
  EmbeddedActionsParser,
  LLkLookaheadStrategy,
  type IParserErrorMessageProvider,
  type IToken,
  type TokenType,
} from 'chevrotain';
import type { Expr, Ident, StringLit } from './ast.js';
import { ParseFailure } from './errors.js';
import { LazyLookahead } from './lookahead.js';
import {
  describe,
  endOf,
  Eof,
  Eq,
  Ident as IdentTok,
  Newline,
  parserTokens,
  RBrace,
  RBrack,
  RParen,
  Semi,
  type Tok,
} from './tokens.js';

/** What starlark-go asks for when a token is out of place. */
export type Want = TokenType | 'primary' | 'ident';

/** Tokens after which a comma-separated list may end (starlark-go's terminatesExprList). */
export const listEnd = new Set<TokenType>([Eof, Newline, Eq, RBrace, RBrack, RParen, Semi]);

const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual }) =>
    expected === IdentTok ? 'not an identifier' : `got ${describe(actual.tokenType)}, want ${describe(expected)}`,
  buildNoViableAltMessage: ({ actual }) => primaryMessage(actual[0]),
  buildEarlyExitMessage: ({ actual }) => primaryMessage(actual[0]),
  buildNotAllInputParsedMessage: ({ firstRedundant }) => primaryMessage(firstRedundant),
};

function primaryMessage(t: IToken | undefined): string {
  return `got ${t === undefined ? 'end of file' : describe(t.tokenType)}, want primary expression`;
}

export class ParserBase extends EmbeddedActionsParser {
  /**
   * `eager` builds every lookahead function with the parser (Chevrotain's default);
   * otherwise each is built on first use (LazyLookahead), which starts faster but adds a
   * call to every decision.
   */
  constructor(validate: boolean, eager = false) {
    super(parserTokens, {
      maxLookahead: 1,
      lookaheadStrategy: eager ? new LLkLookaheadStrategy({ maxLookahead: 1 }) : new LazyLookahead(1),
      recoveryEnabled: false,
      skipValidations: !validate,
      errorMessageProvider: errorMessages,
    });
  }

  protected cur(): Tok {
    return this.LA(1) as unknown as Tok;
  }

  /** The next token must be `ok` (or in it); otherwise fail as starlark-go would when it wants `want`. */
  protected expect(ok: TokenType | Set<TokenType>, want: Want): void {
    if (this.RECORDING_PHASE) return;
    const t = this.cur().tokenType;
    if (ok instanceof Set ? ok.has(t) : ok === t) return;
    this.fail(want);
  }

  /** Raises starlark-go's complaint about the next token, given what it wanted there. */
  protected fail(want: Want): never {
    const cur = this.cur();
    if (want === 'primary') throw new ParseFailure(cur, cur.startOffset, primaryMessage(cur as unknown as IToken));
    if (want === 'ident') throw new ParseFailure(cur, endOf(cur), 'not an identifier');
    throw new ParseFailure(cur, endOf(cur), `got ${describe(cur.tokenType)}, want ${describe(want)}`);
  }

  /** Fails with `msg` at `offset` when `bad`; the next token is the one starlark-go held. */
  protected failIf(bad: boolean, offset: number, msg: string): void {
    if (bad && !this.RECORDING_PHASE) throw new ParseFailure(this.cur(), offset, msg);
  }

  /** Fails with `msg` at `offset`; starlark-go held `cur`, a token this parser already consumed. */
  protected failAfter(cur: Tok, offset: number, msg: string): void {
    if (!this.RECORDING_PHASE) throw new ParseFailure(cur, offset, msg);
  }

  protected describeNext(): string {
    return describe(this.cur().tokenType);
  }
}

// ---------------------------------------------------------------------------
// AST helpers. During recording, tokens are Chevrotain placeholders and sub-results
// are frozen placeholder objects: these helpers only read from them.

export function identOf(t: IToken): Ident {
  return { kind: 'Ident', pos: t.startOffset, name: t.image };
}

export function stringOf(t: IToken): StringLit {
  return { kind: 'String', pos: t.startOffset, value: t.payload as string, raw: t.image };
}

/** The start of an expression, as starlark-go's Span computes it (used for ExprStmt). */
export function startOf(e: Expr): number {
  switch (e.kind) {
    case 'Binary':
      return startOf(e.x);
    case 'Call':
      return startOf(e.fn);
    case 'Cond':
      return startOf(e.then);
    case 'Index':
    case 'Slice':
    case 'Dot':
      return startOf(e.x);
    default:
      return e.pos;
  }
}
