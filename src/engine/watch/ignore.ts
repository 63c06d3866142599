// Ignore rules for file watching (reference §7.3): editor and tool noise, `.git` under
// watched repo roots, .tiltignore / watch_settings patterns, and per-target dockerignore,
// ignore= and only= patterns. Patterns use Docker's .dockerignore syntax, relative to a
// base directory.

import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as dockerignoreModule from '@balena/dockerignore';

// A CommonJS module whose typings declare a default export: take whichever shape loads.
type Factory = (opts?: { ignorecase?: boolean }) => { add(p: string[]): { ignores(path: string): boolean } };
const dockerignore = ((dockerignoreModule as unknown as { default?: Factory }).default ?? dockerignoreModule) as unknown as Factory;

const EDITOR_NOISE = [
  /___jb_(old|tmp)___$/,
  /(^|\/)\.idea(\/|$)/,
  /(^|\/)\.#[^/]*$/,
  /(^|\/)#[^/]*#$/,
  /(^|\/)flymake_[^/]*\.[^/]*$/,
  /(^|\/)4913$/,
  /~$/,
  /(^|\/)\.[^/]*\.sw[pxon]$/,
  /(^|\/)\.[^/]*\.kate-swp$/,
  /-go-tmp-umask$/,
];

export function isEditorNoise(path: string): boolean {
  return EDITOR_NOISE.some((re) => re.test(path));
}

/** Patterns relative to a base directory, matched with Docker's rules. */
export class PatternSet {
  private readonly matcher;
  constructor(
    readonly base: string,
    readonly patterns: string[],
  ) {
    this.matcher = dockerignore({ ignorecase: false }).add(patterns);
  }
  /** Whether an absolute path is excluded by these patterns (paths outside base never are). */
  matches(path: string): boolean {
    const rel = relative(this.base, path);
    if (rel === '' || rel.startsWith('..')) return false;
    return this.matcher.ignores(rel.split(sep).join('/'));
  }
}

/** `.git` directories of watched roots that are repository roots. */
export function gitDirsOf(roots: string[]): string[] {
  return roots.map((r) => join(r, '.git')).filter((g) => existsSync(g));
}

export function isUnder(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
