// Properties: whatever the input, the front end answers with a File or a
// StarlarkSyntaxError (never a crash or a Chevrotain message); and string/bytes
// literals written with any mix of escapes decode back to their value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHost, parseExpr, parseFile, StarlarkSyntaxError } from '../../grammar/index.js';

const pieces = [
  'def', 'if', 'elif', 'else', 'for', 'in', 'not', 'and', 'or', 'lambda', 'load', 'return', 'pass',
  'break', 'continue', 'while', 'class', 'assert', 'x', 'y_1', 'é', '0', '12', '0x1f', '0o7', '0b2',
  '017', '1.5e3', '.5', '1e', '"s"', "'t'", '"""u"""', 'r"\\d"', 'b"\\xff"', '"\\q"', '"open', '+', '-',
  '*', '**', '/', '//', '%', '<<', '>>', '&', '|', '^', '~', '<', '<=', '==', '!=', '>', '>=', '=', '+=',
  '//=', '<<=', '.', ',', ';', ':', '(', ')', '[', ']', '{', '}', '!', '$', '\\', '\\\n', '#c', ' ', '\t',
  '\n', '\n  ', '\n\t', '\r\n', '\0',
];

const soup = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')),
  fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b).toString('latin1')),
);

function outcome(src: string, parse: (p: string, s: string) => unknown): 'ok' | 'error' {
  try {
    parse('soup.star', src);
    return 'ok';
  } catch (e) {
    if (e instanceof StarlarkSyntaxError && !/Expecting|token of type|Redundant/.test(e.message)) return 'error';
    throw e;
  }
}

describe('robustness', () => {
  it('token soup yields a File or a StarlarkSyntaxError', () => {
    fc.assert(fc.property(soup, (src) => void outcome(src, parseFile)), { numRuns: 3000 });
  });

  it('token soup as an expression yields an Expr or a StarlarkSyntaxError', () => {
    fc.assert(fc.property(soup, (src) => void outcome(src, parseExpr)), { numRuns: 1000 });
  });
});

// Our own quoting, independent of the implementation: each byte or code point in one
// of the forms the language allows for it.
const hex2 = (n: number): string => `\\x${n.toString(16).padStart(2, '0')}`;
const oct3 = (n: number): string => `\\${n.toString(8).padStart(3, '0')}`;

function quoteByte(b: number, style: number): string {
  if (b === 0x22) return '\\"';
  if (b === 0x5c) return '\\\\';
  if (b === 0x0a) return style % 2 ? '\\n' : '\\012';
  if (b >= 0x20 && b < 0x7f && style % 3 !== 0) return String.fromCharCode(b);
  return style % 2 ? hex2(b) : oct3(b);
}

function quoteCodePoint(cp: number, style: number): string {
  if (cp < 0x80) return quoteByte(cp, style);
  if (style % 3 === 0) return cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
  return fromHost(String.fromCodePoint(cp)); // the UTF-8 bytes, as they would sit in the file
}

const styles = fc.array(fc.nat(5), { minLength: 1, maxLength: 64 });
const triple = fc.boolean();

function valueOf(src: string): unknown {
  const e = parseExpr('lit.star', src) as { kind: string; value: unknown };
  return { kind: e.kind, value: e.value };
}

describe('literal round trip', () => {
  it('bytes literals', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), styles, triple, (bytes, st, tq) => {
        const body = [...bytes].map((b, i) => quoteByte(b, st[i % st.length])).join('');
        const q = tq ? '"""' : '"';
        const value = Buffer.from(bytes).toString('latin1');
        expect(valueOf(`b${q}${body}${q}`)).toEqual({ kind: 'Bytes', value });
      }),
      { numRuns: 1000 },
    );
  });

  it('string literals', () => {
    const codePoints = fc.array(
      fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
      { maxLength: 32 },
    );
    fc.assert(
      fc.property(codePoints, styles, triple, (cps, st, tq) => {
        const body = cps.map((c, i) => quoteCodePoint(c, st[i % st.length])).join('');
        const q = tq ? "'''" : "'";
        const value = fromHost(String.fromCodePoint(...cps));
        expect(valueOf(`${q}${body.replace(/'/g, "\\'")}${q}`)).toEqual({ kind: 'String', value });
      }),
      { numRuns: 1000 },
    );
  });

  it('int literals in every base', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 62n) }), fc.constantFrom(2, 8, 10, 16), (n, base) => {
        const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base];
        const v = (parseExpr('n', `${prefix}${n.toString(base)}`) as { value: number | bigint }).value;
        expect(BigInt(v)).toBe(n);
        expect(typeof v).toBe(n <= BigInt(Number.MAX_SAFE_INTEGER) ? 'number' : 'bigint');
      }),
      { numRuns: 500 },
    );
  });
});
