// Token types of the Starlark front end, and how starlark-go names them in errors.
//
// There are two vocabularies. The raw lexer (scanner.ts) matches text: punctuation,
// identifiers, string and number literals, newlines. The indentation pass (indent.ts)
// turns that into the parser's vocabulary: keywords and reserved words split out of
// identifiers, STRING vs BYTES, INT vs FLOAT, NEWLINE/INDENT/OUTDENT/EOF, plus a
// ScanError sentinel that stands where starlark-go's scanner would have failed.
// Punctuation token types are shared by both.

import { createToken, Lexer, type TokenType } from 'chevrotain';

/** A parser token: Chevrotain's token shape, with literal values in `payload`. */
export interface Tok {
  image: string;
  startOffset: number;
  /**
   * Offset of the last char (Chevrotain's convention), set only where the image does not
   * tell: tokens of the layout pass, and string literals whose image was re-encoded.
   */
  endOffset?: number;
  tokenType: TokenType;
  tokenTypeIdx: number;
  /** Decoded literal value, or the error of a ScanError sentinel. */
  payload?: unknown;
}

/** The offset just past a token: starlark-go reports most errors there (its scanner position). */
export function endOf(t: Tok): number {
  return t.endOffset === undefined ? t.startOffset + t.image.length : t.endOffset + 1;
}

// starlark-go's own descriptions (Token.GoString): punctuation in quotes, the rest by name.
const descriptions = new Map<TokenType, string>();

function token(name: string, desc: string, pattern: RegExp | string = Lexer.NA, categories?: TokenType[]): TokenType {
  const t = createToken(categories === undefined ? { name, pattern } : { name, pattern, categories });
  descriptions.set(t, desc);
  return t;
}

/** The description starlark-go prints for a token of this type in "got X, want Y". */
export function describe(t: TokenType): string {
  return descriptions.get(t) ?? t.name;
}

// ---------------------------------------------------------------------------
// Tokens with values, layout tokens, sentinels.

export const Ident = token('Ident', 'identifier');
export const Int = token('Int', 'int literal');
export const Float = token('Float', 'float literal');
export const Str = token('String', 'string literal');
// starlark-go forgot BYTES in its name table, so it prints as the empty string
// ("got , want newline"); we reproduce that.
export const Bytes = token('Bytes', '');
export const Illegal = token('Illegal', 'illegal token');
export const Newline = token('Newline', 'newline');
export const Indent = token('Indent', 'indent');
export const Outdent = token('Outdent', 'outdent');
export const Eof = token('Eof', 'end of file');
export const ScanError = token('ScanError', 'scan error');

// Categories that let the parser match any binary or assignment operator in one step.
export const BinaryOperator = token('BinaryOperator', 'binary operator');
export const AssignOperator = token('AssignOperator', 'assignment operator');

// ---------------------------------------------------------------------------
// Keywords. Reserved words (Python keywords Starlark does not use) scan as Illegal;
// `assert` is deliberately not among them, as in starlark-go.

const keywordNames = [
  'and', 'break', 'continue', 'def', 'elif', 'else', 'for', 'if', 'in',
  'lambda', 'load', 'not', 'or', 'pass', 'return', 'while',
] as const;
type KeywordName = (typeof keywordNames)[number];

function keyword(name: KeywordName, categories?: TokenType[]): TokenType {
  return token(name[0].toUpperCase() + name.slice(1), name, Lexer.NA, categories);
}

const binary = [BinaryOperator];
const assign = [AssignOperator];

export const And = keyword('and', binary);
export const Break = keyword('break');
export const Continue = keyword('continue');
export const Def = keyword('def');
export const Elif = keyword('elif');
export const Else = keyword('else');
export const For = keyword('for');
export const If = keyword('if');
export const In = keyword('in', binary);
export const Lambda = keyword('lambda');
export const Load = keyword('load');
export const Not = keyword('not');
export const Or = keyword('or', binary);
export const Pass = keyword('pass');
export const Return = keyword('return');
export const While = keyword('while');

const reservedWords = [
  'as', 'async', 'await', 'class', 'del', 'except', 'finally', 'from', 'global',
  'import', 'is', 'nonlocal', 'raise', 'try', 'with', 'yield',
];

