// The engine driving the real Compose executor: a file changed while a live update runs is
// applied by the next live update — nothing is dropped, and nothing needs a rebuild.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ComposeCliRunner } from '../../../src/adapters/compose/cli.js';
import { DockerodeClient } from '../../../src/adapters/docker/dockerode.js';
import { nodeProcesses } from '../../../src/adapters/proc/node-processes.js';
import { Engine } from '../../../src/engine/engine.js';
import { ComposeExecutor } from '../../../src/engine/executors/compose.js';
import { ImageBuilder } from '../../../src/engine/executors/image-build.js';
import { executorFactory } from '../../../src/engine/executors/index.js';
import { BASE_IMAGE, noDocker, removeImages } from '../../adapters/docker/require-docker.js';
import { loadResult } from '../helpers.js';
import { until } from './fake-context.js';
import { composeManifest, composeProject, dockerTarget } from './targets.js';

const root = mkdtempSync(join(tmpdir(), 'tiltjs-compose-engine-'));
const project = `tiltjs-test-engine-${process.pid}`;

afterAll(() => {
  for (const label of [project, project.replace(/[^a-z0-9]/g, '')]) {
    const ids = spawnSync('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${label}`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    for (const id of ids) spawnSync('docker', ['rm', '-f', id]);
    spawnSync('docker', ['network', 'rm', `${label}_default`]);
  }
  removeImages(project);
  rmSync(root, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const get = (port: number, path: string) =>
  fetch(`http://127.0.0.1:${port}${path}`)
    .then((r) => (r.ok ? r.text() : `HTTP ${r.status}`))
    .catch(() => 'ERR');

describe.skipIf(noDocker)('engine + compose executor (Docker)', () => {
  it('applies an edit made during a live update in the next one', { timeout: 120_000 }, async () => {
    const port = await freePort();
    mkdirSync(join(root, 'www'), { recursive: true });
    writeFileSync(join(root, 'www/index.html'), 'v1');
    writeFileSync(join(root, 'Dockerfile'), `FROM ${BASE_IMAGE}\nCOPY www /www\nCMD ["httpd", "-f", "-p", "8000", "-h", "/www"]\n`);
    writeFileSync(join(root, 'docker-compose.yml'), `services:\n  web:\n    image: ${project}\n    ports: ["127.0.0.1:${port}:8000"]\n`);
    const img = dockerTarget(project, root, {
      liveUpdate: [
        { type: 'sync', localPath: 'www', remotePath: '/www' },
        // slow enough that the second edit lands while this update runs
        { type: 'run', cmd: ['sleep', '1'], triggers: [], echoOff: false },
      ],
    });
    const manifest = composeManifest('web', composeProject(project, root), [img]);
    const env = () => ({ ...(process.env as Record<string, string>) });
    const docker = new DockerodeClient();
    const shared = { docker, compose: new ComposeCliRunner(nodeProcesses, env), images: new ImageBuilder({ docker, processes: nodeProcesses, env }), downDone: new Set<string>() };
    const engine = new Engine({
      args: [],
      executors: executorFactory({ processes: nodeProcesses, env, compose: (m) => new ComposeExecutor(m, shared) }),
      loadTiltfile: async () => loadResult([manifest], { tiltfilePath: join(root, 'Tiltfile') }),
    });
    const view = () => engine.views().find((v) => v.name === 'web')!;
    try {
      await engine.start();
      await until(() => view().runtimeStatus === 'ok', 60_000, 'the service to run');
      await until(async () => (await get(port, '/index.html')) === 'v1', 10_000, 'v1');

      writeFileSync(join(root, 'www/a.html'), 'a');
      engine.fileChanged([join(root, 'www/a.html')]);
      await until(() => view().updateStatus === 'in_progress', 10_000, 'the live update to start');
      writeFileSync(join(root, 'www/b.html'), 'b');
      engine.fileChanged([join(root, 'www/b.html')]);
      await until(async () => (await get(port, '/b.html')) === 'b', 20_000, 'the second edit to be served');
      expect(await get(port, '/a.html')).toBe('a');
      await until(() => view().updateStatus === 'ok' && !view().pendingChanges, 10_000, 'the updates to settle');
      const lines = engine.logs.lines('web').map((l) => l.text);
      expect(lines.filter((l) => l.startsWith('Building Dockerfile'))).toHaveLength(1);
      expect(lines.filter((l) => l.includes('→ Container'))).toHaveLength(2);
      expect(view().buildCount).toBe(3);
    } finally {
      await engine.stop();
      await engine.downManifests([manifest]);
    }
  });
});
