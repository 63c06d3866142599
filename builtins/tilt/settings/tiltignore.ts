// .tiltignore: dockerignore-style patterns next to the main Tiltfile that every file
// watch ignores. Read as Docker reads .dockerignore: comment lines dropped, patterns
// trimmed and cleaned, a leading "/" removed, "!" exceptions kept.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goPathError, isNotExist } from '../files/read.js';
import { goClean } from '../os/go-filepath.js';

export const TILTIGNORE = '.tiltignore';

/** Docker's ignorefile.ReadAll. */
export function parseIgnoreFile(text: string): string[] {
  const out: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line) => {
      if (line.startsWith('#')) return;
      let p = line.trim();
      if (p === '') return;
      const invert = p[0] === '!';
      if (invert) p = p.slice(1).trim();
      if (p !== '') {
        p = goClean(p);
        if (p.length > 1 && p[0] === '/') p = p.slice(1);
      }
      out.push(invert ? '!' + p : p);
    });
  return out;
}

/** The main Tiltfile's ignore patterns: null when there is no .tiltignore; throws Error(Go's text) when it cannot be read. */
export function readTiltignore(dir: string): string[] | null {
  const path = join(dir, TILTIGNORE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (isNotExist(e)) return null;
    throw new Error(goPathError((e as NodeJS.ErrnoException).code === 'EISDIR' ? 'read' : 'open', path, e));
  }
  return parseIgnoreFile(text);
}
