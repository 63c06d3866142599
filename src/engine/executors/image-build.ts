// Building a resource's images (reference §7.2): dependencies first, each one reused from
// earlier in the session when nothing it is built from changed, otherwise built with
// docker_build or custom_build and given its `tilt-<hash>` tag. Shared by every executor
// that deploys images, so an image two resources use is built once.

import { createHash } from 'node:crypto';
import type { DockerClient } from '../../adapters/docker/port.js';
import type { ProcessRunner } from '../../adapters/proc/port.js';
import type { ImageTarget } from '../../model/index.js';
import { UpdateError, type ExecutorContext } from '../executor.js';
import { customBuild } from './custom-build.js';
import { ImageCache, touchedSince, type BuiltImage } from './image-build-cache.js';
import { dockerBuild, readDockerfile } from './image-build-docker.js';

export type { BuiltImage } from './image-build-cache.js';

export interface ImageBuildServices {
  docker: DockerClient;
  processes: ProcessRunner;
  /** environment of build commands (TILT_HOST, ...) */
  env: () => Record<string, string>;
  /** pushes a built image when a registry is configured (not for Docker Compose) */
  push?: (ctx: ExecutorContext, img: ImageTarget, built: BuiltImage) => Promise<void>;
}

export interface ImageBuildRequest {
  /** a manual trigger: rebuild everything */
  force: boolean;
  /** changed files that led to this update */
  files: string[];
}

/** custom_build(command=':') with a live update: never built (reference §1.2, special case). */
export function isLiveUpdateOnly(img: ImageTarget): boolean {
  if (img.liveUpdateOnly) return true;
  if (img.kind !== 'custom' || img.liveUpdate.length === 0) return false;
  const c = img.command;
  return (c.length === 1 && c[0] === ':') || (c.length === 3 && c[0] === 'sh' && c[1] === '-c' && c[2].trim() === ':');
}

/** The image a resource deploys: the one no other image of the resource is built from. */
export function deployedImage(images: ImageTarget[]): ImageTarget | undefined {
  const deps = new Set(images.flatMap((i) => i.imageDeps));
  const top = images.filter((i) => !deps.has(i.id));
  return top[top.length - 1];
}

export class ImageBuilder {
  readonly cache = new ImageCache();

  constructor(private readonly s: ImageBuildServices) {}

  private fingerprint(img: ImageTarget, deps: BuiltImage[]): string {
    const h = createHash('sha256').update(JSON.stringify(img));
    if (img.kind === 'docker') {
      try {
        h.update(readDockerfile(img));
      } catch {
        // reported by the build itself
      }
    }
    for (const d of deps) h.update(`\0${d.targetId}=${d.ref}`);
    return h.digest('hex');
  }

  private async reusable(img: ImageTarget, fp: string, req: ImageBuildRequest): Promise<BuiltImage | null> {
    const prev = this.cache.get(img.id);
    if (req.force || !prev || prev.fingerprint !== fp) return null;
    if (touchedSince(img, req.files, prev.startedAt)) return null;
    // Custom builds that skip local Docker are assumed to still exist.
    if (prev.imageId === '') return prev;
    const id = await this.s.docker.imageId(prev.ref).catch(() => null);
    return id === prev.imageId ? prev : null;
  }

  /** Builds (or reuses) every image, dependencies first; results by target id. */
  async buildAll(ctx: ExecutorContext, images: ImageTarget[], req: ImageBuildRequest): Promise<Map<string, BuiltImage>> {
    const results = new Map<string, BuiltImage>();
    const reused: BuiltImage[] = [];
    for (const img of images) {
      if (ctx.signal.aborted) throw new UpdateError('update cancelled');
      const deps = img.imageDeps.map((id) => results.get(id)).filter((d): d is BuiltImage => d !== undefined);
      if (isLiveUpdateOnly(img)) {
        results.set(img.id, { targetId: img.id, ref: img.ref, imageId: '', startedAt: 0, fingerprint: '' });
        continue;
      }
      const fp = this.fingerprint(img, deps);
      const prev = await this.reusable(img, fp, req);
      if (prev) {
        results.set(img.id, prev);
        reused.push(prev);
        continue;
      }
      if (reused.length > 0) this.logReused(ctx, reused.splice(0));
      const built = await this.buildOne(ctx, img, deps, fp, images);
      results.set(img.id, built);
    }
    if (reused.length > 0) this.logReused(ctx, reused);
    return results;
  }

  private logReused(ctx: ExecutorContext, list: BuiltImage[]): void {
    ctx.log(`Loading cached images\n${list.map((b) => `- ${b.ref}\n`).join('')}`);
  }

  private async buildOne(ctx: ExecutorContext, img: ImageTarget, deps: BuiltImage[], fp: string, all: ImageTarget[]): Promise<BuiltImage> {
    const startedAt = Date.now();
    const env = this.s.env();
    let r: { ref: string; imageId: string };
    if (img.kind === 'docker') {
      const byId = new Map(all.map((i) => [i.id, i]));
      const named = deps.map((d) => {
        const t = byId.get(d.targetId);
        const selector = t?.normalizedRef ?? d.ref;
        return { selector, exact: t?.matchExact ?? false, ref: d.ref };
      });
      r = await dockerBuild(ctx, this.s.docker, img, named, env);
    } else {
      r = await customBuild(ctx, this.s, img, deps.map((d) => ({ targetId: d.targetId, ref: d.ref })), env);
    }
    const built: BuiltImage = { targetId: img.id, ref: r.ref, imageId: r.imageId, startedAt, fingerprint: fp };
    ctx.log(`Successfully built ${r.ref}\n`);
    // A custom build that pushes by itself, or never lands in local Docker, is not pushed.
    const pushes = img.kind === 'docker' || (!img.disablePush && !img.skipsLocalDocker);
    if (this.s.push && pushes) await this.s.push(ctx, img, built);
    this.cache.set(built);
    return built;
  }
}