/** Identifier text → keyword or Illegal token type; absent for ordinary names. */
export const keywordTypes = new Map<string, TokenType>([
  ...[And, Break, Continue, Def, Elif, Else, For, If, In, Lambda, Load, Not, Or, Pass, Return, While].map(
    (t) => [describe(t), t] as [string, TokenType],
  ),
  ...reservedWords.map((w) => [w, Illegal] as [string, TokenType]),
]);

// ---------------------------------------------------------------------------
// Punctuation, longest spelling first so the lexer prefers `//=` over `//` over `/`.

// String patterns spare the lexer a regular-expression analysis at start-up.
function punct(name: string, text: string, categories?: TokenType[]): TokenType {
  return token(name, `'${text}'`, text, categories);
}

export const SlashSlashEq = punct('SlashSlashEq', '//=', assign);
export const LtLtEq = punct('LtLtEq', '<<=', assign);
export const GtGtEq = punct('GtGtEq', '>>=', assign);
export const StarStar = punct('StarStar', '**');
export const SlashSlash = punct('SlashSlash', '//', binary);
export const LtLt = punct('LtLt', '<<', binary);
export const GtGt = punct('GtGt', '>>', binary);
export const EqEq = punct('EqEq', '==', binary);
export const NotEq = punct('NotEq', '!=', binary);
export const LtEq = punct('LtEq', '<=', binary);
export const GtEq = punct('GtEq', '>=', binary);
export const PlusEq = punct('PlusEq', '+=', assign);
export const MinusEq = punct('MinusEq', '-=', assign);
export const StarEq = punct('StarEq', '*=', assign);
export const SlashEq = punct('SlashEq', '/=', assign);
export const PercentEq = punct('PercentEq', '%=', assign);
export const AmpEq = punct('AmpEq', '&=', assign);
export const PipeEq = punct('PipeEq', '|=', assign);
export const CaretEq = punct('CaretEq', '^=', assign);
export const Plus = punct('Plus', '+', binary);
export const Minus = punct('Minus', '-', binary);
export const Star = punct('Star', '*', binary);
export const Slash = punct('Slash', '/', binary);
export const Percent = punct('Percent', '%', binary);
export const Amp = punct('Amp', '&', binary);
export const Pipe = punct('Pipe', '|', binary);
export const Caret = punct('Caret', '^', binary);
export const Tilde = punct('Tilde', '~');
export const Lt = punct('Lt', '<', binary);
export const Gt = punct('Gt', '>', binary);
export const Eq = punct('Eq', '=', assign);
export const Dot = punct('Dot', '.');
export const Comma = punct('Comma', ',');
export const Semi = punct('Semi', ';');
export const Colon = punct('Colon', ':');
export const LParen = punct('LParen', '(');
export const RParen = punct('RParen', ')');
export const LBrack = punct('LBrack', '[');
export const RBrack = punct('RBrack', ']');
export const LBrace = punct('LBrace', '{');
export const RBrace = punct('RBrace', '}');

/** All punctuation, in lexer priority order. */
export const punctuation: TokenType[] = [
  SlashSlashEq, LtLtEq, GtGtEq, StarStar, SlashSlash, LtLt, GtGt, EqEq, NotEq, LtEq, GtEq,
  PlusEq, MinusEq, StarEq, SlashEq, PercentEq, AmpEq, PipeEq, CaretEq,
  Plus, Minus, Star, Slash, Percent, Amp, Pipe, Caret, Tilde, Lt, Gt, Eq,
  Dot, Comma, Semi, Colon, LParen, RParen, LBrack, RBrack, LBrace, RBrace,
];

/** The parser's whole vocabulary. */
export const parserTokens: TokenType[] = [
  Ident, Int, Float, Str, Bytes, Illegal, Newline, Indent, Outdent, Eof, ScanError,
  BinaryOperator, AssignOperator,
  ...keywordTypes.values(),
  ...punctuation,
].filter((t, i, all) => all.indexOf(t) === i);

/** Short spelling of a token type for the debug token view (`(`, `newline`, `def`, ...). */
export function spelling(t: TokenType): string {
  const d = describe(t);
  return d.length > 2 && d.startsWith("'") ? d.slice(1, -1) : d;
}
