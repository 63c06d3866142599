// k8s_kind(kind, image_json_path=, api_version=, image_object=, pod_readiness=) and the
// legacy k8s_image_json_path(paths, api_version=, kind=, name=, namespace=) (reference §1.3):
// selectors that make matching objects workloads and tell Tilt where their images are.

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { Builtin, typeOf } from '../../../src/starlark/values/builtin.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { T, asStringable, defineBuiltin, type Conv } from '../../kit/index.js';
import type { PodReadiness } from '../../../src/model/index.js';
import type { ImageLocatorSpec } from './image-locators.js';
import { JsonPath } from './jsonpath/eval.js';
import { JsonPathError } from './jsonpath/parse.js';
import { ObjectSelector, RegexpError } from './object-selector.js';
import { K8S } from './state.js';
import { valueOrSequence } from './values.js';

function fail(msg: string): never {
  throw new StarlarkError(fromHost(msg));
}

/** A JSONPath or a list of them (str or blob each). */
const jsonPathList: Conv<string[]> = (v) =>
  valueOrSequence(v).map((item) => {
    const s = asStringable(item);
    if (s === undefined) fail(`Expected string, got: ${toHost(repr(item))}`);
    return s;
  });

const OBJECT_FORM = "Expected dict of the form {'json_path': str, 'repo_field': str, 'tag_field': str}";
const OBJECT_KEYS = ['json_path', 'repo_field', 'tag_field'];

/** {'json_path': ..., 'repo_field': ..., 'tag_field': ...}, exactly those keys. */
const imageObject: Conv<[string, string, string]> = (v) => {
  if (!(v instanceof Dict)) fail(`${OBJECT_FORM}. Actual: ${toHost(repr(v))}`);
  const out = ['', '', ''];
  for (const [k, val] of v.entries()) {
    const ks = asStringable(k);
    const idx = ks === undefined ? -1 : OBJECT_KEYS.indexOf(ks);
    if (idx < 0) fail(`${OBJECT_FORM}: Unexpected key: ${toHost(repr(k))}`);
    const vs = asStringable(val);
    if (vs === undefined) fail(`${OBJECT_FORM}: Expected string at key ${JSON.stringify(`"${ks}"`)}. Got: ${typeOf(val)}`);
    out[idx] = vs;
  }
  if (v.size !== OBJECT_KEYS.length) fail(`${OBJECT_FORM}: Missing keys. Actual keys: [${v.keys().map((k) => toHost(repr(k))).join(' ')}]`);
  return out as [string, string, string];
};

/** pod_readiness='ignore' | 'wait' | 'succeeded' | '' (str or blob). */
export const podReadinessArg: Conv<PodReadiness> = (v) => {
  const s = asStringable(v);
  if (s === undefined) fail(`Must be a string. Got: ${typeOf(v)}`);
  if (s === 'ignore' || s === 'wait' || s === 'succeeded' || s === '') return s;
  fail(`Invalid value. Allowed: {ignore, wait}. Got: ${s}`);
};

function selector(apiVersion: string, kind: string, name: string, namespace: string): ObjectSelector {
  try {
    return ObjectSelector.partial(apiVersion, kind, name, namespace);
  } catch (e) {
    if (e instanceof RegexpError) fail(e.message);
    throw e;
  }
}

function jsonPath(path: string): JsonPath {
  try {
    return new JsonPath(path);
  } catch (e) {
    if (e instanceof JsonPathError) fail(e.message);
    throw e;
  }
}

const k8sKindImpl = defineBuiltin(
  'k8s_kind',
  { kind: T.string, 'image_json_path?': jsonPathList, 'api_version?': T.string, 'image_object?': imageObject, 'pod_readiness?': podReadinessArg },
  (cx, a) => {
    const sel = selector(a.api_version ?? '', a.kind, '', '');
    const paths = a.image_json_path ?? [];
    if (paths.length > 0 && a.image_object) fail('Cannot specify both image_json_path and image_object');
    let locators: ImageLocatorSpec[] = [];
    if (paths.length > 0) locators = paths.map((p) => ({ selector: sel, path: jsonPath(p) }));
    else if (a.image_object) {
      const [p, repoField, tagField] = a.image_object;
      locators = [{ selector: sel, path: jsonPath(p), object: { repoField, tagField } }];
    }
    cx.load.get(K8S).kinds.push({ selector: sel, locators, podReadiness: a.pod_readiness ?? '' });
  },
);

// Tilt insists that everything after `kind` is passed by keyword.
export const k8sKindBuiltin = new Builtin('k8s_kind', (thread, args, kwargs) => {
  if (args.length > 1) throw new StarlarkError(`k8s_kind: got ${args.length} arguments, want at most 1`);
  return k8sKindImpl.impl(thread, args, kwargs, k8sKindImpl);
});

export const k8sImageJsonPathBuiltin = defineBuiltin(
  'k8s_image_json_path',
  { paths: jsonPathList, 'api_version?': T.string, 'kind?': T.string, 'name?': T.string, 'namespace?': T.string },
  (cx, a) => {
    if (!a.kind && !a.name && !a.namespace) fail('at least one of kind, name, or namespace must be specified');
    const sel = selector(a.api_version ?? '', a.kind ?? '', a.name ?? '', a.namespace ?? '');
    const locators = a.paths.map((p) => ({ selector: sel, path: jsonPath(p) }));
    cx.load.get(K8S).kinds.push({ selector: sel, locators, podReadiness: '' });
  },
);
