// Image reuse within one session (reference §7.2): an image target built successfully is
// not rebuilt when a resource updates for another reason, unless its definition, a
// dependency or a file it is built from changed since that build started.

import { statSync } from 'node:fs';
import type { ImageTarget } from '../../model/index.js';
import { isUnder } from '../watch/ignore.js';
import { imageExcludes, makeExcluder } from './image-build-context.js';

export interface BuiltImage {
  /** the image target id (image:...) */
  targetId: string;
  /** what deploys use, e.g. `app:tilt-0123456789abcdef` */
  ref: string;
  /** the image id in local Docker ('' when the build never lands there) */
  imageId: string;
  /** when the build started (ms): files modified later may not be in it */
  startedAt: number;
  /** the target's definition and its dependencies' refs, as built */
  fingerprint: string;
}

export class ImageCache {
  private readonly built = new Map<string, BuiltImage>();

  get(targetId: string): BuiltImage | undefined {
    return this.built.get(targetId);
  }

  set(b: BuiltImage): void {
    this.built.set(b.targetId, b);
  }

  forget(targetId: string): void {
    this.built.delete(targetId);
  }
}

/** The directories an image is built from: its context, or a custom build's deps. */
export function imageRoots(img: ImageTarget): string[] {
  return img.kind === 'docker' ? [img.context] : img.deps;
}

/**
 * Whether any of `files` may have changed what the image is built from since `since`:
 * a file under the image's roots, not excluded, and modified at or after `since` (or
 * deleted: a deletion leaves no time to compare).
 */
export function touchedSince(img: ImageTarget, files: string[], since: number): boolean {
  const roots = imageRoots(img);
  const ex = makeExcluder(imageExcludes(img), [], roots);
  for (const root of roots) {
    for (const f of files) {
      if (!isUnder(f, root) || ex.excluded(f)) continue;
      let mtime: number;
      try {
        const st = statSync(f);
        mtime = Math.max(st.mtimeMs, st.ctimeMs);
      } catch {
        return true;
      }
      if (mtime >= since) return true;
    }
  }
  return false;
}
