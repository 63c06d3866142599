// `tiltjs ci` and `tiltjs up` on local-only projects, through the real CLI.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.mjs');

function project(tiltfile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiltjs-ci-'));
  writeFileSync(join(dir, 'Tiltfile'), tiltfile);
  return dir;
}

function ci(dir: string, ...extra: string[]) {
  return spawnSync(process.execPath, [CLI, 'ci', '--port', '0', ...extra], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

describe('tiltjs ci (local resources)', () => {
  it('exits 0 once every resource succeeded or is ready', () => {
    const dir = project(`
local_resource('build', cmd='echo building')
local_resource('serve', serve_cmd='sleep 30', resource_deps=['build'])
`);
    const r = ci(dir);
    expect(r.stdout).toContain('SUCCESS. All workloads are healthy.');
    expect(r.status).toBe(0);
  });

  it('exits 1 naming the failed resource', () => {
    const dir = project(`local_resource('broken', cmd='echo nope; exit 4')\n`);
    const r = ci(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Error: resource broken: Command "sh -c echo nope; exit 4" failed: exit status 4');
  });

  it('exits 1 with the Tiltfile error', () => {
    const dir = project(`local_resource('x', cmd=1)\n`);
    const r = ci(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Error: Tiltfile: Traceback (most recent call last):');
    expect(r.stderr).toContain('a command must be a string or list of strings. found starlark.Int');
  });

  it('times out with --timeout', () => {
    const dir = project(`local_resource('slow', serve_cmd='sleep 30', readiness_probe=probe(exec=exec_action(['false'])))\n`);
    const r = ci(dir, '--timeout', '1s');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Timeout after 1s');
  });
});

describe('tiltjs up', () => {
  it('serves the HTTP API, reruns cmd on dep changes, and stops serve processes on Ctrl-C', async () => {
    const dir = project(`
local_resource('gen', cmd='cat input.txt > out.txt', deps=['input.txt'])
local_resource('srv', serve_cmd='echo srv-pid $$; sleep 60')
`);
    writeFileSync(join(dir, 'input.txt'), 'one');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [CLI, 'up', '--stream', '--port', String(port)], { cwd: dir });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const waitFor = async (re: RegExp) => {
      for (let i = 0; i < 200 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 25));
      expect(out).toMatch(re);
    };
    await waitFor(/srv-pid \d+/);
    await waitFor(/gen .*Running cmd/);
    const view = await (await fetch(`http://localhost:${port}/api/view`)).json();
    expect(view.resources.map((r: { name: string }) => r.name)).toEqual(['(Tiltfile)', 'gen', 'srv']);
    writeFileSync(join(dir, 'input.txt'), 'two');
    await waitFor(/gen .*file change/);
    const pid = Number(/srv-pid (\d+)/.exec(out)![1]);
    child.kill('SIGINT');
    await new Promise((r) => child.on('exit', r));
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
