// Session loads in the worker thread (src/session-load/worker-loader.ts), run against the
// built worker script (npm test builds dist/ first): results and log lines come back, the
// calling thread keeps running while a Tiltfile waits for local(), and a worker that dies
// fails its load and is replaced by the next one.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeProcesses } from '../../src/adapters/proc/node-processes.js';
import { inlineLoader, workerLoader } from '../../src/session-load/worker-loader.js';

const SCRIPT = resolve(__dirname, '../../dist/tiltfile-worker.mjs');
const dir = mkdtempSync(join(tmpdir(), 'tiltjs-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tiltfile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const request = (file: string) => ({ file, args: [], subcommand: 'up' as const, webHost: 'localhost', webPort: 0 });

describe('Tiltfile loads in a worker thread', () => {
  it('has a built worker script (npm test builds it)', () => {
    expect(existsSync(SCRIPT)).toBe(true);
  });

  it('returns the same result as a load on this thread, with the log lines, and leaves this thread free meanwhile', async () => {
    const file = tiltfile('slow.Tiltfile', "print('loading')\nlocal('sleep 0.6')\nlocal_resource('a', cmd='true', labels=['x'])\n");
    const loader = workerLoader(SCRIPT, nodeProcesses);
    const lines: string[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const result = await loader.load(request(file), (l) => lines.push(l));
    clearInterval(timer);
    await loader.close();
    // local('sleep 0.6') blocked the worker, not this thread: the timer kept firing.
    expect(ticks).toBeGreaterThan(10);
    expect(lines).toContain('loading');
    const inline = await inlineLoader().load(request(file), () => {});
    expect(result).toEqual(inline);
    expect(result.manifests.map((m) => m.name)).toEqual(['a']);
  });

  it('reports Tiltfile errors as results, and recovers from a worker that died', async () => {
    const loader = workerLoader(SCRIPT, nodeProcesses);
    const bad = await loader.load(request(tiltfile('bad.Tiltfile', "fail('nope')\n")), () => {});
    expect(bad.error).toContain('nope');
    // Kill the thread while a load is running: that load fails, the next one works.
    const pending = loader.load(request(tiltfile('sleepy.Tiltfile', "local('sleep 2')\n")), () => {});
    await new Promise((r) => setTimeout(r, 200));
    const done = loader.close();
    await expect(pending).rejects.toThrow(/Tiltfile loader stopped/);
    await done;
    const ok = await loader.load(request(tiltfile('ok.Tiltfile', "local_resource('b', cmd='true')\n")), () => {});
    expect(ok.error).toBeNull();
    await loader.close();
  });
});
