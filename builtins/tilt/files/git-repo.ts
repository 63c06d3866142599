// local_git_repo(paths) and its value (legacy, undocumented): a directory with a .git
// inside, whose paths(p) method joins p onto the repo root. Path parameters accept the
// repo itself as its root directory.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { Builtin, typeOf } from '../../../src/starlark/values/builtin.js';
import { StarlarkError, type HashKey, type Value } from '../../../src/starlark/values/value.js';
import { PathValue, T, defineBuiltin } from '../../kit/index.js';
import { unpackArgs } from '../../../src/starlark/unpack.js';
import { goPathError, isNotExist } from './read.js';
import { goAbsPath, goJoin } from '../os/go-filepath.js';

const plainString = (v: Value): string => {
  if (typeof v !== 'string') throw new StarlarkError(`got ${typeOf(v)}, want string`);
  return toHost(v);
};

export class GitRepo extends PathValue {
  readonly typeName = 'git.Repo';
  constructor(readonly path: string) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(fromHost(`[git.Repo] '${this.path}'`));
  }
  override truth(): boolean {
    return this.path !== '';
  }
  override hashKey(): HashKey {
    throw new StarlarkError('unhashable type: git.Repo');
  }
  override getAttr(name: string): Value | undefined {
    if (name !== 'paths') return undefined;
    return new Builtin(
      'paths',
      (_t, args, kwargs) => {
        const [p] = unpackArgs('paths', args, kwargs, 'paths', plainString);
        return fromHost(goJoin(this.path, p as string));
      },
      this,
    );
  }
  override attrNames(): string[] {
    return ['paths'];
  }
}

export const localGitRepo = defineBuiltin('local_git_repo', { paths: T.string }, (cx, a) => {
  const abs = goAbsPath(cx.load.currentDir, a.paths);
  try {
    statSync(abs);
  } catch (e) {
    throw new StarlarkError(fromHost(`Reading paths ${abs}: ${goPathError('stat', abs, e)}`));
  }
  try {
    statSync(join(abs, '.git'));
  } catch (e) {
    if (isNotExist(e)) throw new StarlarkError(fromHost(`${abs} isn't a valid git repo: it doesn't have a .git/ directory`));
  }
  return new GitRepo(abs);
});
