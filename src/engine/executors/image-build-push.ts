// default_registry at run time (reference §1.2, §3.3). Assembly has already rewritten each
// image's repositories: builds are tagged under `localRef` (what Docker pushes) and deploy
// configs name `clusterRef` (what the cluster pulls). Docker Compose never pushes; a
// Kubernetes executor calls pushImage for clusters that cannot see the local images.

import type { DockerClient } from '../../adapters/docker/port.js';
import type { ImageTarget } from '../../model/index.js';
import { UpdateError, type ExecutorContext } from '../executor.js';
import type { BuiltImage } from './image-build-cache.js';
import { familiarName, parseRef } from './image-build-ref.js';

/** Whether default_registry() moved the image to a registry (its push repository differs from its name). */
export function hasRegistry(img: ImageTarget): boolean {
  return img.localRef !== '' && img.localRef !== familiarName(parseRef(img.normalizedRef));
}

/** The ref deploy configs get for a built image: the cluster-side repository with the built tag. */
export function clusterRef(img: ImageTarget, built: BuiltImage): string {
  const tag = parseRef(built.ref).tag;
  return img.clusterRef && tag && img.localRef !== '' && built.ref.startsWith(`${img.localRef}:`) ? `${img.clusterRef}:${tag}` : built.ref;
}

/** Pushes a built image to its registry. */
export async function pushImage(ctx: ExecutorContext, docker: DockerClient, built: BuiltImage): Promise<void> {
  ctx.log(`Pushing ${built.ref}\n`);
  try {
    await docker.push(built.ref, (t) => ctx.log(t), ctx.signal);
  } catch (e) {
    throw new UpdateError(`pushing ${built.ref}: ${(e as Error).message}`);
  }
}
