// Which image a compose service runs (reference §3.6): a Tilt build whose selector
// matches the service's image ref (dc_resource(image=) over `image:`, else the default
// `<project>_<service>`) is built by Tilt; otherwise a `build:` section makes a
// compose-managed build; otherwise compose pulls the image.

import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { LoadContext } from '../../../builtins/kit/index.js';
import type { ComposeProjectState, ComposeService } from '../../../builtins/tilt/compose/index.js';
import { IMAGES } from '../../../builtins/tilt/images/state.js';
import { findImageTarget } from '../../../builtins/tilt/images/ref.js';
import type { ComposeBuild, ImageTarget } from '../../model/index.js';
import { AssemblyError } from './index.js';

/** The ref that pairs a service with a build. */
export function serviceImageRef(st: ComposeProjectState, svc: ComposeService): string {
  return svc.options.imageRef ?? (svc.image !== '' ? svc.image : `${st.project.name}_${svc.serviceName}`);
}

/** A build target with the targets it is built from, dependencies first, each once. */
function withDependencies(cx: LoadContext, target: ImageTarget): ImageTarget[] {
  const byId = new Map(cx.get(IMAGES).map((d) => [d.target.id, d.target]));
  const out: ImageTarget[] = [];
  const seen = new Set<string>();
  const visit = (t: ImageTarget): void => {
    if (seen.has(t.id)) return;
    seen.add(t.id);
    for (const dep of t.imageDeps) {
      const d = byId.get(dep);
      if (d) visit(d);
    }
    out.push(t);
  };
  visit(target);
  return out;
}

/** The Tilt-built images a service deploys; fails on entrypoint overrides compose cannot honour. */
export function tiltImagesFor(cx: LoadContext, st: ComposeProjectState, svc: ComposeService): ImageTarget[] {
  const target = findImageTarget(cx, serviceImageRef(st, svc));
  if (!target) return [];
  const images = withDependencies(cx, target);
  if (images.some((t) => t.entrypoint.length > 0)) {
    throw new AssemblyError('docker_build/custom_build.entrypoint not supported for Docker Compose resources');
  }
  return images;
}

function readIgnorePatterns(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * The compose-managed build of a service with a `build:` section. Its dockerignore
 * (`<Dockerfile>.dockerignore` when present, else `<context>/.dockerignore`) is watched.
 */
export function composeBuildFor(cx: LoadContext, svc: ComposeService): ComposeBuild | null {
  const b = svc.build;
  if (!b) return null;
  if (!isAbsolute(b.context)) return { context: b.context, dockerfile: '', ignores: [] };
  const dockerfile = isAbsolute(b.dockerfile) ? b.dockerfile : join(b.context, b.dockerfile || 'Dockerfile');
  const specific = `${dockerfile}.dockerignore`;
  const ignoreFile = existsSync(specific) ? specific : join(b.context, '.dockerignore');
  cx.recordConfigFile(ignoreFile);
  return { context: b.context, dockerfile, ignores: readIgnorePatterns(ignoreFile) };
}
