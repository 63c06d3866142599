// What each resource watches: a set of root paths and the patterns excluded below them
// (reference §7.3). The Tiltfile watches its config files.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImageTarget, Manifest } from '../../model/index.js';
import { gitDirsOf, PatternSet } from './ignore.js';

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

export function imageWatchSpec(owner: string, img: ImageTarget, tiltfile: string): WatchSpec {
  if (img.kind === 'docker') {
    const ignores = [new PatternSet(img.context, [...dockerignorePatterns(img.context, img.dockerfile), ...img.ignores, ...img.only])];
    for (const g of gitDirsOf([img.context])) ignores.push(new PatternSet(g, ['**']));
    return { owner, roots: [img.context], ignores, excludeFiles: [img.dockerfile, tiltfile].filter(Boolean), imageId: img.id };
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
  for (const img of m.images) specs.push(imageWatchSpec(m.name, img, tiltfile));
  if (m.k8s?.customDeploy) {
    const cd = m.k8s.customDeploy;
    specs.push({ owner: m.name, roots: cd.deps, ignores: gitDirsOf(cd.deps).map((g) => new PatternSet(g, ['**'])), excludeFiles: [] });
  }
  return specs;
}
