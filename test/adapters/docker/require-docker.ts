// Whether the Docker tests can run. They may skip only on a developer machine without
// Docker: with TILTJS_REQUIRE_DOCKER set (CI sets it), an unreachable daemon or a missing
// base image fails the suite instead.

import { spawnSync } from 'node:child_process';
import { DockerodeClient } from '../../../src/adapters/docker/dockerode.js';

export const BASE_IMAGE = 'tiltjs/busybox:latest';

async function probe(): Promise<string | null> {
  const docker = new DockerodeClient();
  try {
    await docker.ping();
  } catch (e) {
    return `Docker unreachable: ${(e as Error).message}`;
  }
  if ((await docker.imageId(BASE_IMAGE)) === null) return `base image ${BASE_IMAGE} missing (created by .ci/run)`;
  return null;
}

const problem = await probe();
if (problem && process.env.TILTJS_REQUIRE_DOCKER) {
  throw new Error(`TILTJS_REQUIRE_DOCKER is set but ${problem}`);
}

/** true when the Docker tests should be skipped */
export const noDocker = problem !== null;

/** Removes every tag of the given repositories (untagging only: an image shared with a running test stays). */
export function removeImages(...repos: string[]): void {
  for (const repo of repos) {
    const r = spawnSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', repo], { encoding: 'utf8' });
    const tags = r.stdout.split('\n').filter((t) => t && !t.endsWith(':<none>'));
    if (tags.length > 0) spawnSync('docker', ['rmi', ...tags]);
  }
}
