// The os module (reference §1.12): os.name, os.environ, os.getenv/putenv/unsetenv,
// os.getcwd (the directory of the Tiltfile whose top level is executing, not the process
// cwd), and os.path with Go's filepath semantics.

import { realpathSync, statSync } from 'node:fs';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { str } from '../../../src/starlark/values/repr.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, TiltModule, defineBuiltin, defineRawBuiltin, type LoadContext, type Host, type TiltPlugin } from '../../kit/index.js';
import { stringableBytes } from '../data/index.js';
import { goPathError } from '../files/read.js';
import { Environ, setEnv, unsetEnv } from './environ.js';
import { goAbsPath, goBase, goDir, goJoin, goRel } from './go-filepath.js';

export { Environ } from './environ.js';
export { goAbsPath, goBase, goClean, goDir, goJoin, goRel } from './go-filepath.js';

const getcwd = defineBuiltin('os.getcwd', {}, (cx) => fromHost(cx.load.currentDir));

const getenv = defineBuiltin('os.getenv', { key: stringableBytes, 'default?': T.value }, (cx, a) => {
  const v = cx.load.host.env[toHost(a.key)];
  return v === undefined ? (a.default ?? None) : fromHost(v);
});

const putenv = defineBuiltin('os.putenv', { key: stringableBytes, value: stringableBytes }, (cx, a) => {
  setEnv(cx.load.host, toHost(a.key), toHost(a.value));
});

const unsetenv = defineBuiltin('os.unsetenv', { key: stringableBytes }, (cx, a) => {
  unsetEnv(cx.load.host, toHost(a.key));
});

const abspath = defineBuiltin('os.path.abspath', { path: T.string }, (cx, a) => fromHost(goAbsPath(cx.load.currentDir, a.path)));

const relpath = defineBuiltin('os.path.relpath', { targpath: T.string, 'basepath?': T.string }, (cx, a) => {
  try {
    return fromHost(goRel(a.basepath ?? cx.load.currentDir, a.targpath));
  } catch (e) {
    throw new StarlarkError(fromHost((e as Error).message));
  }
});

const basename = defineBuiltin('os.path.basename', { path: T.string }, (_cx, a) => fromHost(goBase(a.path)));

const dirname = defineBuiltin('os.path.dirname', { path: T.string }, (_cx, a) => fromHost(goDir(a.path)));

// Any stat failure (missing, permission denied) is "false"; existence checks are not watched.
const exists = defineBuiltin('os.path.exists', { path: T.string }, (cx, a) => {
  try {
    statSync(goAbsPath(cx.load.currentDir, a.path));
    return true;
  } catch {
    return false;
  }
});

// Positional strings only; keyword arguments are ignored, as in Tilt.
const join = defineRawBuiltin('os.path.join', (_cx, args) => {
  const parts = args.map((arg, i) => {
    if (typeof arg !== 'string') throw new StarlarkError(`os.path.join() only accepts strings. Argument #${i}: ${str(arg)}`);
    return toHost(arg);
  });
  return fromHost(goJoin(...parts));
});

/** Go's EvalSymlinks error: lstat of the first path prefix that cannot be resolved. */
function symlinkError(abs: string, e: unknown): string {
  const parts = abs.split('/');
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/') || '/';
    try {
      statSync(prefix);
    } catch (err) {
      return goPathError('lstat', prefix, err);
    }
  }
  return goPathError('lstat', abs, e);
}

const realpath = defineBuiltin('os.path.realpath', { path: T.string }, (cx, a) => {
  const abs = goAbsPath(cx.load.currentDir, a.path);
  try {
    return fromHost(realpathSync(abs));
  } catch (e) {
    throw new StarlarkError(fromHost(symlinkError(abs, e)));
  }
});

/** Until a load binds it (see bindEnviron), os.environ shows an empty environment. */
const unbound: Host = {
  env: {},
  runCommand: () => {
    throw new Error('internal error: no host outside a Tiltfile load');
  },
  which: () => null,
};

export const osPlugin: TiltPlugin = {
  name: 'os',
  globals: {
    'os.name': process.platform === 'win32' ? 'nt' : 'posix',
    'os.environ': new Environ(unbound),
    'os.getcwd': getcwd,
    'os.getenv': getenv,
    'os.putenv': putenv,
    'os.unsetenv': unsetenv,
    'os.path.abspath': abspath,
    'os.path.relpath': relpath,
    'os.path.basename': basename,
    'os.path.dirname': dirname,
    'os.path.exists': exists,
    'os.path.join': join,
    'os.path.realpath': realpath,
  },
};

/**
 * Points os.environ of a freshly built environment at one load's Host: the value has no
 * thread to find its load through when indexed or iterated.
 */
export function bindEnviron(env: Map<string, Value>, cx: LoadContext): void {
  const os = env.get('os');
  if (os instanceof TiltModule) os.members.set('environ', new Environ(cx.host));
}
