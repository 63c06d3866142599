// What each resource watches: a set of root paths and the patterns excluded below them
// (reference §7.3). The Tiltfile watches its config files.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImageTarget, Manifest } from '../../model/index.js';
import { gitDirsOf, isUnder, PatternSet } from './ignore.js';

export interface WatchSpec {
  owner: string;
  roots: string[];
  /** excluded below the roots */
  ignores: PatternSet[];
  /** exact files excluded (Dockerfile, Tiltfile) */
  excludeFiles: string[];
  /** which image target the paths belong to (for live update), if any */
  imageId?: string;
}

function readDockerignore(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The .dockerignore Docker uses for a build: `<dockerfile>.dockerignore`, else `<context>/.dockerignore`. */
export function dockerignorePatterns(context: string, dockerfile: string): string[] {
  if (dockerfile && existsSync(`${dockerfile}.dockerignore`)) return readDockerignore(`${dockerfile}.dockerignore`);
  return readDockerignore(join(context, '.dockerignore'));
}

/**
 * An image's ignore rule sets, each matched on its own (an only= exception must not
 * re-include what .dockerignore or ignore= exclude): assembly's `dockerignores` when filled.
 */
function imageIgnoreSets(img: ImageTarget & { kind: 'docker' }): PatternSet[] {
  if (img.dockerignores && img.dockerignores.length > 0) return img.dockerignores.map((d) => new PatternSet(d.localPath, d.patterns));
  const only = img.only.length > 0 ? ['**', ...img.only.map((p) => `!${p}`)] : [];
  return [dockerignorePatterns(img.context, img.dockerfile), img.ignores, only].filter((l) => l.length > 0).map((l) => new PatternSet(img.context, l));
}

export function imageWatchSpec(owner: string, img: ImageTarget, tiltfile: string, excludeDirs: string[] = []): WatchSpec {
  if (img.kind === 'docker') {
    const ignores = imageIgnoreSets(img);
    for (const g of gitDirsOf([img.context])) ignores.push(new PatternSet(g, ['**']));
    // Compose bind-mount sources reach the container without a build (reference §7.3).
    for (const d of excludeDirs) ignores.push(new PatternSet(d, ['**']));
    // The Dockerfile is watched too (the model carries its path, not its text, so a reload
    // alone would not see an edit); live update sends its changes to a full rebuild.
    const roots = img.dockerfile && !isUnder(img.dockerfile, img.context) ? [img.context, img.dockerfile] : [img.context];
    return { owner, roots, ignores, excludeFiles: [tiltfile, ...excludeDirs].filter(Boolean), imageId: img.id };
  }
  const ignores: PatternSet[] = [];
  for (const dep of img.deps) {
    ignores.push(new PatternSet(dep, [...readDockerignore(join(dep, '.dockerignore')), ...img.ignores]));
  }
  for (const g of gitDirsOf(img.deps)) ignores.push(new PatternSet(g, ['**']));
  const excludeFiles = [tiltfile, img.outputsImageRefTo].filter(Boolean);
  return { owner, roots: img.deps, ignores, excludeFiles, imageId: img.id };
}

export function manifestWatchSpecs(m: Manifest, tiltfile: string): WatchSpec[] {
  const specs: WatchSpec[] = [];
  if (m.local && m.local.deps.length > 0) {
    const base = dirname(tiltfile);
    const ignores = [new PatternSet(base, m.local.ignores)];
    for (const g of gitDirsOf([...m.local.deps, base])) ignores.push(new PatternSet(g, ['**']));
    specs.push({ owner: m.name, roots: m.local.deps, ignores, excludeFiles: [] });
  }
  for (const img of m.images) specs.push(imageWatchSpec(m.name, img, tiltfile, m.dc?.volumeSources ?? []));
  const cb = m.dc?.build;
  if (cb && cb.dockerfile !== '') {
    // A compose-managed build (no Tilt build for the service) rebuilds on its context's changes.
    const ignores = [new PatternSet(cb.context, cb.ignores), ...(m.dc?.volumeSources ?? []).map((d) => new PatternSet(d, ['**']))];
    for (const g of gitDirsOf([cb.context])) ignores.push(new PatternSet(g, ['**']));
    specs.push({ owner: m.name, roots: [cb.context], ignores, excludeFiles: [tiltfile, ...(m.dc?.volumeSources ?? [])] });
  }
  if (m.k8s?.customDeploy) {
    const cd = m.k8s.customDeploy;
    specs.push({ owner: m.name, roots: cd.deps, ignores: gitDirsOf(cd.deps).map((g) => new PatternSet(g, ['**'])), excludeFiles: [] });
  }
  return specs;
}
