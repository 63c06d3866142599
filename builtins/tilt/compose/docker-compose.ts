// docker_compose(configPaths, env_file=None, project_name='', profiles=[], wait=False)
// (reference §1.5): declares a compose project whose services become `dc` resources.
// Calling it again with the same project name adds config files to that project and
// re-reads it as a whole.

import { basename, dirname } from 'node:path';
import { fromHost } from '../../../grammar/utf8.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { Blob, T, defineBuiltin, goTypeName, type CallContext } from '../../kit/index.js';
import { parseImageRef } from '../images/ref.js';
import { claimResourceName, releaseResourceName } from '../resource-names.js';
import type { ComposeProject } from '../../../src/model/index.js';
import { writeBlobFile } from './blob-file.js';
import { composeCli, composeConfig } from './cli.js';
import { parseComposeConfig, type ParsedService } from './config-parse.js';
import { serviceEnvFiles } from './env-files.js';
import { isSequence, sequenceValues } from './sequence.js';
import { COMPOSE, newServiceOptions, type ComposeProjectState, type ComposeService } from './state.js';

/** compose-go's NormalizeProjectName: lower case, only [a-z0-9_-], no leading _ or -. */
export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

/** Go's starlarkValueOrSequenceToSlice: a sequence's elements, None nothing, else the value. */
function valueOrSequence(v: Value): Value[] {
  if (isSequence(v)) return sequenceValues(v);
  if (v === None) return [];
  return [v];
}

function dedupeAppend(list: string[], more: readonly string[]): string[] {
  const out = [...list];
  for (const m of more) if (!out.includes(m)) out.push(m);
  return out;
}

/** The project (named, with its directory and config files) a call describes. */
function describeProject(cx: CallContext, items: Value[], a: { env_file?: string; project_name?: string; profiles?: string[]; wait?: boolean }): ComposeProject {
  const load = cx.load;
  const state = load.get(COMPOSE);
  const project: ComposeProject = {
    name: a.project_name ?? '',
    configPaths: [],
    projectDir: '',
    envFile: a.env_file ?? '',
    profiles: a.profiles ?? [],
    wait: a.wait ?? false,
  };
  if (project.envFile !== '') load.recordConfigFile(project.envFile);
  for (const item of items) {
    if (item instanceof Blob) {
      project.configPaths.push(writeBlobFile(state, item.text));
      continue;
    }
    let path: string;
    try {
      path = T.path(item, cx);
    } catch {
      throw new StarlarkError(`expected blob | path (string). Actual type: ${goTypeName(item)}`);
    }
    // Like the compose CLI: the first file's directory names the project and is its root.
    if (project.projectDir === '') project.projectDir = dirname(path);
    if (project.name === '') project.name = normalizeProjectName(basename(dirname(path)));
    project.configPaths.push(path);
    load.recordConfigFile(path);
  }
  if (project.name === '') project.name = normalizeProjectName(basename(load.currentDir));
  if (project.projectDir === '') project.projectDir = load.currentDir;
  const envProfiles = load.host.env.COMPOSE_PROFILES ?? '';
  if (a.profiles === undefined && envProfiles !== '') {
    load.log(`Compose project ${JSON.stringify(project.name)} loading profiles from environment: ${envProfiles}`);
    project.profiles = envProfiles.split(',');
  }
  return project;
}

function toService(parsed: ParsedService, projectName: string, st: ComposeProjectState): ComposeService {
  const imageName = parsed.image !== '' ? parsed.image : `${projectName}_${parsed.name}`;
  try {
    parseImageRef(imageName);
  } catch (e) {
    throw new StarlarkError(fromHost(`getting service ${parsed.name}: Error parsing image name ${JSON.stringify(imageName)}: ${(e as Error).message}`));
  }
  let options = st.options.get(parsed.name);
  if (!options) {
    options = newServiceOptions();
    st.options.set(parsed.name, options);
  }
  options.resourceDeps = [...new Set([...options.resourceDeps, ...parsed.dependsOn.map((d) => d.name)])].sort();
  return {
    name: parsed.name,
    serviceName: parsed.name,
    config: parsed.config,
    image: parsed.image,
    build: parsed.build,
    publishedPorts: parsed.publishedPorts,
    volumeSources: parsed.volumeSources,
    dependsOn: parsed.dependsOn.map((d) => d.name),
    options,
  };
}

export const dockerComposeBuiltin = defineBuiltin(
  'docker_compose',
  {
    configPaths: T.value,
    'env_file?': T.path,
    'project_name?': T.string,
    'profiles??': T.stringOrList,
    'wait??': T.bool,
  },
  (cx, a) => {
    const items = valueOrSequence(a.configPaths);
    if (items.length === 0) throw new StarlarkError('Nothing to compose');
    const load = cx.load;
    const state = load.get(COMPOSE);
    const described = describeProject(cx, items, a);

    let st = state.projects.get(described.name);
    if (!st) {
      st = { project: described, tiltfilePath: load.currentFile, serviceNames: [], services: new Map(), options: new Map() };
      state.projects.set(described.name, st);
    } else {
      st.project.configPaths = dedupeAppend(st.project.configPaths, described.configPaths);
      if (described.envFile !== '') st.project.envFile = described.envFile;
    }
    const project = st.project;

    const cli = composeCli(load);
    const output = composeConfig(load, cli, project);
    let parsed: ParsedService[];
    try {
      parsed = parseComposeConfig(output, project.projectDir, project.profiles);
    } catch (e) {
      throw new StarlarkError(fromHost((e as Error).message));
    }

    for (const name of st.serviceNames) releaseResourceName(load, name);
    st.services = new Map();
    st.serviceNames = [];
    const envFiles = serviceEnvFiles(project.configPaths, project.projectDir);
    for (const p of parsed) {
      const svc = toService(p, project.name, st);
      claimResourceName(load, svc.name, 'dc_resource');
      st.serviceNames.push(svc.name);
      st.services.set(svc.name, svc);
      for (const f of envFiles.get(p.name) ?? []) load.recordConfigFile(f);
    }
  },
);
