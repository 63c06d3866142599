// Running the real CLI (`node dist/cli.mjs`) on a fixture project copied to a scratch
// directory, for end-to-end tests.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli.mjs');
const FIXTURES = join(__dirname, '..', 'fixtures');

/** A copy of test/fixtures/<name> that the test may edit. */
export function fixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tiltjs-e2e-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a CLI command to completion (async, so the test's own timers keep running). */
export function tiltjs(args: string[], cwd: string, env: Record<string, string>, timeoutMs = 120_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export interface Session {
  child: ChildProcess;
  output(): string;
  /** waits until the output matches; returns the match */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Ctrl-C; resolves with the exit code */
  interrupt(): Promise<number | null>;
}

/** `tiltjs up --stream --port 0` in the background. */
export function up(cwd: string, env: Record<string, string>): Session {
  const child = spawn(process.execPath, [CLI, 'up', '--stream', '--port', '0'], { cwd, env: { ...process.env, ...env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    child,
    output: () => out,
    async waitFor(re, timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const m = out.match(re);
        if (m) return m;
        if (Date.now() > end || child.exitCode !== null) throw new Error(`no ${re} in tiltjs output:\n${out.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async interrupt() {
      child.kill('SIGINT');
      return exited;
    },
  };
}

export async function httpGet(port: number, path: string): Promise<string> {
  try {
    const r = await fetch(`http://127.0.0.1:${port}${path}`);
    return r.ok ? await r.text() : `HTTP ${r.status}`;
  } catch (e) {
    return `ERR ${(e as Error).message}`;
  }
}

export async function eventually(cond: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Ids of the containers of a compose project (v1 drops non-alphanumerics from the label). */
export function projectContainers(project: string): string[] {
  const ids = new Set<string>();
  for (const label of new Set([project, project.replace(/[^a-z0-9]/g, '')])) {
    const r = spawnSync('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${label}`], { encoding: 'utf8' });
    for (const id of r.stdout.split('\n')) if (id) ids.add(id);
  }
  return [...ids];
}

/** Last-resort cleanup of a project's containers and network. */
export function removeProject(project: string): void {
  for (const id of projectContainers(project)) spawnSync('docker', ['rm', '-f', id]);
  for (const label of new Set([project, project.replace(/[^a-z0-9]/g, '')])) spawnSync('docker', ['network', 'rm', `${label}_default`]);
}
