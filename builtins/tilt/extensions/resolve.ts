// ext://NAME resolution (reference §2.3): find or infer the Extension object, find or
// register its ExtensionRepo, locate the repo on disk, and return the extension's
// Tiltfile. The inferred objects are registered like v1alpha1.* ones, so a later
// v1alpha1.extension_repo(name='default', ...) with another URL fails "already registered".

import { statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import type { LoadContext } from '../../kit/index.js';
import { ANNOTATION_MANAGED_BY, apiObjects, type ApiObject, type ApiObjectSet } from '../v1alpha1/index.js';
import { RepoError, repoRoot } from './repos.js';

export const DEFAULT_REPO_NAME = 'default';
export const DEFAULT_REPO_URL = 'https://github.com/tilt-dev/tilt-extensions';
const MANAGED_BY_LOADER = 'tiltfile.loader';

/** The Extension object name of a module name: "/" and "%" become "_". */
export function extensionName(moduleName: string): string {
  return moduleName.replace(/[/%]/g, '_');
}

function fail(msg: string): never {
  throw new StarlarkError(fromHost(msg));
}

/** The absolute path of the Tiltfile `ext://moduleName` names. */
export function resolveExtension(cx: LoadContext, moduleName: string): string {
  const objs = apiObjects(cx);
  const ext = ensureExtension(objs, moduleName);
  const repo = ensureRepo(objs, ext);
  const spec = repo.spec;
  let root: string;
  try {
    root = repoRoot(cx, { name: repo.name, url: str(spec.url), ref: str(spec.ref) });
  } catch (e) {
    if (e instanceof RepoError) fail(`loading extension repo ${repo.name}: ${e.message}`);
    throw e;
  }
  return extensionTiltfile(root, str(spec.gitSubpath), ext);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The registered Extension of this module, or one inferred (repo by load_host, else default). */
function ensureExtension(objs: ApiObjectSet, moduleName: string): ApiObject {
  const name = extensionName(moduleName);
  const existing = objs.get('Extension', name);
  if (existing) {
    existing.annotations[ANNOTATION_MANAGED_BY] = MANAGED_BY_LOADER;
    return existing;
  }
  let repoName = DEFAULT_REPO_NAME;
  let repoPath = moduleName;
  const slash = moduleName.indexOf('/');
  if (slash > 0) {
    const host = moduleName.slice(0, slash);
    const repo = objs.ofKind('ExtensionRepo').find((r) => str(r.spec.loadHost) === host);
    if (repo) {
      repoName = repo.name;
      repoPath = moduleName.slice(slash + 1);
    }
  }
  const ext: ApiObject = {
    kind: 'Extension',
    name,
    labels: {},
    annotations: { [ANNOTATION_MANAGED_BY]: MANAGED_BY_LOADER },
    spec: { repoName, repoPath },
  };
  objs.register(ext);
  return ext;
}

/** The extension's repo; the default repo is registered on first use. */
function ensureRepo(objs: ApiObjectSet, ext: ApiObject): ApiObject {
  const repoName = str(ext.spec.repoName);
  const existing = objs.get('ExtensionRepo', repoName);
  if (existing) return existing;
  if (repoName !== DEFAULT_REPO_NAME) fail(`loading extension ${ext.name}: extension repo not found: ${repoName}`);
  const repo: ApiObject = { kind: 'ExtensionRepo', name: repoName, labels: {}, annotations: {}, spec: { url: DEFAULT_REPO_URL, ref: 'HEAD' } };
  objs.register(repo);
  return repo;
}

/** <repo>/<git_subpath>/<repo_path>/Tiltfile, which must stay inside the repo and exist. */
export function extensionTiltfile(root: string, gitSubpath: string, ext: ApiObject): string {
  const repoPath = str(ext.spec.repoPath);
  const path = join(root, gitSubpath, repoPath, 'Tiltfile');
  const rel = relative(root, path);
  if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) fail(`loading extension ${ext.name}: invalid repo path: ${repoPath}`);
  let regular = false;
  try {
    regular = statSync(path).isFile();
  } catch {
    regular = false;
  }
  if (!regular) fail(`loading extension ${ext.name}: no extension tiltfile found at ${path}`);
  return path;
}
