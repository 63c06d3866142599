// `tiltjs ci` and `tiltjs up` on local-only projects, through the real CLI.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.mjs');

function project(tiltfile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiltjs-ci-'));
  writeFileSync(join(dir, 'Tiltfile'), tiltfile);
  return dir;
}

// A test that fails half-way must not leave its tiltjs running.
const children: ChildProcess[] = [];
function track<T extends ChildProcess>(c: T): T {
  children.push(c);
  return c;
}
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

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
    const child = track(spawn(process.execPath, [CLI, 'up', '--stream', '--port', String(port)], { cwd: dir }));
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

  it('answers the HTTP API while a reload waits for local(), and Ctrl-C then stops that command', { timeout: 30_000 }, async () => {
    const dir = project(`local_resource('a', cmd='echo a-ran')\n`);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = track(spawn(process.execPath, [CLI, 'up', '--stream', '--port', String(port)], { cwd: dir }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    for (let i = 0; i < 400 && !out.includes('a-ran'); i++) await new Promise((r) => setTimeout(r, 10));
    // The edit reloads the Tiltfile, in the worker thread (written again until the watcher,
    // which may still be scanning, reports it).
    for (let i = 0; i < 20 && !out.includes('Detected changes'); i++) {
      writeFileSync(join(dir, 'Tiltfile'), `local('echo cmd-pid $$ > pid.txt; sleep 30')\nlocal_resource('a', cmd='echo a-ran')\n`);
      for (let j = 0; j < 25 && !out.includes('Detected changes'); j++) await new Promise((r) => setTimeout(r, 20));
    }
    const pidFile = join(dir, 'pid.txt');
    for (let i = 0; i < 400 && !(existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim()); i++) await new Promise((r) => setTimeout(r, 25));
    const pid = Number(readFileSync(pidFile, 'utf8').replace('cmd-pid', '').trim());
    // The reload runs in a worker thread: the engine's thread is free to answer.
    const view = await (await fetch(`http://localhost:${port}/api/view`, { signal: AbortSignal.timeout(2000) })).json();
    expect(view.resources[0]).toMatchObject({ name: '(Tiltfile)', updateStatus: 'in_progress' });
    child.kill('SIGINT');
    const started = Date.now();
    await new Promise((r) => child.on('exit', r));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('ci stops what it started on Ctrl-C and fails', async () => {
    const dir = project(`
local_resource('srv', serve_cmd='echo srv-pid $$; sleep 60')
local_resource('long', cmd='echo long-pid $$; sleep 60')
`);
    const child = track(spawn(process.execPath, [CLI, 'ci', '--port', '0'], { cwd: dir }));
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    for (let i = 0; i < 200 && !(/srv-pid \d+/.test(out) && /long-pid \d+/.test(out)); i++) await new Promise((r) => setTimeout(r, 25));
    const pids = [/srv-pid (\d+)/, /long-pid (\d+)/].map((re) => Number(re.exec(out)![1]));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(1);
    expect(err).toContain('Error: interrupted');
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('Ctrl-C while first updates are still running exits promptly and leaves no serve_cmd behind', async () => {
    const lines = ["local_resource('first', cmd='echo first-started')"];
    for (let i = 0; i < 6; i++) lines.push(`local_resource('svc-${i}', cmd='sleep 0.3', serve_cmd='echo serve-pid $$; sleep 60', allow_parallel=True)`);
    for (let round = 0; round < 3; round++) {
      const dir = project(lines.join('\n') + '\n');
      const child = track(spawn(process.execPath, [CLI, 'up', '--stream', '--port', '0'], { cwd: dir }));
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      for (let i = 0; i < 400 && !out.includes('first-started'); i++) await new Promise((r) => setTimeout(r, 10));
      child.kill('SIGINT');
      const exited = await Promise.race([new Promise((r) => child.on('exit', () => r(true))), new Promise((r) => setTimeout(() => r(false), 8000))]);
      if (!exited) child.kill('SIGKILL');
      expect(exited).toBe(true);
      for (const m of out.matchAll(/serve-pid (\d+)/g)) expect(() => process.kill(Number(m[1]), 0)).toThrow();
      expect(out).not.toMatch(/Starting serve_cmd[\s\S]*Shutting down[\s\S]*Starting serve_cmd/);
    }
  });

  it('disable stops a resource and enable starts it again; unknown names and empty selections fail', { timeout: 30_000 }, async () => {
    const dir = project(`local_resource('srv', serve_cmd='echo srv-pid $$; sleep 60', labels=['web'])\nlocal_resource('other', cmd='true')\n`);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = track(spawn(process.execPath, [CLI, 'up', '--stream', '--port', String(port)], { cwd: dir }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const pids = () => [...out.matchAll(/srv-pid (\d+)/g)].map((m) => Number(m[1]));
    const client = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--port', String(port)], { encoding: 'utf8' });
    try {
      for (let i = 0; i < 400 && pids().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      const first = pids()[0];
      expect(client('disable', '-l', 'web').status).toBe(0);
      for (let i = 0; i < 200 && !out.includes('Resource disabled'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(() => process.kill(first, 0)).toThrow();
      const view = JSON.parse(client('get', '-o', 'json').stdout);
      expect(view.find((r: { name: string }) => r.name === 'srv').enabled).toBe(false);
      expect(client('enable', 'srv').status).toBe(0);
      for (let i = 0; i < 400 && pids().length < 2; i++) await new Promise((r) => setTimeout(r, 10));
      expect(pids()).toHaveLength(2);
      const bad = client('disable', 'nope');
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('Error: no such resource: "nope"');
      expect(client('enable').stderr).toContain('name at least one resource, or use --all or --labels');
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.on('exit', r));
    }
    for (const pid of pids()) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('a Tiltfile that writes a file it reads reloads once per edit, not in a loop; an edit right after a load is not lost', { timeout: 30_000 }, async () => {
    const dir = project(`local('echo "a: 1" > gen.yaml')\nx = read_yaml('gen.yaml')\nlocal_resource('a', cmd='true')\n`);
    const child = track(spawn(process.execPath, [CLI, 'up', '--stream', '--port', '0'], { cwd: dir }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const loads = () => out.split('Successfully loaded Tiltfile').length - 1;
    try {
      for (let i = 0; i < 400 && loads() < 1; i++) await new Promise((r) => setTimeout(r, 5));
      // written the moment the load is reported, before the watcher may be watching
      writeFileSync(join(dir, 'Tiltfile'), `local('echo "a: 1" > gen.yaml')\nx = read_yaml('gen.yaml')\nlocal_resource('a', cmd='echo edited')\n`);
      for (let i = 0; i < 400 && loads() < 2; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 2000));
      expect(loads()).toBe(2);
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.on('exit', r));
    }
  });
});
