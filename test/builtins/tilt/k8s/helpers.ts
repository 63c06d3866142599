// Loading small Tiltfiles with Kubernetes YAML for the k8s plugin tests. HOME points at
// the project so no ambient kubeconfig leaks in; commands run for real (local()).

import { join } from 'node:path';
import { nodeHost } from '../../../../src/adapters/host/node-host.js';
import { loadTiltfile } from '../../../../src/tiltfile/loader.js';
import type { LoadResult, Manifest } from '../../../../src/model/index.js';
import { tempProject } from '../fake-host.js';

export function deployment(name: string, image: string, extra = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${extra}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: ${name}, image: ${image}}]
`;
}

export interface Loaded {
  dir: string;
  result: LoadResult;
  logs: string[];
}

export function loadProject(files: Record<string, string>, env: Record<string, string> = {}): Loaded {
  const dir = tempProject(files, 'k8s');
  const hostEnv: Record<string, string | undefined> = { ...process.env, HOME: dir };
  delete hostEnv.KUBECONFIG;
  for (const [k, v] of Object.entries(env)) hostEnv[k] = v.split('$DIR').join(dir);
  const logs: string[] = [];
  const result = loadTiltfile({ file: join(dir, 'Tiltfile'), host: nodeHost(hostEnv), log: (l) => logs.push(l), subcommand: 'alpha tiltfile-result' });
  return { dir, result, logs };
}

/** The load error (without the backtrace header lines), or '' when the load succeeds. */
export function errorOf(files: Record<string, string>): string {
  const e = loadProject(files).result.error;
  return e === null ? '' : e.replace(/^Traceback[\s\S]*?\nError(?: in [^:]+)?: /, '');
}

export function manifest(r: LoadResult, name: string): Manifest {
  const m = r.manifests.find((x) => x.name === name);
  if (!m) throw new Error(`no manifest ${name}: ${r.error ?? r.manifests.map((x) => x.name).join(', ')}`);
  return m;
}
