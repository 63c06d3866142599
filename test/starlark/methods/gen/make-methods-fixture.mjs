// Development-time: builds a deterministic table of string-method calls, runs them
// through methods-oracle.go (starlark-go as installed) and writes
// ../fixtures/go-methods.json: one row per call, {r, m, a, k} plus the outcome
// {ok, it} or {err}. Byte strings are Latin-1 text (one char per byte).
// Calls whose 2021 oracle behaviour differs from the 2024 pin (codepoints() of invalid
// UTF-8, removeprefix/removesuffix) are left to the hand-written tests.
// Usage: node make-methods-fixture.mjs
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const b = (host) => Buffer.from(host, 'utf8').toString('latin1');
const S = (s) => ({ s });
const I = (n) => ({ i: String(n) });
const N = { n: 1 };
const T = (...e) => ({ t: e });
const L = (...e) => ({ l: e });
const F = (f) => ({ f });
const B = (v) => ({ b: v });

const ascii = ['', 'a', 'abc', 'banana', 'Hello, World', 'hello world', 'HELLO', '  spaced  out  ', 'a,b,,c,',
  'one\ntwo\n\nthree\n', 'x\r\ny', '\t a\tb \n', 'aaaa', 'Title Case Words', 'mIxEd 123', '123', 'foo/bar/wiz'];
const unicode = ['é', 'naïve café', 'Ωμέγα ΔΈΛΤΑ', '日本語 テキスト', '😿x😿', 'ǅungla ǈ', 'straße', 'İstanbul',
  '\u00a0nbsp\u2028', '\u0085next\u3000', 'ÉCOLE', 'ﬃ ǆ'].map(b);
const invalid = ['\xff', 'a\xceb', '\xe2\x82', '\x9f\x98\xbf', b('é') + '\xff' + b(' é'), '\xc0\x80abc', '\xed\xa0\x80'];
const samples = [...ascii, ...unicode, ...invalid];
const isValid = (s) => Buffer.from(Buffer.from(s, 'latin1').toString('utf8'), 'utf8').toString('latin1') === s;

const calls = [];
const add = (r, m, a = [], k = []) => calls.push({ r, m, a, k });

const nullary = ['capitalize', 'isalnum', 'isalpha', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper',
  'lower', 'title', 'upper', 'elems', 'elem_ords', 'codepoint_ords'];
for (const s of samples) {
  for (const m of nullary) add(s, m);
  if (isValid(s)) add(s, 'codepoints');
}

const wideRanges = [[], [I(-2)], [N, I(2)], [I(-100), I(100)], [I(2), I(1)]];
const narrowRanges = [[], [I(1), I(-1)]];
for (const s of samples) {
  const subs = [...new Set(['', 'a', b('é'), '\xce', s.slice(0, 2), s.slice(-1)])];
  for (const m of ['find', 'rfind', 'index', 'rindex', 'count']) {
    const ranges = m === 'find' || m === 'count' ? wideRanges : narrowRanges;
    for (const sub of subs) for (const rg of ranges) add(s, m, [S(sub), ...rg]);
  }
  const prefixes = [S(''), S(s.slice(0, 2)), S(s.slice(-2)), T(S('zz'), S(s.slice(0, 1))), T(), T(S('a'), I(1)), L(S('a'))];
  for (const m of ['startswith', 'endswith']) {
    for (const x of prefixes) for (const rg of [[], [I(-3), N], [I(5), I(2)]]) add(s, m, [x, ...rg]);
  }
  for (const old of [...new Set(['', 'a', s.slice(0, 1), '\xff', b('é')])]) {
    for (const nu of ['', 'XY']) {
      for (const c of [[], [I(0)], [I(2)]]) add(s, 'replace', [S(old), S(nu), ...c]);
    }
  }
  for (const sep of [...new Set(['', 'a', ',', ' ', b('é'), s.slice(1, 2), '\xce'])]) {
    add(s, 'partition', [S(sep)]);
    add(s, 'rpartition', [S(sep)]);
  }
  for (const sep of [undefined, N, S(','), S(' '), S('an'), S(b('é')), S('\n')]) {
    for (const max of [undefined, I(0), I(1), I(5)]) {
      const a = sep === undefined ? (max === undefined ? [] : null) : max === undefined ? [sep] : [sep, max];
      if (a === null) continue;
      add(s, 'split', a);
      add(s, 'rsplit', a);
    }
  }
  for (const k of [[], [B(true)], [B(false)], [I(1)], [N]]) add(s, 'splitlines', k);
  for (const m of ['strip', 'lstrip', 'rstrip']) {
    for (const c of [[], [S('')], [S(' ')], [S('a')], [S('ab')], [S(b('é'))], [S('\xff')], [S(b('😿'))], [S(' \t\n')], [N],
      [S(b('\ufffd'))], [S('\xce')]]) add(s, m, c);
  }
}

