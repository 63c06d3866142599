// kustomize(paths, kustomize_bin=None, flags=[]) (reference §1.3): runs `kustomize build`
// (or `kubectl kustomize` when kustomize is not installed) on a directory and returns the
// YAML as a blob. Everything the kustomization reads is watched.

import { accessSync, constants, statSync } from 'node:fs';
import { relative } from 'node:path';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { str } from '../../../src/starlark/values/repr.js';
import { None, StarlarkError } from '../../../src/starlark/values/value.js';
import { Blob, T, asStringable, defineBuiltin, sequenceElems, type Conv } from '../../kit/index.js';
import { runTool } from '../helm/index.js';
import { goQuote } from '../compose/go-quote.js';
import { kustomizeDeps } from './deps.js';

/** Tilt's value.StringList: a list or tuple of str/blob; None is empty. */
const stringList: Conv<string[]> = (v) => {
  if (v === None) return [];
  const elems = sequenceElems(v);
  if (!elems) throw new StarlarkError(`value should be a List or Tuple of strings, but is of type ${typeOf(v)}`);
  return elems.map((e) => {
    const s = asStringable(e);
    if (s === undefined) throw new StarlarkError(fromHost(`value should contain only strings, but element ${goQuote(toHost(str(e)))} was of type ${typeOf(e)}`));
    return s;
  });
};

/** Go's exec.LookPath for a path: it must be an executable file. */
function lookPathError(path: string): string | null {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return `exec: ${goQuote(path)}: is a directory`;
    accessSync(path, constants.X_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `exec: ${goQuote(path)}: stat ${path}: no such file or directory`;
    return `exec: ${goQuote(path)}: permission denied`;
  }
}

export const kustomizeBuiltin = defineBuiltin(
  'kustomize',
  { paths: T.path, 'kustomize_bin?': T.path, 'flags?': stringList },
  (cx, a) => {
    const load = cx.load;
    let argv = [a.kustomize_bin ?? 'kustomize', 'build'];
    if (a.kustomize_bin !== undefined) {
      const err = lookPathError(a.kustomize_bin);
      if (err !== null) throw new StarlarkError(fromHost(err));
    } else if (load.host.which('kustomize') === null) {
      load.log('Falling back to `kubectl kustomize` since `kustomize` was not found in PATH');
      argv = ['kubectl', 'kustomize'];
    }
    // kustomize mishandles some absolute paths, so Tilt passes the directory relative to
    // the Tiltfile's.
    const rel = relative(load.currentDir, a.paths) || '.';
    const out = runTool(load, [...argv, ...(a.flags ?? []), rel], load.currentDir);
    let deps: string[];
    try {
      deps = kustomizeDeps(a.paths);
    } catch (e) {
      throw new StarlarkError(fromHost(`resolving deps: ${(e as Error).message}`));
    }
    for (const d of deps) load.recordConfigFile(d);
    return new Blob(fromHost(out), `kustomize: ${a.paths}`);
  },
);
