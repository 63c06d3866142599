// The Compose executor against real Docker and the installed compose CLI: a Tilt-built
// image swapped into the service, runtime status from container events, live update
// (sync, delete, triggered run, failing run, restart, fall backs), crash detection, a
// taken port, an unreachable daemon, and `down`.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComposeCliRunner } from '../../../src/adapters/compose/cli.js';
import { DockerodeClient } from '../../../src/adapters/docker/dockerode.js';
import { nodeProcesses } from '../../../src/adapters/proc/node-processes.js';
import { ComposeExecutor } from '../../../src/engine/executors/compose.js';
import { ImageBuilder } from '../../../src/engine/executors/image-build.js';
import type { Manifest } from '../../../src/model/index.js';
import { BASE_IMAGE, noDocker, removeImages } from '../../adapters/docker/require-docker.js';
import { recordingContext, until } from './fake-context.js';
import { composeManifest, composeProject, dockerTarget } from './targets.js';

const env = () => ({ ...(process.env as Record<string, string>) });
const docker = new DockerodeClient();
const compose = new ComposeCliRunner(nodeProcesses, env);
let root: string;
const projects: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function get(port: number, path: string): Promise<string> {
  try {
    const r = await fetch(`http://127.0.0.1:${port}${path}`);
    return r.ok ? await r.text() : `HTTP ${r.status}`;
  } catch (e) {
    return `ERR ${(e as Error).message}`;
  }
}

interface Fixture {
  dir: string;
  port: number;
  manifest: Manifest;
  executor: ComposeExecutor;
}

async function fixture(name: string, liveUpdate: Manifest['images'][number]['liveUpdate']): Promise<Fixture> {
  const dir = join(root, name);
  mkdirSync(join(dir, 'www'), { recursive: true });
  const port = await freePort();
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nCOPY www /www\nCMD ["httpd", "-f", "-p", "8000", "-h", "/www"]\n`);
  writeFileSync(join(dir, 'www/index.html'), 'v1');
  writeFileSync(join(dir, 'docker-compose.yml'), `services:\n  web:\n    image: tiltjs-test-${name}-${process.pid}\n    ports: ["127.0.0.1:${port}:8000"]\n`);
  const project = composeProject(`tiltjs-test-${name}-${process.pid}`, dir);
  projects.push(project.name);
  const img = dockerTarget(`tiltjs-test-${name}-${process.pid}`, dir, { liveUpdate });
  const manifest = composeManifest('web', project, [img]);
  const images = new ImageBuilder({ docker, processes: nodeProcesses, env });
  return { dir, port, manifest, executor: new ComposeExecutor(manifest, { docker, compose, images, downDone: new Set() }) };
}

function containersOf(project: string): string[] {
  const r = spawnSync('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${project.replace(/[^a-z0-9]/g, '')}`], { encoding: 'utf8' });
  const r2 = spawnSync('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`], { encoding: 'utf8' });
  return [...new Set([...r.stdout.split('\n'), ...r2.stdout.split('\n')].filter(Boolean))];
}

