// Files (reference §1.8): read_file, watch_file, listdir, blob, local_git_repo.

import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fromHost } from '../../../grammar/utf8.js';
import { goTypeName } from '../../kit/go-types.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { List } from '../../../src/starlark/values/list.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { Blob, T, defineBuiltin, type Conv, type TiltPlugin } from '../../kit/index.js';
import { localGitRepo } from './git-repo.js';
import { readRecorded, recordReadPath } from './read.js';

export { GitRepo } from './git-repo.js';
export { readRecorded, recordReadPath, goPathError, isNotExist, type ReadOutcome } from './read.js';

/** read_file's default: a str, or None meaning "no default" (Tilt's Optional[String]). */
const optionalString: Conv<string | undefined> = (v) => {
  if (v === None) return undefined;
  if (typeof v !== 'string') throw new StarlarkError(`expected starlark.String or None, got ${goTypeName(v)}`);
  return v;
};

const readFile = defineBuiltin('read_file', { paths: T.path, 'default?': optionalString }, (cx, a) => {
  const r = readRecorded(cx.load, a.paths);
  let text: string;
  if (r.ok) text = r.text;
  else if (r.missing && a.default !== undefined) text = a.default;
  else throw new StarlarkError(r.error);
  return new Blob(text, `file: ${a.paths}`);
});

const watchFile = defineBuiltin('watch_file', { paths: T.path }, (cx, a) => {
  recordReadPath(cx.load, a.paths, true);
});

/**
 * Files under `root` in Go's filepath.WalkDir order (entries sorted by name, depth
 * first), descending only when `recursive`. A root that is missing or not a directory
 * (a symlink to one included) lists nothing, as the walk then visits the root alone.
 */
function walkFiles(root: string, recursive: boolean): string[] {
  const out: string[] = [];
  try {
    if (!lstatSync(root).isDirectory()) return out;
  } catch {
    return out;
  }
  const visit = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (!e.isDirectory()) out.push(p);
      else if (recursive) visit(p);
    }
  };
  visit(root);
  return out;
}

const listdir = defineBuiltin('listdir', { dir: T.path, 'recursive?': T.bool }, (cx, a) => {
  const recursive = a.recursive ?? false;
  // Only a recursive listing watches the directory: Tilt cannot watch one level only.
  if (recursive) recordReadPath(cx.load, a.dir, true);
  return new List(walkFiles(a.dir, recursive).map((p): Value => fromHost(p)));
});

/** A plain str, kept as bytes. */
const strBytes: Conv<string> = (v) => {
  if (typeof v !== 'string') throw new StarlarkError(`got ${typeOf(v)}, want string`);
  return v;
};

const blob = defineBuiltin('blob', { input: strBytes }, (_cx, a) => new Blob(a.input, 'Tiltfile blob() call'));

export const filesPlugin: TiltPlugin = {
  name: 'files',
  globals: { read_file: readFile, watch_file: watchFile, listdir, blob, local_git_repo: localGitRepo },
};
