// Extensions registered with v1alpha1.extension() but never load()ed: Tilt runs each one
// as an independent Tiltfile, next to the main one (reference §1.14). Its resources get
// the label "extension.<name>", it receives the Extension's args as Tiltfile args, and
// its errors stay its own (the main Tiltfile's load is unaffected).
//
// The main load result only lists such extensions in apiObjects (as Tilt's does); the
// engine calls loadExtensionTiltfiles() with that result to load them.

import { StarlarkError } from '../starlark/values/value.js';
import { toHost } from '../../grammar/utf8.js';
import { LoadContext, type Host } from '../../builtins/kit/index.js';
import { DEFAULT_REPO_NAME, DEFAULT_REPO_URL, RepoError, extensionTiltfile, repoRoot } from '../../builtins/tilt/extensions/index.js';
import { ANNOTATION_MANAGED_BY, type ApiObject } from '../../builtins/tilt/v1alpha1/index.js';
import { nodeHost } from '../adapters/host/node-host.js';
import type { ApiObjectRecord, LoadResult } from '../model/index.js';
import { loadTiltfile } from './loader.js';

export interface ExtensionTiltfile {
  /** the Extension object's name */
  name: string;
  /** the extension's Tiltfile, when it resolved */
  path: string | null;
  /** the independent load (its manifests carry the extension's label); null when unresolved */
  result: LoadResult | null;
  /** why the extension could not be resolved */
  error: string | null;
}

export interface ExtensionLoadOptions {
  host?: Host;
  log?: (line: string) => void;
  subcommand?: string;
  webHost?: string;
  webPort?: number;
}

/** Loads every Extension of `main` that is not loaded for its symbols. */
export function loadExtensionTiltfiles(main: LoadResult, opts: ExtensionLoadOptions = {}): ExtensionTiltfile[] {
  const host = opts.host ?? nodeHost();
  const cx = new LoadContext({ mainPath: main.tiltfilePath, args: [], subcommand: opts.subcommand ?? 'up', host, log: opts.log });
  const out: ExtensionTiltfile[] = [];
  for (const ext of main.apiObjects) {
    if (ext.kind !== 'Extension' || ext.annotations?.[ANNOTATION_MANAGED_BY]) continue;
    let path: string;
    try {
      path = resolvePath(cx, main.apiObjects, ext);
    } catch (e) {
      out.push({ name: ext.name, path: null, result: null, error: e instanceof StarlarkError ? toHost(e.msg) : (e as Error).message });
      continue;
    }
    const result = loadTiltfile({
      file: path,
      args: strings(ext.spec.args),
      host,
      log: opts.log,
      subcommand: opts.subcommand,
      webHost: opts.webHost,
      webPort: opts.webPort,
      isMainLoad: false,
    });
    const label = extensionLabel(ext.name);
    for (const m of result.manifests) if (!m.labels.includes(label)) m.labels.push(label);
    out.push({ name: ext.name, path, result, error: null });
  }
  return out;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function resolvePath(cx: LoadContext, objects: ApiObjectRecord[], ext: ApiObjectRecord): string {
  const repoName = str(ext.spec.repoName);
  let repo = objects.find((o) => o.kind === 'ExtensionRepo' && o.name === repoName);
  if (!repo && repoName === DEFAULT_REPO_NAME) repo = { kind: 'ExtensionRepo', name: repoName, spec: { url: DEFAULT_REPO_URL, ref: 'HEAD' } };
  if (!repo) throw new Error(`extension repo not found: ${repoName}`);
  let root: string;
  try {
    root = repoRoot(cx, { name: repo.name, url: str(repo.spec.url), ref: str(repo.spec.ref) });
  } catch (e) {
    if (e instanceof RepoError) throw new Error(`loading extension repo ${repo.name}: ${e.message}`);
    throw e;
  }
  const obj: ApiObject = { kind: 'Extension', name: ext.name, labels: {}, annotations: {}, spec: ext.spec as ApiObject['spec'] };
  return extensionTiltfile(root, str(repo.spec.gitSubpath), obj);
}

/** "extension.<name>", made a valid label as Tilt's SanitizeLabel does. */
export function extensionLabel(name: string): string {
  return `extension.${name}`.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 63).replace(/[^A-Za-z0-9]+$/, '');
}
