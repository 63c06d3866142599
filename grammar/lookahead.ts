// Lookahead functions built on first use instead of when the parser is constructed.
//
// Chevrotain analyses every decision point of the grammar (OR, MANY, OPTION) when the
// parser is built; at CLI start-up that is a noticeable share of the time, and a small
// Tiltfile exercises only some of those decisions. This strategy hands Chevrotain a stub
// per decision that builds the real LL(k) function (with Chevrotain's own strategy) the
// first time the decision is taken, then delegates to it.

import {
  LLkLookaheadStrategy,
  type ILookaheadStrategy,
  type ILookaheadValidationError,
  type IOrAlt,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from 'chevrotain';

type AltOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];

export class LazyLookahead implements ILookaheadStrategy {
  private readonly llk: ILookaheadStrategy;

  constructor(maxLookahead: number) {
    this.llk = new LLkLookaheadStrategy({ maxLookahead });
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return this.llk.validate(options);
  }

  buildLookaheadForAlternation(options: AltOptions): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const llk = this.llk;
    let real: ((orAlts?: IOrAlt<unknown>[]) => number | undefined) | undefined;
    return function (this: unknown, orAlts?: IOrAlt<unknown>[]): number | undefined {
      real ??= llk.buildLookaheadForAlternation(options);
      return real.call(this, orAlts);
    };
  }

  buildLookaheadForOptional(options: OptOptions & { prodType: OptionalProductionType }): () => boolean {
    const llk = this.llk;
    let real: (() => boolean) | undefined;
    return function (this: unknown): boolean {
      real ??= llk.buildLookaheadForOptional(options);
      return real.call(this);
    };
  }
}
