// Path helpers with Go's path/filepath semantics, where Tilt's messages or stored values
// depend on them (Node's path module differs on "" vs "." and trailing slashes).

import { isAbsolute, posix, relative, resolve } from 'node:path';

/** filepath.Clean: lexical cleanup; "" becomes ".", no trailing slash except for "/". */
export function goClean(p: string): string {
  if (p === '') return '.';
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** filepath.Rel for absolute paths: "." for the same directory. */
export function goRel(base: string, target: string): string {
  return relative(resolve(base), resolve(target)) || '.';
}

/** ospath.IsChild: child equals parent or lies under it. */
export function isChildOf(parent: string, child: string): boolean {
  const rel = goRel(parent, child);
  return !isAbsolute(rel) && !rel.startsWith('..');
}

/** Go's %v of a []string: [a b c]. */
export function goStringSlice(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}
