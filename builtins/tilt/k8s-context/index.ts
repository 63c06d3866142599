// The k8s-context plugin (reference §1.3, §5): k8s_context(), k8s_namespace() and
// allow_k8s_contexts(). The two safety checkpoints live in state.ts (local() calls one,
// Kubernetes assembly the other).

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, defineRawBuiltin, goTypeName, type TiltPlugin } from '../../kit/index.js';
import { valueOrSequence } from '../k8s/values.js';
import { K8S_CONTEXT, kubeContext } from './state.js';

export { K8S_CONTEXT, KUBE_OVERRIDES, kubeContext, contextAllowed, ensureLocalAllowed, deployRefusal } from './state.js';
export { readKubeContext, kubeconfigFiles, productOf, type KubeContextInfo } from './kubeconfig.js';

// Tilt ignores any arguments given to these two.
const k8sContextBuiltin = defineRawBuiltin('k8s_context', (cx) => fromHost(kubeContext(cx.load).context));
const k8sNamespaceBuiltin = defineRawBuiltin('k8s_namespace', (cx) => fromHost(kubeContext(cx.load).namespace));

const allowK8sContextsBuiltin = defineBuiltin('allow_k8s_contexts', { contexts: T.value }, (cx, a) => {
  const names = valueOrSequence(a.contexts).map((v) => {
    if (typeof v !== 'string') {
      throw new StarlarkError(`allow_k8s_contexts contexts must be a string or a sequence of strings; found a ${goTypeName(v)}`);
    }
    return toHost(v);
  });
  cx.load.get(K8S_CONTEXT).allowed.push(...names);
});

export const k8sContextPlugin: TiltPlugin = {
  name: 'k8s-context',
  globals: { k8s_context: k8sContextBuiltin, k8s_namespace: k8sNamespaceBuiltin, allow_k8s_contexts: allowK8sContextsBuiltin },
};
