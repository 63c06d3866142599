// Reading files as Tilt's io plugin does: every file a builtin reads is recorded as a
// config file (watched, so the Tiltfile re-runs when it changes), including files that do
// not exist yet; a directory that is merely read is not watched (Tilt can only watch
// directories recursively), but watch_file()/listdir(recursive=True) watch it anyway.
// Errors carry Go's os error text ("open /x: no such file or directory").

import { lstatSync, readFileSync } from 'node:fs';
import { fromBytes, fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import type { LoadContext } from '../../kit/index.js';

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** Go's *PathError text: "<op> <path>: <reason>". */
export function goPathError(op: string, path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return `${op} ${path}: ${ERRNO_TEXT[code] ?? (e as Error).message}`;
}

export function isNotExist(e: unknown): boolean {
  return (e as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Records a path the load depends on; `recursive` also records directories. */
export function recordReadPath(cx: LoadContext, path: string, recursive: boolean): void {
  if (!recursive) {
    try {
      if (lstatSync(path).isDirectory()) return;
    } catch (e) {
      // A missing file is watched so that its appearance re-runs the Tiltfile.
      if (!isNotExist(e)) throw new StarlarkError(fromHost(goPathError('lstat', path, e)));
    }
  }
  cx.recordConfigFile(path);
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; missing: boolean; error: string };

/** Records and reads a file; the text is a byte string. */
export function readRecorded(cx: LoadContext, path: string): ReadOutcome {
  recordReadPath(cx, path, false);
  try {
    return { ok: true, text: fromBytes(readFileSync(path)) };
  } catch (e) {
    const op = (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'read' : 'open';
    return { ok: false, missing: isNotExist(e), error: fromHost(goPathError(op, path, e)) };
  }
}
