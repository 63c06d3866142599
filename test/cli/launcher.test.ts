// bin/tiltjs, the launcher: which commands start from the start-up snapshot, that the
// snapshot behaves like the plain bundle, and that deep Starlark recursion has room.
// Needs a build (`npm test` builds first); without dist/ the tests that run it are skipped.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARLARK_SNAPSHOT_COMMANDS } from '../../src/cli/snapshot/starlark-commands.js';
import { TILTFILE_SNAPSHOT_COMMANDS } from '../../src/cli/snapshot/tiltfile-commands.js';

const REPO = join(__dirname, '..', '..');
const LAUNCHER = join(REPO, 'bin', 'tiltjs');
const built = existsSync(join(REPO, 'dist', 'cli.mjs'));
const snapshotBuilt = existsSync(join(REPO, 'dist', 'tiltjs-starlark.blob'));

function tiltjs(args: string[], env: Record<string, string> = {}) {
  const e: NodeJS.ProcessEnv = { ...process.env };
  delete e.NODE_OPTIONS;
  Object.assign(e, env);
  return spawnSync(LAUNCHER, args, { encoding: 'utf8', env: e, timeout: 60_000 });
}

function starFile(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiltjs-launcher-'));
  const file = join(dir, 'main.star');
  writeFileSync(file, src);
  return file;
}

describe('bin/tiltjs', () => {
  it('routes exactly the commands of each snapshot to it', () => {
    const script = readFileSync(LAUNCHER, 'utf8');
    const routes = new Map<string, string[]>();
    for (const m of script.matchAll(/^\s*([a-z][a-z |-]*)\) snapshot=([a-z]+) ;;$/gm)) {
      routes.set(m[2], m[1].split('|').map((s) => s.trim()));
    }
    const lists: Record<string, readonly { name: string }[]> = {
      starlark: STARLARK_SNAPSHOT_COMMANDS,
      tiltfile: TILTFILE_SNAPSHOT_COMMANDS,
    };
    expect([...routes.keys()].sort()).toEqual(Object.keys(lists).sort());
    for (const [snapshot, commands] of Object.entries(lists)) {
      const names = commands.map((c) => c.name).sort();
      expect(routes.get(snapshot)!.filter((n) => !n.startsWith('-')).sort()).toEqual(names);
    }
    // --version and -v run the version command.
    expect(routes.get('starlark')).toEqual(expect.arrayContaining(['version', '--version', '-v']));
    // Each snapshot is built (scripts/build.mjs) from an entry of the same name.
    for (const name of Object.keys(lists)) expect(existsSync(join(REPO, 'src', 'cli', 'snapshot', `${name}.ts`))).toBe(true);
  });

  it.runIf(built)('uses the snapshot for starlark, the plain bundle for --help and other commands', () => {
    const expected = snapshotBuilt ? 'snapshot=yes' : 'snapshot=no';
    expect(tiltjs(['starlark', 'x.star'], { TILTJS_LAUNCH: 'print' }).stdout).toContain(expected);
    expect(tiltjs(['--help'], { TILTJS_LAUNCH: 'print' }).stdout).toContain('snapshot=no');
    expect(tiltjs(['up'], { TILTJS_LAUNCH: 'print' }).stdout).toContain('snapshot=no');
    expect(tiltjs(['starlark', 'x.star'], { TILTJS_LAUNCH: 'print', NODE_OPTIONS: '--max-old-space-size=100' }).stdout).toContain(
      'snapshot=no',
    );
  });

  it.runIf(built)('has its start-up snapshots after a build on this platform', () => {
    // scripts/build.mjs only warns when a snapshot cannot be built (say, a new import of
    // node:http in a snapshot command); this makes that visible.
    for (const name of ['starlark', 'tiltfile']) {
      expect(existsSync(join(REPO, 'dist', `tiltjs-${name}.blob`))).toBe(process.platform !== 'win32');
    }
    expect(tiltjs(['alpha', 'tiltfile-result'], { TILTJS_LAUNCH: 'print' }).stdout).toContain('snapshot=yes (tiltfile)');
  });

  it('gives Tiltfile loads a later optimisation budget than plain Starlark, and records each snapshot\'s flags', () => {
    const tiltfileFlags = tiltjs(['alpha'], { TILTJS_LAUNCH: 'flags' }).stdout.trim();
    const starlarkFlags = tiltjs(['starlark'], { TILTJS_LAUNCH: 'flags' }).stdout.trim();
    expect(tiltfileFlags).toBe(`${starlarkFlags} --interrupt-budget=600000`);
    expect(tiltjs(['up'], { TILTJS_LAUNCH: 'flags' }).stdout.trim()).toBe(starlarkFlags);
    if (snapshotBuilt) {
      const env = readFileSync(join(REPO, 'dist', 'snapshot.env'), 'utf8');
      expect(env).toContain(`snapshot_flags_tiltfile='${tiltfileFlags}'`);
      expect(env).toContain(`snapshot_flags_starlark='${starlarkFlags}'`);
    }
  });

  it.runIf(built)('prints the version for version, --version and -v', () => {
    for (const arg of ['version', '--version', '-v']) {
      const r = tiltjs([arg]);
      expect(r.stdout).toMatch(/^v\d+\.\d+\.\d+.*, tiltjs \(node v/);
      expect(r.status).toBe(0);
    }
  });

  it.runIf(built)('runs a program the same way from the snapshot and from the plain bundle', () => {
    const file = starFile(
      'def f(x):\n    return {"a": [x, 1.5, None], "b": json.encode(struct(k = x))}\nprint(f(1))\nprint("%s-%d" % ("z", 2))\nlen(f)\n',
    );
    const snap = tiltjs(['starlark', file]);
    const plain = tiltjs(['starlark', file], { TILTJS_LAUNCH: 'plain' });
    expect(snap.stdout).toBe('{"a": [1, 1.5, None], "b": "{\\"k\\":1}"}\nz-2\n');
    expect(snap.stderr).toContain('Error in len: len: value of type function has no len');
    expect(snap.status).toBe(1);
    expect({ ...snap, pid: 0, output: null }).toEqual({ ...plain, pid: 0, output: null });
  });

  it.runIf(built)('writes all output through a pipe before exiting', () => {
    // Snapshot commands exit without Node's teardown; a pipe that fills must still drain.
    const file = starFile('def main():\n    for i in range(100000):\n        print("line %d of a long output" % i)\nmain()\n');
    const r = spawnSync(LAUNCHER, ['starlark', file], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 60_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.length).toBe(100001);
    expect(lines[99999]).toBe('line 99999 of a long output');
  });

  it.runIf(built)('gives Starlark recursion room for 5,000 levels', () => {
    const file = starFile('def f(n):\n    if n == 0:\n        return 0\n    return 1 + f(n - 1)\nprint(f(5000))\n');
    for (const launch of ['auto', 'plain']) {
      const r = tiltjs(['starlark', file], { TILTJS_LAUNCH: launch });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('5000\n');
    }
  });
});
