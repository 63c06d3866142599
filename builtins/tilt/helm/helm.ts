// helm(paths, name='', namespace='', values=[], set=[], kube_version='', skip_crds=False)
// (reference §1.3): renders a local chart with `helm template` and returns the YAML as a
// blob. The chart directory, its file:// subcharts and the values files are watched.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { Blob, T, defineBuiltin, type LoadContext } from '../../kit/index.js';
import { processEnv } from '../local/index.js';
import { chartCrds, dropTestDocuments, injectNamespace } from './output.js';
import { runTool } from './run-tool.js';
import { parseHelmVersion, type HelmVersion } from './version.js';

function fail(msg: string): never {
  throw new StarlarkError(fromHost(msg));
}

function checkChartDir(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail(`Could not read Helm chart directory ${JSON.stringify(path)}: does not exist`);
    fail(`Could not read Helm chart directory ${JSON.stringify(path)}: ${(e as Error).message}`);
  }
  if (!st.isDirectory()) fail(`helm() may only be called on directories with Chart.yaml: ${JSON.stringify(path)}`);
}

/** `file://` repositories in requirements.yaml (helm 2 style), as written after the prefix. */
function localSubcharts(chartDir: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(chartDir, 'requirements.yaml'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    return fail((e as Error).message);
  }
  let doc: unknown;
  try {
    doc = yaml.load(text);
  } catch (e) {
    return fail(`error converting YAML to JSON: ${(e as Error).message}`);
  }
  const deps = (doc as { dependencies?: unknown } | null)?.dependencies;
  if (!Array.isArray(deps)) return [];
  return deps
    .map((d) => (d as { repository?: unknown } | null)?.repository)
    .filter((r): r is string => typeof r === 'string' && r.startsWith('file://'))
    .map((r) => r.slice('file://'.length));
}

function helmVersion(cx: LoadContext): HelmVersion {
  if (cx.host.which('helm') === null) fail('Unable to find Helm installation. Make sure `helm` is on your $PATH.');
  const r = cx.host.runCommand(['helm', 'version', '--client', '--short'], { cwd: cx.currentDir, env: processEnv(cx) });
  if (r.error) fail(r.error.message);
  if (r.status !== 0) fail(r.status === null ? 'signal: killed' : `exit status ${r.status}`);
  const v = parseHelmVersion(r.stdout);
  if (typeof v !== 'string') fail(v.error);
  return v;
}

export const helmBuiltin = defineBuiltin(
  'helm',
  {
    paths: T.path,
    'name?': T.string,
    'namespace?': T.string,
    'values?': T.stringOrList,
    'set?': T.stringOrList,
    'kube_version?': T.string,
    'skip_crds?': T.bool,
  },
  (cx, a) => {
    const load = cx.load;
    const chart = a.paths;
    checkChartDir(chart);
    load.recordConfigFile(chart);
    // Subchart paths resolve against the Tiltfile's directory, as in Tilt.
    for (const dep of localSubcharts(chart)) load.recordConfigFile(load.absPath(dep));

    const version = helmVersion(load);
    const skipCrds = a.skip_crds ?? false;
    const argv = ['helm', 'template', a.name || 'chart', chart];
    if (version === 'v3.1+' && !skipCrds) argv.push('--include-crds');
    const namespace = a.namespace ?? '';
    if (namespace !== '') argv.push('--namespace', namespace);
    if (a.kube_version) argv.push('--kube-version', a.kube_version);
    for (const f of a.values ?? []) {
      argv.push('--values', f);
      load.recordConfigFile(load.absPath(f));
    }
    for (const s of a.set ?? []) argv.push('--set', s);

    let out = dropTestDocuments(runTool(load, argv, load.currentDir));
    if (version === 'v3.0' && !skipCrds) out = [out, ...chartCrds(chart)].join('\n---\n');
    if (namespace !== '') {
      try {
        out = injectNamespace(out, namespace);
      } catch (e) {
        fail(`helm: parsing the YAML of ${chart}: ${(e as Error).message}`);
      }
    }
    return new Blob(fromHost(out), `helm: ${chart}`);
  },
);
