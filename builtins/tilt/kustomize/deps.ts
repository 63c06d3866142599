// The files a kustomization reads, so that editing any of them re-runs the Tiltfile:
// the kustomization file itself, its bases (recursively), and every resource, component,
// patch, CRD and generator source it names. Directories are watched recursively, which
// covers kustomizations referenced as resources. Remote references are not watched.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function isRemote(ref: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i.test(ref);
}

/** The kustomization file of dir and its parsed content; throws Tilt's errors. */
function loadKustomization(dir: string): [string, Record<string, unknown>] {
  const found: [string, string][] = [];
  for (const name of KUSTOMIZATION_FILES) {
    try {
      found.push([join(dir, name), readFileSync(join(dir, name), 'utf8')]);
    } catch {
      // not this name
    }
  }
  if (found.length === 0) throw new Error(`unable to find one of [${KUSTOMIZATION_FILES.join(' ')}] in directory '${dir}'`);
  if (found.length > 1) throw new Error(`Found multiple kustomization files under: ${dir}\n`);
  const [path, text] = found[0];
  const doc = yaml.load(text);
  return [path, isRecord(doc) ? doc : {}];
}

/** `files:` / `envs:` sources of a generator; `key=path` entries name path. */
function generatorSources(gens: unknown): string[] {
  if (!Array.isArray(gens)) return [];
  const out: string[] = [];
  for (const g of gens) {
    if (!isRecord(g)) continue;
    for (const f of strings(g.files)) out.push(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
    out.push(...strings(g.envs));
    if (typeof g.env === 'string') out.push(g.env);
  }
  return out;
}

function patchPaths(patches: unknown): string[] {
  if (!Array.isArray(patches)) return [];
  return patches.flatMap((p) => (typeof p === 'string' ? [p] : isRecord(p) && typeof p.path === 'string' ? [p.path] : []));
}

function collect(dir: string, out: string[]): void {
  const [path, k] = loadKustomization(dir);
  for (const base of strings(k.bases)) if (!isRemote(base)) collect(join(dir, base), out);
  const local = (refs: string[]): string[] => refs.filter((r) => !isRemote(r)).map((r) => join(dir, r));
  out.push(path);
  out.push(...local(strings(k.resources)));
  out.push(...local(strings(k.components)));
  out.push(...local(patchPaths(k.patchesStrategicMerge)));
  out.push(...local(patchPaths(k.patches)));
  out.push(...local(strings(k.crds)));
  out.push(...local(patchPaths(k.patchesJson6902)));
  out.push(...local(generatorSources(k.configMapGenerator)));
  out.push(...local(generatorSources(k.secretGenerator)));
}

/** Every local path the kustomization in dir depends on, each once, in discovery order. */
export function kustomizeDeps(dir: string): string[] {
  const out: string[] = [];
  collect(dir, out);
  return [...new Set(out)];
}
