// The ignore rules of an image build (reference §1.2, §7.3), resolved when a manifest uses
// the image: for each watched directory (docker_build's context, custom_build's deps),
// the ignore= patterns, the only= patterns, and one .dockerignore file:
// `<dockerfile>.dockerignore` when it exists, else `<dir>/.dockerignore`. That file is a
// config file even when missing, so creating it re-runs the Tiltfile.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext } from '../../../builtins/kit/index.js';
import { familiarString, onlyPatterns, type ImageDecl } from '../../../builtins/tilt/images/index.js';
import { readDockerignore } from '../../../builtins/tilt/images/dockerignore.js';
import type { Dockerignore } from '../../model/index.js';
import { AssemblyError } from './index.js';

// Missing files are the common case here, so stat without throwing (an exception per
// image is a noticeable part of a large Tiltfile's load).
function isDir(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

export function imageDockerignores(cx: LoadContext, decl: ImageDecl): Dockerignore[] {
  const t = decl.target;
  const ref = familiarString(decl.selector);
  const source = `${t.kind === 'docker' ? 'docker_build' : 'custom_build'}(${JSON.stringify(ref)})`;
  const dirs = t.kind === 'docker' ? [t.context] : t.deps;
  const only = onlyPatterns(t.kind === 'docker' ? t.only : []);
  const out: Dockerignore[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (dir === '' || seen.has(dir)) continue;
    seen.add(dir);
    if (!isDir(dir)) continue;
    if (t.ignores.length > 0) out.push({ localPath: dir, source: `${source} ignores=`, patterns: [...t.ignores] });
    if (only.length > 0) out.push({ localPath: dir, source: `${source} only=`, patterns: only });
    let file = join(dir, '.dockerignore');
    if (decl.dockerfilePath && exists(`${decl.dockerfilePath}.dockerignore`)) file = `${decl.dockerfilePath}.dockerignore`;
    cx.recordConfigFile(file);
    if (!exists(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new AssemblyError(`Reading dockerignore for ${ref}: ${(e as Error).message}`);
    }
    out.push({ localPath: dir, source: file, patterns: readDockerignore(text) });
  }
  return out;
}