// join
for (const sep of ['', ',', ', ', b('→'), '\xff']) {
  for (const arg of [L(...samples.slice(0, 6).map(S)), T(S('a'), S(b('é')), S('\xff')), L(), T(S('x')), L(S('a'), I(1)),
    S('abc'), N, I(3)]) add(sep, 'join', [arg]);
}

// format
const fmts = [
  ['', [], []], ['abc', [], []], ['{}', [I(1)], []], ['{} {}', [S('a'), S(b('é'))], []], ['{0}{1}{0}', [I(1), I(2)], []],
  ['{x}-{y}', [], [['x', I(1)], ['y', S('s')]]], ['{x}', [], [['x', I(1)], ['x', I(2)]]],
  ['{!r}', [S('a"b')], []], ['{!s}', [S('a')], []], ['{!r}', [L(S('a'), I(1), N)], []], ['{}', [T(S('a'))], []],
  ['{}', [F(1.5)], []], ['{}', [F(1e21)], []], ['{}', [B(true)], []], ['{}', [N], []], ['{0!r}', [S('\xff')], []],
  ['{{}}', [], []], ['{{{}}}', [I(7)], []], ['}}{{', [], []], ['a}}b', [], []], ['a}b', [], []], ['a{', [], []],
  ['{', [], []], ['}', [], []], ['{}}', [I(1)], []], ['{{}', [I(1)], []], ['}}{', [I(1)], []], ['}{{', [I(1)], []],
  ['{0}{}', [I(1), I(2)], []], ['{}{0}', [I(1), I(2)], []], ['{}{}', [I(1)], []], ['{5}', [I(1)], []],
  ['{x}', [], []], ['{-1}', [I(1)], []], ['{+0}', [I(1)], []], ['{0,1}', [I(1)], []], ['{a.b}', [I(1)], []],
  ['{a[0]}', [I(1)], []], ['{ {} }', [I(1)], []], ['{x!}', [], [['x', I(1)]]], ['{x!:}', [], [['x', I(1)]]],
  ['{x!z}', [], [['x', I(1)]]], ['{x!rr}', [], [['x', I(1)]]], ['{:5}', [I(1)], []], ['{0:>3}', [I(1)], []],
  ['{!r:x}', [I(1)], []], ['{x:}', [], [['x', I(1)]]], ['{a.b}', [], [['a.b', I(9)]]], ['{ }', [], [[' ', I(3)]]],
  ['{00}', [I(4)], []], ['{01}', [S('q'), S('r')], []], ['{99999999999999999999}', [I(1)], []],
  ['{18446744073709551617}', [I(1), I(2)], []], [b('é{}é'), [S(b('ü'))], []], ['{\xff}', [], []],
  ['{x!\xff}', [], [['x', I(1)]]], [b('{é}'), [], [[b('é'), I(5)]]], ['{0}', [], []], ['{}', [], []],
  ['{} {x}', [I(1)], [['x', I(2)]]], ['{0} {x} {1}', [I(1), I(3)], [['x', I(2)]]], ['{x} {}', [I(1)], [['x', I(2)]]],
];
for (const [f, a, k] of fmts) add(f, 'format', a, k.map(([n, v]) => [n, v]));

