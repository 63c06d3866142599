// Go's path/filepath functions (POSIX flavour) that Tilt's os.path module exposes. They
// differ from Node's path module in small visible ways: Clean drops trailing slashes,
// Join skips empty elements and returns "" for no elements, Dir cleans its result, and
// Rel refuses to mix absolute and relative paths.

import { posix } from 'node:path';

/** filepath.Clean. */
export function goClean(p: string): string {
  if (p === '') return '.';
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** filepath.Join: the non-empty elements joined by "/" and cleaned; "" when all are empty. */
export function goJoin(...parts: string[]): string {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : goClean(kept.join('/'));
}

/** filepath.Base. */
export function goBase(p: string): string {
  if (p === '') return '.';
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

/** filepath.Dir. */
export function goDir(p: string): string {
  return goClean(p.slice(0, p.lastIndexOf('/') + 1));
}

/** Tilt's starkit.AbsPath: absolute paths as they are, relative ones joined to `dir`. */
export function goAbsPath(dir: string, p: string): string {
  return p.startsWith('/') ? p : goJoin(dir, p);
}

/** Path elements, the root being one empty element. */
function elements(p: string): string[] {
  if (p === '') return [];
  if (p === '/') return [''];
  return p.split('/');
}

/** filepath.Rel; throws Error("Rel: can't make T relative to B") as Go returns it. */
export function goRel(basepath: string, targpath: string): string {
  const fail = (): never => {
    throw new Error(`Rel: can't make ${targpath} relative to ${basepath}`);
  };
  let base = goClean(basepath);
  const targ = goClean(targpath);
  if (targ === base) return '.';
  if (base === '.') base = '';
  if (base.startsWith('/') !== targ.startsWith('/')) fail();
  const b = elements(base);
  const t = elements(targ);
  // Skip the common leading elements (an absolute path starts with an empty one).
  let k = 0;
  while (k < b.length && k < t.length && b[k] === t[k]) k++;
  const restBase = b.slice(k);
  if (restBase[0] === '..') fail();
  const up = restBase.map(() => '..');
  return [...up, ...t.slice(k)].join('/');
}
