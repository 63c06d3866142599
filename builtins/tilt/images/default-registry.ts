// default_registry(host, host_from_cluster='', single_name='') (reference §1.2) and the
// ref rewriting it implies: every Tilt-built image is pushed to `host` and referenced from
// the cluster through `host_from_cluster` (default: host), under an escaped name.

import { StarlarkError } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin } from '../../kit/index.js';
import { goQuote } from '../live-update/steps.js';
import { starlarkError } from './args.js';
import { ImageRefError, familiarName, familiarString, parseImageRef, refString, type ImageRef } from './ref.js';
import { DEFAULT_REGISTRY, type DefaultRegistry } from './state.js';

/** Docker's ParseNamed: the reference must already be in canonical (fully qualified) form. */
function parseCanonical(s: string): ImageRef {
  const r = parseImageRef(s);
  if (refString(r) !== s) throw new ImageRefError('repository name must be canonical');
  return r;
}

/** Field errors of the RegistryHosting validation, in Kubernetes' wording. */
function registryErrors(reg: DefaultRegistry): string[] {
  const errs: string[] = [];
  const check = (field: string, host: string): void => {
    try {
      parseCanonical(`${host}/fake`);
    } catch (e) {
      if (!(e instanceof ImageRefError)) throw e;
      errs.push(`${field}: Invalid value: ${goQuote(host)}: ${e.message}`);
    }
  };
  if (reg.host === '') errs.push('host: Required value');
  else check('host', reg.host);
  if (reg.hostFromCluster !== '') check('hostFromContainerRuntime', reg.hostFromCluster);
  return errs;
}

export const defaultRegistryBuiltin = defineBuiltin(
  'default_registry',
  { host: T.string, 'host_from_cluster?': T.string, 'single_name?': T.string },
  (cx, a) => {
    const state = cx.load.get(DEFAULT_REGISTRY);
    if (state.value !== null) throw new StarlarkError('default registry already defined');
    const reg: DefaultRegistry = { host: a.host, hostFromCluster: a.host_from_cluster ?? '', singleName: a.single_name ?? '' };
    const errs = registryErrors(reg);
    if (errs.length > 0) {
      throw starlarkError(`validating defaultRegistry: ${errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`}`);
    }
    state.value = reg;
  },
);

/**
 * The repository a build is known by in `host`'s registry (familiar form, no tag):
 * `<host>/<familiar name with / : @ as _>`, or `<host>/<single_name>`. Names already in
 * the registry are kept. Throws ImageRefError when the result is not a valid reference.
 */
export function rewriteRepository(selector: ImageRef, host: string, singleName: string): string {
  // The familiar name has no tag or digest: it is the familiar string of the bare repository.
  const name = familiarName(selector);
  if (host === '' || name.startsWith(`${host}/`)) return name;
  const rewritten = singleName === '' ? `${host}/${name.replace(/[/:@]/g, '_')}` : `${host}/${singleName}`;
  try {
    return familiarString(parseCanonical(rewritten));
  } catch (e) {
    if (e instanceof ImageRefError) {
      throw new ImageRefError(`Error parsing ${rewritten} after applying default registry ${host}: ${e.message}`);
    }
    throw e;
  }
}

/**
 * Push and deploy repositories of a build under the registry (null: none), and the tag
 * prefix: with single_name every image shares one repository, so tags start with the
 * image's own (escaped) base name, ECR style (`.../team-a/dev:fe-tilt-...`).
 */
export function registryRefs(selector: ImageRef, reg: DefaultRegistry | null): { localRef: string; clusterRef: string; tagPrefix: string } {
  // The familiar name is the familiar string without tag and digest.
  const name = familiarName(selector);
  if (reg === null) return { localRef: name, clusterRef: name, tagPrefix: '' };
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/[/:@]/g, '_');
  return {
    localRef: rewriteRepository(selector, reg.host, reg.singleName),
    clusterRef: rewriteRepository(selector, reg.hostFromCluster || reg.host, reg.singleName),
    tagPrefix: reg.singleName === '' ? '' : `${base}-`,
  };
}