// argument-count and type errors
const errs = [
  ['abc', 'find', []], ['abc', 'find', [S('a'), I(1), I(2), I(3)]], ['abc', 'find', [], [['sub', S('a')]]],
  ['abc', 'find', [I(1)]], ['abc', 'find', [S('a'), S('x')]], ['abc', 'find', [S('a'), N, F(1)]],
  ['abc', 'find', [S('a'), I(1n << 40n)]], ['abc', 'rindex', [S('a'), I(-(1n << 31n))]],
  ['abc', 'index', [S('a'), I(-(1n << 31n) - 1n)]], ['abc', 'count', []], ['abc', 'count', [B(true)]],
  ['abc', 'upper', [I(1)]], ['abc', 'upper', [], [['x', I(1)]]], ['abc', 'elems', [I(1)]],
  ['abc', 'codepoints', [], [['x', I(1)]]], ['a,b', 'split', [S(','), S('x')]], ['a,b', 'split', [S(','), I(1), I(2)]],
  ['a,b', 'split', [], [['sep', S(',')]]], ['a,b', 'rsplit', [I(1), I(2)]], ['a,b', 'rsplit', [S('')]],
  ['a,b', 'split', [S(','), I(1n << 62n)]], ['a,b', 'split', [S(','), I(1n << 63n)]],
  ['a,b', 'rsplit', [N, I(-(1n << 63n))]], ['a,b', 'split', [S(','), F(1)]], ['a b', 'split', [N, I(1n << 40n)]],
  ['a', 'replace', [S('a')]], ['a', 'replace', [S('a'), S('b'), S('c')]], ['a', 'replace', [S('a'), S('b'), F(1.5)]],
  ['aaa', 'replace', [S('a'), S('b'), I(1n << 40n)]], ['aaa', 'replace', [S('a'), S('b'), I(1n << 64n)]],
  ['a', 'replace', [I(1), S('b')]], ['a', 'replace', [S('a'), I(1)]], ['a', 'replace', [S('a'), S('b'), I(1), I(2)]],
  ['a', 'splitlines', [B(true), B(false)]], ['a', 'splitlines', [], [['keepends', B(true)]]],
  ['a', 'join', []], ['a', 'join', [L(), L()]], ['a', 'strip', [S('a'), S('b')]], ['a', 'strip', [I(1)]],
  ['a', 'lstrip', [L()]], ['a', 'partition', []], ['a', 'partition', [I(1)]], ['a', 'rpartition', [S('')]],
  ['a', 'startswith', []], ['a', 'startswith', [S('a'), S('x')]], ['a', 'endswith', [S('a'), N, S('x')]],
  ['a', 'endswith', [T(S('a'), I(1))]], ['a', 'startswith', [T(I(1), S('a'))]], ['a', 'startswith', [S('a'), I(0), I(1), I(2)]],
  ['a,b', 'split', [S('')]], ['a,b', 'split', [I(1)]], ['a,b', 'split', [L()]], ['abc', 'startswith', [I(1)]],
  ['abc', 'endswith', [N]], ['abc', 'startswith', [L(S('a'))]], ['abc', 'startswith', [S('abc'), I(-1)]],
  ['a', 'capitalize', [N]], ['a', 'title', [], [['a', N]]],
];
for (const [r, m, a, k = []] of errs) add(r, m, a, k);

const here = fileURLToPath(new URL('.', import.meta.url));
const out = execFileSync('go', ['run', 'methods-oracle.go'], {
  cwd: here,
  input: JSON.stringify(calls),
  env: { ...process.env, GOPATH: '/usr/share/gocode', GO111MODULE: 'off' },
  maxBuffer: 1 << 28,
});
const results = JSON.parse(out.toString('utf8'));
// The fixture spells arguments compactly: strings as JSON strings, safe ints as
// numbers, None as null, bools as booleans; {i}, {f}, {t}, {l} otherwise.
const compact = (v) => {
  if ('s' in v) return v.s;
  if ('i' in v) return Number.isSafeInteger(Number(v.i)) ? Number(v.i) : v;
  if ('n' in v) return null;
  if ('b' in v) return v.b;
  if ('t' in v) return { t: v.t.map(compact) };
  if ('l' in v) return { l: v.l.map(compact) };
  return v;
};
const rows = calls.map((c, i) => {
  const si = samples.indexOf(c.r);
  const row = { r: si >= 0 ? si : c.r, m: c.m };
  if (c.a.length) row.a = c.a.map(compact);
  if (c.k.length) row.k = c.k.map(([n, v]) => [n, compact(v)]);
  return { ...row, ...results[i] };
});
const text = `{"samples": ${JSON.stringify(samples)},\n"rows": [\n` + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]}\n';
writeFileSync(new URL('../fixtures/go-methods.json', import.meta.url), text);
console.error(`rows=${rows.length} bytes=${text.length}`);
