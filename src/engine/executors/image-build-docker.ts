// docker_build through the Engine API: the context streamed as a tar (honouring the
// image's .dockerignore, ignore= and only=), the Dockerfile with dependency images
// substituted, then the content-addressed `tilt-<hash>` tag and any extra tags.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveEntry, DockerClient } from '../../adapters/docker/port.js';
import type { DockerBuildTarget } from '../../model/index.js';
import { UpdateError, type ExecutorContext } from '../executor.js';
import { collectTree, imageExcludes, makeExcluder } from './image-build-context.js';
import { substituteDeps, type BuiltDep } from './image-build-dockerfile.js';
import { contentTag, familiarName, parseRef } from './image-build-ref.js';

/** The Dockerfile text the build uses (before dependency substitution). */
export function readDockerfile(img: DockerBuildTarget): string {
  if (img.dockerfileContents !== null) return img.dockerfileContents;
  try {
    return readFileSync(img.dockerfile, 'utf8');
  } catch (e) {
    throw new UpdateError(`error reading dockerfile: ${(e as Error).message}`);
  }
}

/** build_args as the daemon takes them: an empty value means "take it from the environment". */
export function daemonBuildArgs(args: Record<string, string>, env: Record<string, string>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(args)) out[k] = v !== '' ? v : (env[k] ?? null);
  return out;
}

function unsupported(img: DockerBuildTarget): string | null {
  if (img.ssh.length > 0) return 'docker_build(ssh=...)';
  if (img.secret.length > 0) return 'docker_build(secret=...)';
  return null;
}

/**
 * The context entries plus the generated Dockerfile. The Dockerfile goes in under a name
 * of its own, with a .dockerignore naming it, so the daemon reads it but leaves it out of
 * what COPY sees (the user's files were already filtered here).
 */
export function buildContext(img: DockerBuildTarget, dockerfile: string): { entries: ArchiveEntry[]; dockerfileName: string } {
  const name = `.tiltjs-Dockerfile-${createHash('sha256').update(dockerfile).digest('hex').slice(0, 12)}`;
  const ex = makeExcluder(imageExcludes(img), [join(img.basePath, 'Tiltfile'), join(img.context, '.dockerignore')], [img.context]);
  const entries = collectTree(img.context, img.context, ex);
  const now = new Date();
  entries.push({ type: 'file', name, mode: 0o644, mtime: now, contents: Buffer.from(dockerfile) });
  entries.push({ type: 'file', name: '.dockerignore', mode: 0o644, mtime: now, contents: Buffer.from(`${name}\n.dockerignore\n`) });
  return { entries, dockerfileName: name };
}

export interface DockerBuildResult {
  ref: string;
  imageId: string;
}

export async function dockerBuild(
  ctx: ExecutorContext,
  docker: DockerClient,
  img: DockerBuildTarget,
  deps: BuiltDep[],
  env: Record<string, string>,
): Promise<DockerBuildResult> {
  const what = unsupported(img);
  if (what) throw new UpdateError(`${what}: not supported by tiltjs yet (it needs BuildKit; tiltjs builds with the classic builder)`);
  const buildArgs = daemonBuildArgs(img.buildArgs, env);
  const dockerfile = substituteDeps(readDockerfile(img), buildArgs, deps);
  const { entries, dockerfileName } = buildContext(img, dockerfile);
  const platform = img.platform || env.DOCKER_DEFAULT_PLATFORM || '';
  ctx.log(`Building Dockerfile for ${img.ref}${platform ? ` (platform ${platform})` : ''}: ${entries.length - 2} context entries\n`);
  let imageId: string;
  try {
    imageId = await docker.build({
      context: entries,
      dockerfile: dockerfileName,
      buildArgs,
      target: img.target,
      network: img.network,
      platform,
      cacheFrom: img.cacheFrom,
      pull: img.pull,
      extraHosts: img.extraHosts,
      onOutput: (t) => ctx.log(t),
      signal: ctx.signal,
    });
  } catch (e) {
    if (ctx.signal.aborted) throw new UpdateError(`Build of ${img.ref} cancelled`);
    throw new UpdateError(`Build Failed: ${(e as Error).message}`);
  }
  const repo = img.localRef || familiarName(parseRef(img.normalizedRef));
  const tag = img.tagPrefix + contentTag(imageId);
  await docker.tag(imageId, repo, tag);
  for (const extra of img.extraTags) {
    const p = parseRef(extra);
    await docker.tag(imageId, familiarName(p), p.tag || 'latest');
  }
  return { ref: `${repo}:${tag}`, imageId };
}
