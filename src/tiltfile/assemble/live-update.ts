// Live-update checks after the manifests exist (reference §4.1): restart_container() is
// refused in Kubernetes resources, every sync source and fall_back_on path of a deployed
// image must lie under what the image (or one of its bases) watches, and every step
// created must have been used by some live_update=.

import { join } from 'node:path';
import type { LoadContext } from '../../../builtins/kit/index.js';
import { goStringSlice, isChildOf } from '../../../builtins/tilt/images/go-path.js';
import { UNUSED_STEPS, restartsContainer } from '../../../builtins/tilt/live-update/index.js';
import type { ImageTarget, Manifest } from '../../model/index.js';
import { deployedImages } from './images.js';
import { AssemblyError } from './index.js';

function restartContainerDeprecation(names: string[]): string {
  return (
    `Found \`restart_container()\` LiveUpdate step in resource(s): [${names.join(', ')}]. ` +
    '`restart_container()`  has been deprecated for k8s resources. We recommend the restart_process extension: ' +
    'https://github.com/tilt-dev/tilt-extensions/tree/master/restart_process. For more information, see ' +
    'https://docs.tilt.dev/live_update_reference.html#restarting-your-process'
  );
}

/** What one target watches: its context or deps, deduplicated and sorted. */
function ownWatchedPaths(t: ImageTarget): string[] {
  const paths = t.kind === 'docker' ? [t.context] : t.deps;
  return [...new Set(paths)].sort();
}

/** The watched paths of a target and its bases, bases first (a post-order walk). */
function watchedPaths(t: ImageTarget, byId: Map<string, ImageTarget>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (x: ImageTarget): void => {
    if (seen.has(x.id)) return;
    seen.add(x.id);
    for (const d of x.imageDeps) {
      const dep = byId.get(d);
      if (dep) visit(dep);
    }
    out.push(...ownWatchedPaths(x));
  };
  visit(t);
  return out;
}

function checkWatched(t: ImageTarget, byId: Map<string, ImageTarget>): void {
  const watched = watchedPaths(t, byId);
  const inside = (p: string): boolean => watched.some((w) => isChildOf(w, p));
  for (const step of t.liveUpdate) {
    if (step.type === 'sync') {
      const p = join(t.basePath, step.localPath);
      if (!inside(p)) throw new AssemblyError(`sync step source '${p}' is not a child of any watched filepaths (${goStringSlice(watched)})`);
    }
  }
  for (const step of t.liveUpdate) {
    if (step.type !== 'fall_back_on') continue;
    for (const rel of step.paths) {
      const p = join(t.basePath, rel);
      if (!inside(p)) throw new AssemblyError(`fall_back_on paths '${p}' is not a child of any watched filepaths (${goStringSlice(watched)})`);
    }
  }
}

export function checkLiveUpdates(cx: LoadContext, manifests: Manifest[]): void {
  const restarting = manifests.filter((m) => m.type === 'k8s' && m.images.some((t) => restartsContainer(t.liveUpdate)));
  if (restarting.length > 0) throw new AssemblyError(restartContainerDeprecation(restarting.map((m) => m.name)));

  for (const m of manifests) {
    const byId = new Map(m.images.map((t) => [t.id, t]));
    for (const t of deployedImages(m.images)) {
      if (t.liveUpdate.length > 0) checkWatched(t, byId);
    }
  }

  const unused = [...cx.get(UNUSED_STEPS).values()];
  if (unused.length > 0) {
    const lines = unused.map((s) => `${s.pos}: value '${s.describe()}' of type '${s.typeName}'`);
    throw new AssemblyError(
      `found ${unused.length} live_update steps that were created but not used in a live_update:\n${lines.join('\n\t')}`,
    );
  }
}
