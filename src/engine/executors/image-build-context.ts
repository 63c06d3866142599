// What goes into a docker_build context (reference §1.2): every file under the context
// directory except those excluded by the image's .dockerignore, ignore= and only=, the
// Tiltfile itself and `.git` of a repository root. Also used by live update's initial
// sync, which copies the same files a build would see.

import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArchiveEntry } from '../../adapters/docker/port.js';
import type { ImageTarget } from '../../model/index.js';
import { PatternSet } from '../watch/ignore.js';
import { dockerignorePatterns } from '../watch/specs.js';

/** only= paths as exclusion patterns: everything, except each listed path. */
export function onlyPatterns(only: string[]): string[] {
  if (only.length === 0) return [];
  return ['**', ...only.map((p) => `!${p}`)];
}

/** One rule set: dockerignore-syntax patterns relative to `base`. */
export interface RuleSet {
  base: string;
  patterns: string[];
}

/**
 * The exclusion rule sets of an image's context or deps. Each set is matched on its own (a
 * path is out when any set excludes it): an only= exception must not re-include what the
 * .dockerignore or ignore= leave out. Assembly fills `dockerignores`; targets made without
 * it (tests, older loaders) get the same sets computed here.
 */
export function imageExcludes(img: ImageTarget): RuleSet[] {
  if (img.dockerignores && img.dockerignores.length > 0) {
    return img.dockerignores.map((d) => ({ base: d.localPath, patterns: d.patterns }));
  }
  const dirs = img.kind === 'docker' ? [img.context] : img.deps;
  const sets: RuleSet[] = [];
  for (const dir of dirs) {
    if (img.ignores.length > 0) sets.push({ base: dir, patterns: img.ignores });
    if (img.kind === 'docker' && img.only.length > 0) sets.push({ base: dir, patterns: onlyPatterns(img.only) });
    const own = img.kind === 'docker' ? dockerignorePatterns(img.context, img.dockerfile) : dockerignorePatterns(dir, '');
    if (own.length > 0) sets.push({ base: dir, patterns: own });
  }
  return sets;
}

export interface Excluder {
  /** whether an absolute path is left out */
  excluded(path: string): boolean;
  /** whether an excluded directory can be skipped whole (no `!` exception may re-include a file below it) */
  prune(dir: string): boolean;
}

/** An excluder for the rule sets, plus exact files and `.git` of the given repository roots. */
export function makeExcluder(sets: RuleSet[], excludeFiles: string[], roots: string[] = []): Excluder {
  const compiled = sets.map((r) => ({ set: new PatternSet(r.base, r.patterns), negates: r.patterns.some((p) => p.trim().startsWith('!')) }));
  const gitDirs = roots.map((r) => join(r, '.git'));
  const files = new Set(excludeFiles);
  const fixed = (p: string) => files.has(p) || gitDirs.some((g) => p === g || p.startsWith(g + sep));
  return {
    excluded: (p) => fixed(p) || compiled.some((s) => s.set.matches(p)),
    prune: (d) => fixed(d) || compiled.some((s) => !s.negates && s.set.matches(d)),
  };
}

function toName(base: string, path: string, prefix: string): string {
  const rel = relative(base, path).split(sep).join('/');
  if (!prefix) return rel;
  const dir = prefix.replace(/\/+$/, '');
  return rel === '' ? dir : `${dir}/${rel}`;
}

/** One path as an archive entry named `name` (null when it vanished or is not a plain file/dir/link). */
export function entryFor(path: string, name: string): ArchiveEntry | null {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return null;
  }
  const base = { name, mode: st.mode, mtime: st.mtime };
  if (st.isSymbolicLink()) return { ...base, type: 'symlink', linkname: readlinkSync(path) };
  if (st.isDirectory()) return { ...base, type: 'directory' };
  if (st.isFile()) return { ...base, type: 'file', source: path, size: st.size };
  return null;
}

/**
 * Entries for `root` and everything below it that the excluder keeps, named relative to
 * `base` and prefixed with `prefix` (a container path for live update, '' for contexts).
 */
export function collectTree(root: string, base: string, ex: Excluder, prefix = ''): ArchiveEntry[] {
  const out: ArchiveEntry[] = [];
  const visit = (path: string, top: boolean): void => {
    const skip = !top && ex.excluded(path);
    const e = entryFor(path, toName(base, path, prefix));
    if (!e) return;
    if (e.type !== 'directory') {
      if (!skip) out.push(e);
      return;
    }
    if (skip && ex.prune(path)) return;
    if (!skip && e.name !== '') out.push(e);
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch {
      return;
    }
    for (const n of names) visit(join(path, n), false);
  };
  visit(root, root === base);
  return out;
}
