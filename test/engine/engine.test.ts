import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { FakeExecutor, loadResult, localManifest, until } from './helpers.js';
import type { LoadResult } from '../../src/model/index.js';

function engineWith(results: LoadResult[], exec: (name: string) => FakeExecutor = (n) => new FakeExecutor(n)) {
  let i = 0;
  return new Engine({
    args: [],
    executors: (m) => exec(m.name),
    loadTiltfile: async () => results[Math.min(i++, results.length - 1)],
  });
}

const statusOf = (e: Engine, name: string) => e.views().find((v) => v.name === name)!;

// A real config file: the engine reloads for a file whose content changed.
const TILTFILE_PATH = join(mkdtempSync(join(tmpdir(), 'tiltjs-engine-')), 'Tiltfile');
writeFileSync(TILTFILE_PATH, '# v0\n');
let edits = 0;
const editTiltfile = () => writeFileSync(TILTFILE_PATH, `# v${++edits}\n`);

describe('engine', () => {
  beforeEach(() => FakeExecutor.reset());

  it('runs initial updates, gating first updates on resource_deps', async () => {
    const e = engineWith([loadResult([localManifest('b', { resourceDeps: ['a'] }), localManifest('a')])]);
    await e.start();
    await until(() => FakeExecutor.calls.length === 2 && statusOf(e, 'b').updateStatus === 'ok');
    expect(FakeExecutor.calls.map((c) => c.name)).toEqual(['a', 'b']);
    await e.stop();
  });

  it('never runs more than max_parallel_updates at once', async () => {
    const ms = Array.from({ length: 6 }, (_, i) => localManifest(`r${i}`, {}, { allowParallel: true }));
    const e = engineWith([loadResult(ms, { updateSettings: { maxParallelUpdates: 2, k8sUpsertTimeoutSecs: 30, suppressUnusedImageWarnings: [], k8sServerSideApply: 'auto' } })], (n) => new FakeExecutor(n, 20));
    await e.start();
    await until(() => FakeExecutor.calls.length === 6 && e.views().every((v) => v.updateStatus === 'ok'));
    expect(FakeExecutor.maxRunning).toBe(2);
    await e.stop();
  });

  it('does not start manual or auto_init=False resources until triggered', async () => {
    const e = engineWith([loadResult([localManifest('m', { triggerMode: 'manual', autoInit: false }), localManifest('x', { autoInit: false })])]);
    await e.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(FakeExecutor.calls).toEqual([]);
    expect(e.trigger('m')).toBe(true);
    await until(() => FakeExecutor.calls.length === 1);
    expect(FakeExecutor.calls[0]).toMatchObject({ name: 'm', req: { reason: 'trigger' } });
    await e.stop();
  });

  it('applies edits made during an update in a later update', async () => {
    const e = engineWith([loadResult([localManifest('a', {}, { deps: ['/src'] })])], (n) => new FakeExecutor(n, 40));
    await e.start();
    await until(() => statusOf(e, 'a').updateStatus === 'ok');
    e.fileChanged(['/src/one.txt']);
    await until(() => statusOf(e, 'a').updateStatus === 'in_progress');
    e.fileChanged(['/src/two.txt']);
    await until(() => FakeExecutor.calls.length === 3 && statusOf(e, 'a').updateStatus === 'ok');
    expect(FakeExecutor.calls.slice(1).map((c) => c.req.files)).toEqual([['/src/one.txt'], ['/src/two.txt']]);
    await e.stop();
  });

  it('keeps the previous resources when a reload fails', async () => {
    const ok = loadResult([localManifest('a')], { configFiles: [TILTFILE_PATH] });
    const bad = loadResult([], { error: 'Traceback...\nError: boom', configFiles: [TILTFILE_PATH] });
    const e = engineWith([ok, bad]);
    await e.start();
    await until(() => statusOf(e, 'a').updateStatus === 'ok');
    editTiltfile();
    e.fileChanged([TILTFILE_PATH]);
    await until(() => statusOf(e, '(Tiltfile)').lastBuild?.error === 'Traceback...\nError: boom');
    expect(e.views().map((v) => v.name)).toEqual(['(Tiltfile)', 'a']);
    expect(e.logs.lines('(Tiltfile)').map((l) => l.text)).toContain('Keeping the resources of the last successful load running.');
    await e.stop();
  });

  it('reports a Tiltfile that defines no resources as a load error, as Tilt does', async () => {
    const e = engineWith([loadResult([])]);
    await e.start();
    await until(() => statusOf(e, '(Tiltfile)').lastBuild?.error !== undefined);
    expect(statusOf(e, '(Tiltfile)').lastBuild?.error).toBe('No resources found. Check out https://docs.tilt.dev/tutorial.html to get started!');
    await e.stop();
  });

  it('disables a resource (stopping it, keeping it listed) and enables it again as on the first load', async () => {
    const stops: string[] = [];
    const disables: string[] = [];
    class Toggled extends FakeExecutor {
      override async stop(): Promise<void> {
        stops.push(this.name);
      }
      async disable(): Promise<void> {
        disables.push(this.name);
      }
    }
    const ok = loadResult([localManifest('a'), localManifest('b')], { configFiles: [TILTFILE_PATH] });
    const e = engineWith([ok, ok], (n) => new Toggled(n));
    await e.start();
    await until(() => statusOf(e, 'a').updateStatus === 'ok' && statusOf(e, 'b').updateStatus === 'ok');
    expect(await e.setEnabled([{ name: 'nope', enabled: false }])).toEqual(['nope']);
    expect(await e.setEnabled([{ name: 'a', enabled: false }])).toEqual([]);
    expect(disables).toEqual(['a']);
    expect(statusOf(e, 'a')).toMatchObject({ enabled: false, updateStatus: 'pending' });
    // A reload keeps the user's choice.
    editTiltfile();
    e.fileChanged([TILTFILE_PATH]);
    await until(() => e.logs.lines('(Tiltfile)').filter((l) => l.text.startsWith('Successfully loaded')).length === 2);
    expect(statusOf(e, 'a').enabled).toBe(false);
    const before = FakeExecutor.calls.filter((c) => c.name === 'a').length;
    await e.setEnabled([{ name: 'a', enabled: true }]);
    await until(() => FakeExecutor.calls.filter((c) => c.name === 'a').length === before + 1 && statusOf(e, 'a').updateStatus === 'ok');
    expect(FakeExecutor.calls.at(-1)!.req.reason).toBe('initial');
    // New args are a new choice: the toggle gives way to the Tiltfile's enabled set.
    await e.setEnabled([{ name: 'b', enabled: false }]);
    await e.setArgs([]);
    expect(statusOf(e, 'b').enabled).toBe(true);
    await e.stop();
  });

  it('reports a failed update and keeps other resources going', async () => {
    const e = engineWith([loadResult([localManifest('bad'), localManifest('good', {}, { allowParallel: true })])], (n) => new FakeExecutor(n, 5, () => n === 'bad'));
    await e.start();
    await until(() => statusOf(e, 'bad').updateStatus === 'error' && statusOf(e, 'good').updateStatus === 'ok');
    expect(statusOf(e, 'bad').lastBuild?.error).toBe('bad failed');
    await e.stop();
  });
});

describe('engine live updates', () => {
  beforeEach(() => FakeExecutor.reset());

  class LiveExecutor extends FakeExecutor {
    live: string[][] = [];
    async liveUpdate(_ctx: unknown, files: string[]): Promise<'applied' | 'full'> {
      this.live.push(files);
      return 'applied';
    }
  }

  it('a manual trigger applies pending changes by live update; a trigger without changes does a full update', async () => {
    const ex = new LiveExecutor('m');
    const e = new Engine({
      args: [],
      executors: () => ex,
      loadTiltfile: async () => loadResult([localManifest('m', { triggerMode: 'manual' }, { deps: ['/src'] })]),
    });
    await e.start();
    await until(() => statusOf(e, 'm').updateStatus === 'ok');
    e.fileChanged(['/src/a.txt']);
    await new Promise((r) => setTimeout(r, 20));
    expect(ex.live).toEqual([]);
    e.trigger('m');
    await until(() => ex.live.length === 1 && statusOf(e, 'm').updateStatus === 'ok');
    expect(ex.live[0]).toEqual(['/src/a.txt']);
    expect(FakeExecutor.calls.length).toBe(1);
    e.trigger('m');
    await until(() => FakeExecutor.calls.length === 2);
    await e.stop();
  });
});
