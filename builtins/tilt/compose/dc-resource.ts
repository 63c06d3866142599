// dc_resource(name, image=None, trigger_mode=None, resource_deps=[], infer_links=True,
// links=[], labels=[], auto_init=True, project_name='', new_name='') (reference §1.5):
// adjusts a service docker_compose() already declared. Options accumulate across calls;
// new_name renames the resource and rewrites the other services' dependencies on it.

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { str } from '../../../src/starlark/values/repr.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { T, defineBuiltin, goTypeName, labels, type Conv, type LoadContext } from '../../kit/index.js';
import { parseImageRef } from '../images/ref.js';
import { toLinks } from '../ports/link.js';
import { claimResourceName, releaseResourceName } from '../resource-names.js';
import { triggerModeArg } from '../trigger-mode/index.js';
import type { Link } from '../../../src/model/index.js';
import { isSequence, sequenceValues } from './sequence.js';
import { COMPOSE, newServiceOptions, type ComposeProjectState, type ComposeService } from './state.js';

/** A starlark.Sequence parameter; its elements are checked after the service is found, as in Go. */
const sequence: Conv<Value[]> = (v) => {
  if (!isSequence(v)) throw new StarlarkError(`got ${typeOf(v)}, want starlark.Sequence`);
  return sequenceValues(v);
};

/** Go's SequenceToStringSlice, with dc_resource's error prefix. */
function resourceDeps(values: Value[]): string[] {
  return values.map((e) => {
    if (typeof e !== 'string') throw new StarlarkError(`dc_resource: resource_deps: '${str(e)}' is a ${goTypeName(e)}, not a string`);
    return toHost(e);
  });
}

/** The service named `name` (in `projectName` when given), with its project. */
function findService(cx: LoadContext, name: string, projectName: string): [ComposeProjectState, ComposeService] {
  const all: string[] = [];
  let found: [ComposeProjectState, ComposeService] | undefined;
  for (const st of cx.get(COMPOSE).projects.values()) {
    if (projectName !== '' && st.project.name !== projectName) continue;
    for (const key of st.serviceNames) {
      if (key === name) {
        if (found) throw new StarlarkError(fromHost(`found multiple resources named ${JSON.stringify(name)}, please specify which one with project_name= argument`));
        found = [st, st.services.get(key)!];
      }
      all.push(key);
    }
  }
  if (!found) {
    throw new StarlarkError(fromHost(`no Docker Compose service found with name ${JSON.stringify(name)}. Found these instead:\n\t${all.join('; ')}`));
  }
  return found;
}

/** Renames the resource and rewrites the dependencies other services declared on it. */
function rename(cx: LoadContext, st: ComposeProjectState, svc: ComposeService, newName: string): void {
  const old = svc.name;
  claimResourceName(cx, newName, 'dc_resource');
  releaseResourceName(cx, old);
  st.services.delete(old);
  st.services.set(newName, svc);
  const opts = st.options.get(old);
  if (opts) {
    st.options.delete(old);
    st.options.set(newName, opts);
  }
  for (const other of st.services.values()) {
    if (other === svc) continue;
    const i = other.dependsOn.indexOf(old);
    if (i < 0) continue;
    other.dependsOn[i] = newName;
    const rd = other.options.resourceDeps.indexOf(old);
    if (rd >= 0) other.options.resourceDeps[rd] = newName;
  }
  st.serviceNames[st.serviceNames.indexOf(old)] = newName;
  svc.name = newName;
}

export const dcResourceBuiltin = defineBuiltin(
  'dc_resource',
  {
    name: T.string,
    'image?': T.value,
    'trigger_mode?': triggerModeArg,
    'resource_deps?': sequence,
    'infer_links??': T.bool,
    'links?': ((v) => toLinks(v)) as Conv<Link[]>,
    'labels?': labels,
    'auto_init??': T.bool,
    'project_name?': T.string,
    'new_name?': T.string,
  },
  (cx, a) => {
    if (a.name === '') throw new StarlarkError('dc_resource: `name` must not be empty');
    const image = a.image as Value | undefined;
    if (image !== undefined && typeof image !== 'string') {
      throw new StarlarkError(`image arg must be a string; got ${goTypeName(image)}`);
    }
    const [st, svc] = findService(cx.load, a.name, a.project_name ?? '');
    if (a.new_name !== undefined && a.new_name !== '') rename(cx.load, st, svc, a.new_name);

    let options = st.options.get(svc.name);
    if (!options) {
      options = newServiceOptions();
      st.options.set(svc.name, options);
    }
    if (a.trigger_mode !== undefined) options.triggerMode = a.trigger_mode;
    if (a.infer_links !== undefined) options.inferLinks = a.infer_links;
    options.links.push(...(a.links ?? []));
    for (const l of a.labels ?? []) if (!options.labels.includes(l)) options.labels.push(l);
    if (image !== undefined) {
      const ref = toHost(image);
      try {
        parseImageRef(ref);
      } catch (e) {
        throw new StarlarkError(fromHost((e as Error).message));
      }
      options.imageRef = ref;
    }
    for (const dep of resourceDeps(a.resource_deps ?? [])) if (!options.resourceDeps.includes(dep)) options.resourceDeps.push(dep);
    if (a.auto_init !== undefined) options.autoInit = a.auto_init;
    svc.options = options;
  },
);
