// k8s_yaml(yaml, allow_duplicates=False) and filter_yaml(yaml, labels, name, namespace,
// kind, api_version) (reference §1.3).

import { fromHost } from '../../../grammar/utf8.js';
import { makeTuple } from '../../../src/starlark/values/tuple.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { Blob, T, defineBuiltin, type CallContext } from '../../kit/index.js';
import { callStackText } from './call-site.js';
import { metadataLabels, type K8sObject } from './object.js';
import { ObjectSelector, RegexpError } from './object-selector.js';
import { K8S } from './state.js';
import { dumpK8sYaml } from './yaml-docs.js';
import { readYamlInput } from './yaml-input.js';

const EMPTY_YAML = 'Empty YAML passed to k8s_yaml';

function objectKey(o: K8sObject): string {
  return JSON.stringify([o.apiVersion, o.kind, o.name, o.namespace]);
}

/** Adds objects to the Tiltfile-wide index, failing on a duplicate unless allowed. */
function register(cx: CallContext, objects: K8sObject[], allowDuplicates: boolean): void {
  const st = cx.load.get(K8S);
  const stack = callStackText(cx);
  for (const o of objects) {
    const key = objectKey(o);
    const first = st.registered.get(key);
    if (first !== undefined && !allowDuplicates) {
      const who = o.namespace === '' ? `${o.kind} ${o.name}` : `${o.kind} ${o.name} (Namespace: ${o.namespace})`;
      throw new StarlarkError(
        fromHost(
          `Duplicate YAML: ${who}\nIgnore this error with k8s_yaml(..., allow_duplicates=True)\n` +
            `YAML originally registered at: ${first.split('\n').join('\n  ')}`,
        ),
      );
    }
    st.registered.set(key, stack);
  }
}

export const k8sYamlBuiltin = defineBuiltin('k8s_yaml', { yaml: T.value, 'allow_duplicates?': T.bool }, (cx, a) => {
  const input = readYamlInput(cx, a.yaml);
  if (input.count === 0 || (input.objects.length === 0 && !input.firstIsString)) throw new StarlarkError(EMPTY_YAML);
  register(cx, input.objects, a.allow_duplicates ?? false);
  cx.load.get(K8S).objects.push(...input.objects);
});

function hasLabels(o: K8sObject, want: Record<string, string>): boolean {
  const have = metadataLabels(o);
  return Object.entries(want).every(([k, v]) => have[k] === v);
}

export const filterYamlBuiltin = defineBuiltin(
  'filter_yaml',
  {
    yaml: T.value,
    'labels?': T.stringMap,
    'name?': T.string,
    'namespace?': T.string,
    'kind?': T.string,
    'api_version?': T.string,
  },
  (cx, a) => {
    const { objects } = readYamlInput(cx, a.yaml);
    let selector: ObjectSelector;
    try {
      selector = ObjectSelector.partial(a.api_version ?? '', a.kind ?? '', a.name ?? '', a.namespace ?? '');
    } catch (e) {
      if (e instanceof RegexpError) throw new StarlarkError(fromHost(e.message));
      throw e;
    }
    let match = objects.filter((o) => selector.matches(o));
    const rest = objects.filter((o) => !selector.matches(o));
    const labels = a.labels ?? {};
    if (Object.keys(labels).length > 0) {
      rest.push(...match.filter((o) => !hasLabels(o, labels)));
      match = match.filter((o) => hasLabels(o, labels));
    }
    const source = a.yaml instanceof Blob ? a.yaml.source : 'filter_yaml';
    const blob = (list: K8sObject[]): Blob => new Blob(fromHost(dumpK8sYaml(list.map((o) => o.doc))), source);
    return makeTuple([blob(match), blob(rest)]);
  },
);
