// default_registry at run time: a build under a registry repository is tagged there and
// pushed to a real local registry (Debian's docker-registry, started for the test).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerodeClient } from '../../../src/adapters/docker/dockerode.js';
import { nodeProcesses } from '../../../src/adapters/proc/node-processes.js';
import { ImageBuilder } from '../../../src/engine/executors/image-build.js';
import { clusterRef, hasRegistry, pushImage } from '../../../src/engine/executors/image-build-push.js';
import { BASE_IMAGE, noDocker } from '../../adapters/docker/require-docker.js';
import { recordingContext, until } from './fake-context.js';
import { dockerTarget } from './targets.js';

const registryBin = spawnSync('sh', ['-c', 'command -v docker-registry'], { encoding: 'utf8' }).stdout.trim();
if (!registryBin && process.env.TILTJS_REQUIRE_DOCKER) throw new Error('TILTJS_REQUIRE_DOCKER is set but docker-registry is not installed');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(noDocker || !registryBin)('pushing to a registry (Docker + docker-registry)', () => {
  let dir: string;
  let port: number;
  let registry: ChildProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tiltjs-push-'));
    port = await freePort();
    writeFileSync(
      join(dir, 'config.yml'),
      `version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\nhttp:\n  addr: 127.0.0.1:${port}\n`,
    );
    registry = spawn(registryBin, ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
    await until(async () => (await fetch(`http://127.0.0.1:${port}/v2/`).catch(() => null))?.ok === true, 15_000, 'registry up');
  });

  afterAll(() => {
    registry?.kill('SIGKILL');
    spawnSync('sh', ['-c', `docker images --format '{{.Repository}}:{{.Tag}}' | grep '^localhost:${port}/' | xargs -r docker rmi -f`]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('tags the build under the registry repository and pushes it', { timeout: 60_000 }, async () => {
    writeFileSync(join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN echo pushed > /pushed\n`);
    const img = dockerTarget(`tiltjs-test-push-${process.pid}`, dir, { localRef: `localhost:${port}/tiltjs-test-push-${process.pid}`, clusterRef: `registry.cluster:5000/tiltjs-test-push-${process.pid}` });
    expect(hasRegistry(img)).toBe(true);
    const docker = new DockerodeClient();
    const ctx = recordingContext();
    const builder = new ImageBuilder({ docker, processes: nodeProcesses, env: () => ({}), push: (c, _i, built) => pushImage(c, docker, built) });
    const built = (await builder.buildAll(ctx, [img], { force: false, files: [] })).get(img.id)!;
    expect(built.ref).toMatch(new RegExp(`^localhost:${port}/tiltjs-test-push-${process.pid}:tilt-[0-9a-f]{16}$`));
    expect(clusterRef(img, built)).toBe(`registry.cluster:5000/tiltjs-test-push-${process.pid}:${built.ref.split(':').pop()}`);
    const tags = (await (await fetch(`http://127.0.0.1:${port}/v2/tiltjs-test-push-${process.pid}/tags/list`)).json()) as { tags: string[] };
    expect(tags.tags).toEqual([built.ref.split(':').pop()]);
    expect(ctx.text()).toContain(`Pushing ${built.ref}`);
  });
});