describe.skipIf(noDocker)('compose executor (Docker)', () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tiltjs-composetest-'));
  });
  afterAll(async () => {
    for (const p of projects) {
      for (const id of containersOf(p)) spawnSync('docker', ['rm', '-f', id]);
      spawnSync('docker', ['network', 'rm', `${p}_default`, `${p.replace(/[^a-z0-9]/g, '')}_default`]);
      removeImages(p);
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('builds, runs the service with the built image, live-updates it and takes it down', { timeout: 120_000 }, async () => {
    const f = await fixture('live', [
      { type: 'fall_back_on', paths: ['stop.txt'] },
      { type: 'sync', localPath: 'www', remotePath: '/www' },
      { type: 'run', cmd: ['sh', '-c', 'cat /www/trigger.txt > /www/ran.txt'], triggers: ['www/trigger.txt'], echoOff: false },
      { type: 'run', cmd: ['sh', '-c', 'test ! -e /www/fail.txt'], triggers: ['www/fail.txt'], echoOff: false },
    ]);
    const ctx = recordingContext();
    await f.executor.update(ctx, { reason: 'initial', files: [] });
    expect(ctx.text()).toMatch(new RegExp(`Starting web with image tiltjs-test-live-${process.pid}:tilt-[0-9a-f]{16}`));
    await until(() => ctx.lastRuntime()?.status === 'ok', 20_000, 'runtime ok');
    await until(async () => (await get(f.port, '/index.html')) === 'v1', 10_000, 'v1 served');

    // sync: changed and new files
    writeFileSync(join(f.dir, 'www/index.html'), 'v2');
    writeFileSync(join(f.dir, 'www/new.html'), 'new');
    const lu = recordingContext();
    expect(await f.executor.liveUpdate(lu, [join(f.dir, 'www/index.html'), join(f.dir, 'www/new.html')])).toBe('applied');
    expect(await get(f.port, '/index.html')).toBe('v2');
    expect(await get(f.port, '/new.html')).toBe('new');
    expect(lu.text()).toContain('→ Container');
    expect(lu.text()).not.toContain('[CMD');

    // deletion, and a run step whose trigger matches
    unlinkSync(join(f.dir, 'www/new.html'));
    writeFileSync(join(f.dir, 'www/trigger.txt'), 'triggered');
    const lu2 = recordingContext();
    expect(await f.executor.liveUpdate(lu2, [join(f.dir, 'www/new.html'), join(f.dir, 'www/trigger.txt')])).toBe('applied');
    expect(await get(f.port, '/new.html')).toBe('HTTP 404');
    expect(await get(f.port, '/ran.txt')).toBe('triggered');
    expect(lu2.text()).toContain('[CMD 1/1] cat /www/trigger.txt > /www/ran.txt');

    // a failing run step: an update error, no fall back, files stay synced
    writeFileSync(join(f.dir, 'www/fail.txt'), 'boom');
    await expect(f.executor.liveUpdate(recordingContext(), [join(f.dir, 'www/fail.txt')])).rejects.toThrow('command "test ! -e /www/fail.txt" failed with exit code: 1');
    expect(await get(f.port, '/fail.txt')).toBe('boom');

    // files outside every sync, and fall_back_on files, need a full rebuild
    writeFileSync(join(f.dir, 'README'), 'x');
    const miss = recordingContext();
    expect(await f.executor.liveUpdate(miss, [join(f.dir, 'README')])).toBe('full');
    expect(miss.text()).toContain('Found file(s) not matching any sync');
    writeFileSync(join(f.dir, 'stop.txt'), 'x');
    const stop = recordingContext();
    expect(await f.executor.liveUpdate(stop, [join(f.dir, 'stop.txt')])).toBe('full');

    // the full rebuild replaces the container with one from a new image
    rmSync(join(f.dir, 'www/fail.txt'));
    writeFileSync(join(f.dir, 'www/index.html'), 'v3');
    const full = recordingContext();
    await f.executor.update(full, { reason: 'file change', files: [join(f.dir, 'www/index.html')] });
    await until(async () => (await get(f.port, '/index.html')) === 'v3', 10_000, 'v3 served');
    expect(await get(f.port, '/ran.txt')).toBe('HTTP 404');

    // a crash shows as a runtime error
    const id = containersOf(f.manifest.dc!.project.name)[0];
    spawnSync('docker', ['kill', id]);
    await until(() => full.lastRuntime()?.status === 'error', 10_000, 'runtime error');
    expect(full.lastRuntime()!.error).toMatch(/exited with code 137/);

    await f.executor.stop();
    await f.executor.down(recordingContext());
    expect(containersOf(f.manifest.dc!.project.name)).toEqual([]);
  });

  it('restart_container restarts the container; initial_sync copies on first sight', { timeout: 90_000 }, async () => {
    const f = await fixture('restart', [
      { type: 'initial_sync' },
      { type: 'sync', localPath: 'www', remotePath: '/www' },
      { type: 'run', cmd: ['sh', '-c', 'echo ran > /www/ran.txt'], triggers: [], echoOff: false },
      { type: 'restart_container' },
    ]);
    writeFileSync(join(f.dir, '.dockerignore'), 'www/late.html\n');
    writeFileSync(join(f.dir, 'www/late.html'), 'not built in');
    const ctx = recordingContext();
    await f.executor.update(ctx, { reason: 'initial', files: [] });
    await until(() => ctx.lastRuntime()?.status === 'ok', 20_000, 'runtime ok');
    // initial_sync uses the same ignores as the build
    expect(ctx.text()).toContain('Initial sync to container');
    expect(await get(f.port, '/late.html')).toBe('HTTP 404');

    const started = spawnSync('docker', ['inspect', '-f', '{{.State.StartedAt}}', containersOf(f.manifest.dc!.project.name)[0]], { encoding: 'utf8' }).stdout;
    writeFileSync(join(f.dir, 'www/index.html'), 'restarted');
    const lu = recordingContext();
    expect(await f.executor.liveUpdate(lu, [join(f.dir, 'www/index.html')])).toBe('applied');
    expect(lu.text()).toContain('Restarting container');
    await until(async () => (await get(f.port, '/index.html')) === 'restarted', 10_000, 'served after restart');
    writeFileSync(join(f.dir, 'www/index.html'), 'restarted again');
    const t0 = Date.now();
    expect(await f.executor.liveUpdate(recordingContext(), [join(f.dir, 'www/index.html')])).toBe('applied');
    expect(Date.now() - t0).toBeLessThan(10_000);
    await until(async () => (await get(f.port, '/index.html')) === 'restarted again', 10_000, 'served after the second restart');
    const after = spawnSync('docker', ['inspect', '-f', '{{.State.StartedAt}}', containersOf(f.manifest.dc!.project.name)[0]], { encoding: 'utf8' }).stdout;
    expect(after).not.toBe(started);
    // the restart is not reported as a crash
    expect(ctx.runtime.filter((r) => r.status === 'error')).toEqual([]);
    await f.executor.stop();
    await f.executor.down(recordingContext());
  });

  it('disable removes the service container; the project stays for the other services', { timeout: 90_000 }, async () => {
    const f = await fixture('disable', []);
    const ctx = recordingContext();
    await f.executor.update(ctx, { reason: 'initial', files: [] });
    await until(() => ctx.lastRuntime()?.status === 'ok', 20_000, 'runtime ok');
    expect(containersOf(f.manifest.dc!.project.name)).toHaveLength(1);
    const off = recordingContext();
    await f.executor.disable(off);
    expect(off.text()).toContain('Removing the web container (resource disabled)');
    expect(containersOf(f.manifest.dc!.project.name)).toEqual([]);
    await f.executor.down(recordingContext());
  });

  it('a failed build leaves the running container alone; a taken port is named', { timeout: 90_000 }, async () => {
    const f = await fixture('faults', []);
    const ctx = recordingContext();
    await f.executor.update(ctx, { reason: 'initial', files: [] });
    await until(async () => (await get(f.port, '/index.html')) === 'v1', 20_000, 'v1 served');
    const before = containersOf(f.manifest.dc!.project.name);
    writeFileSync(join(f.dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN exit 7\n`);
    await expect(f.executor.update(recordingContext(), { reason: 'file change', files: [join(f.dir, 'Dockerfile')] })).rejects.toThrow(/Build Failed/);
    expect(containersOf(f.manifest.dc!.project.name)).toEqual(before);
    expect(await get(f.port, '/index.html')).toBe('v1');
    await f.executor.stop();
    await f.executor.down(recordingContext());

    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(f.port, '127.0.0.1', () => r()));
    writeFileSync(join(f.dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nCOPY www /www\nCMD ["httpd", "-f", "-p", "8000", "-h", "/www"]\n`);
    const g = await fixture('faults', []);
    writeFileSync(join(g.dir, 'docker-compose.yml'), `services:\n  web:\n    image: tiltjs-test-faults-${process.pid}\n    ports: ["127.0.0.1:${f.port}:8000"]\n`);
    try {
      await expect(g.executor.update(recordingContext(), { reason: 'initial', files: [] })).rejects.toThrow(new RegExp(`port ${f.port} is already in use`));
    } finally {
      holder.close();
      await g.executor.stop();
      await g.executor.down(recordingContext());
    }
  });

  it('says clearly when the Docker daemon is unreachable', async () => {
    const gone = new DockerodeClient({ DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    const dir = join(root, 'nodaemon');
    mkdirSync(dir, { recursive: true });
    const m = composeManifest('svc', composeProject(`tiltjs-test-nodaemon-${process.pid}`, dir));
    const ex = new ComposeExecutor(m, { docker: gone, compose, images: new ImageBuilder({ docker: gone, processes: nodeProcesses, env }), downDone: new Set() });
    await expect(ex.update(recordingContext(), { reason: 'initial', files: [] })).rejects.toThrow(
      /Docker is not available, so svc cannot run: cannot connect to the Docker daemon at unix:\/\/\/nonexistent\/docker.sock/,
    );
  });

  it('compose-managed builds, forced updates that replace the container, and wait=True on Compose v1', { timeout: 120_000 }, async () => {
    const dir = join(root, 'managed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN echo managed > /managed.txt\n`);
    writeFileSync(
      join(dir, 'docker-compose.yml'),
      [
        'services:',
        '  svc:',
        '    build: .',
        `    image: tiltjs-test-managed-${process.pid}`,
        '    command: ["sh", "-c", "sleep 2; touch /tmp/ready; exec sleep 600"]',
        '    healthcheck:',
        '      test: ["CMD", "test", "-e", "/tmp/ready"]',
        '      interval: 1s',
        '      retries: 30',
        '',
      ].join('\n'),
    );
    const project = { ...composeProject(`tiltjs-test-managed-${process.pid}`, dir), wait: true };
    projects.push(project.name);
    const m = composeManifest('svc', project);
    m.dc!.build = { context: dir, dockerfile: join(dir, 'Dockerfile'), ignores: [] };
    const ex = new ComposeExecutor(m, { docker, compose, images: new ImageBuilder({ docker, processes: nodeProcesses, env }), downDone: new Set() });
    const ctx = recordingContext();
    try {
      await ex.update(ctx, { reason: 'initial', files: [] });
      expect(ctx.text()).toContain('Building svc with Docker Compose');
      // healthy before the update returns (compose v2 waits itself with --wait)
      expect(ctx.lastRuntime()).toEqual({ status: 'ok', error: null });
      expect(ctx.runtime.some((r) => r.status === 'pending')).toBe(true);
      const first = containersOf(project.name);
      await ex.update(ctx, { reason: 'trigger', files: [] });
      expect(ctx.text()).toContain('Removing the svc container (forced update)');
      const second = containersOf(project.name);
      expect(second).toHaveLength(1);
      expect(second).not.toEqual(first);
    } catch (e) {
      // compose's own words, for a failure only seen under load
      const file = join(tmpdir(), `tiltjs-compose-managed-${process.pid}.log`);
      writeFileSync(file, ctx.text());
      throw new Error(`${(e as Error).message}\n(executor log: ${file})`);
    } finally {
      await ex.stop();
      await ex.down(recordingContext());
    }
    expect(containersOf(project.name)).toEqual([]);
  });
});
