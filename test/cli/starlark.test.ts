// The `tiltjs` command line on files: `tiltjs starlark FILE...` output, exit codes and the
// exact error formats (syntax errors as FILE:L:C: msg, runtime errors as starlark-go
// backtraces), `tiltjs --help` and `tiltjs version`.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO } from '../differential/harness.js';

let dir: string;
let CLI: string;

beforeAll(() => {
  CLI = cli();
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'tiltjs-cli-')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes files (relative to the scratch directory) and returns nothing. */
function files(entries: Record<string, string>): void {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function tiltjs(...args: string[]): { stdout: string; stderr: string; status: number | null; out: Buffer } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, timeout: 60_000 });
  return { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), status: r.status, out: r.stdout };
}

describe('tiltjs starlark FILE...', () => {
  it('prints what the program prints and exits 0', () => {
    files({
      'ok.star': [
        'print("hello, 世界")',
        'print(1, 2.0, None, True, [1, "a"], (1,), {"k": set([1])}, struct(b = 2, a = 1))',
        'print("a", "b", sep = "-")',
        'print()',
        'def f(x, *args, **kwargs):',
        '    return (x, args, sorted(kwargs.items()))',
        'print(f(1, 2, z = 3))',
        'print(json.encode({"x": [1, 2.5, "é"]}), module("m", y = 1).y)',
        '',
      ].join('\n'),
    });
    const r = tiltjs('starlark', 'ok.star');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'hello, 世界\n' +
        '1 2.0 None True [1, "a"] (1,) {"k": set([1])} struct(a = 1, b = 2)\n' +
        'a-b\n' +
        '\n' +
        '(1, (2,), [("z", 3)])\n' +
        '{"x":[1,2.5,"é"]} 1\n',
    );
  });

  it('writes the bytes of strings as they are, invalid UTF-8 included', () => {
    files({ 'bytes.star': 'print("é"[0], "x")\n' });
    const r = tiltjs('starlark', 'bytes.star');
    expect(r.status).toBe(0);
    expect([...r.out]).toEqual([0xc3, 0x20, 0x78, 0x0a]);
  });

  it('reports a syntax error as FILE:LINE:COL: message, runs nothing, exits 1', () => {
    files({ 'syntax.star': 'print("not printed")\nx = (1,\n' });
    const r = tiltjs('starlark', 'syntax.star');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("syntax.star:3:1: got end of file, want ')'\n");
    expect(r.status).toBe(1);
  });

  it('reports 2024 syntax error positions (token start, operator line)', () => {
    files({ 'trailing.star': 'x = 1 +\n2\n', 'reserved.star': 'x = yield\n', 'escape.star': 'x = "\\x80"\n' });
    expect(tiltjs('starlark', 'trailing.star').stderr).toBe('trailing.star:1:8: got newline, want primary expression\n');
    expect(tiltjs('starlark', 'reserved.star').stderr).toBe('reserved.star:1:5: got illegal token, want primary expression\n');
    expect(tiltjs('starlark', 'escape.star').stderr).toBe(
      'escape.star:1:5: non-ASCII hex escape \\x80 (use \\u0080 for the UTF-8 encoding of U+0080)\n',
    );
  });

  it('reports the first resolver error before running anything', () => {
    files({ 'resolve.star': 'print("not printed")\nprint(undefined_name)\nbreak\n' });
    const r = tiltjs('starlark', 'resolve.star');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('resolve.star:2:7: undefined: undefined_name\n');
    expect(r.status).toBe(1);
  });

  it('prints a runtime error as a starlark-go backtrace, after the output so far', () => {
    files({
      'runtime.star': [
        'def outer(x):',
        '    return inner([x])',
        '',
        'def inner(l):',
        '    return l[5]',
        '',
        'print("before")',
        'outer(1)',
        'print("after")',
        '',
      ].join('\n'),
    });
    const r = tiltjs('starlark', 'runtime.star');
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  runtime.star:8:6: in <toplevel>\n' +
        '  runtime.star:2:17: in outer\n' +
        '  runtime.star:5:13: in inner\n' +
        'Error: list index 5 out of range [-1:0]\n',
    );
    expect(r.status).toBe(1);
  });

  it('names the builtin an error comes from', () => {
    files({ 'builtin.star': 'x = [1, 2]\nprint(sorted(x, key = len))\n', 'fail.star': 'fail("custom", 42)\n' });
    expect(tiltjs('starlark', 'builtin.star').stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  builtin.star:2:13: in <toplevel>\n' +
        '  <builtin>: in sorted\n' +
        'Error in len: len: value of type int has no len\n',
    );
    expect(tiltjs('starlark', 'fail.star').stderr).toBe(
      'Traceback (most recent call last):\n  fail.star:1:5: in <toplevel>\nError in fail: fail: custom 42\n',
    );
  });

  it('runs several files in order, continuing after a failure; exit 1 if any failed', () => {
    files({ 'a.star': 'print("a")\n', 'b.star': '1 // 0\n', 'c.star': 'print("c")\n' });
    const r = tiltjs('starlark', 'a.star', 'b.star', 'c.star');
    expect(r.stdout).toBe('a\nc\n');
    expect(r.stderr).toBe('Traceback (most recent call last):\n  b.star:1:3: in <toplevel>\nError: floored division by zero\n');
    expect(r.status).toBe(1);
  });

  it('loads modules relative to the loading file; loaded values are frozen', () => {
    files({
      'sub/lib.star': 'load("other.star", "base")\nitems = [base]\ndef add(x):\n    items.append(x)\n',
      'sub/other.star': 'base = "from other"\n',
      'main.star': 'load("sub/lib.star", "items", "add")\nprint(items)\nadd(1)\n',
    });
    const r = tiltjs('starlark', 'main.star');
    expect(r.stdout).toBe('["from other"]\n');
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  main.star:3:4: in <toplevel>\n' +
        `  ${dir}/sub/lib.star:4:17: in add\n` +
        'Error in append: append: cannot append to frozen list\n',
    );
    expect(r.status).toBe(1);
  });

  it('reports a missing file or a directory as Go does, exit 1', () => {
    const missing = tiltjs('starlark', 'nope.star');
    expect(missing.stderr).toBe('open nope.star: no such file or directory\n');
    expect(missing.status).toBe(1);
    mkdirSync(join(dir, 'adir'), { recursive: true });
    expect(tiltjs('starlark', 'adir').stderr).toBe('read adir: is a directory\n');
    files({ 'loadmissing.star': 'load("gone.star", "x")\n' });
    expect(tiltjs('starlark', 'loadmissing.star').stderr).toBe(
      `Traceback (most recent call last):\n  loadmissing.star:1:1: in <toplevel>\nError: cannot load gone.star: open ${dir}/gone.star: no such file or directory\n`,
    );
  });

  it('prints its usage without files (exit 2) and with --help (exit 0)', () => {
    const none = tiltjs('starlark');
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('usage: tiltjs starlark FILE...\n');
    const help = tiltjs('starlark', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: tiltjs starlark FILE...');
  });
});

describe('tiltjs', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };

  it('--help lists the commands, exit 0', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = tiltjs(flag);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Usage: tiltjs COMMAND [ARGS...]');
      expect(r.stdout).toMatch(/^ {2}starlark +Run plain Starlark files/m);
      expect(r.stdout).toMatch(/^ {2}version +Print the tiltjs version/m);
    }
    expect(tiltjs().stdout).toContain('Usage: tiltjs COMMAND [ARGS...]');
  });

  it('version prints the package version', () => {
    for (const v of [tiltjs('version'), tiltjs('--version')]) {
      expect(v.status).toBe(0);
      expect(v.stdout).toMatch(new RegExp(`^v${pkg.version.replace(/\./g, '\\.')}\\b`));
    }
  });

  it('rejects an unknown command with exit 2', () => {
    const r = tiltjs('no-such-command');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tiltjs: unknown command "no-such-command"');
  });

  it('bin/tiltjs.mjs runs the same CLI', () => {
    files({ 'bin.star': 'print(1 + 1)\n' });
    const r = spawnSync(process.execPath, [join(REPO, 'bin', 'tiltjs.mjs'), 'starlark', 'bin.star'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toBe('2\n');
    expect(r.status).toBe(0);
  });
});
