// The second Kubernetes context checkpoint (reference §5.2): a load that would deploy
// Kubernetes objects (any k8s resource, uncategorized objects included) fails on a
// context that is neither a local development cluster nor allowed by
// allow_k8s_contexts(). Also reports the context the load saw in the result.

import type { LoadContext } from '../../../../builtins/kit/index.js';
import { toHost } from '../../../../grammar/utf8.js';
import { StarlarkError } from '../../../starlark/values/value.js';
import { K8S_CONTEXT, deployRefusal } from '../../../../builtins/tilt/k8s-context/index.js';
import { contributeToResult } from '../../result.js';
import { AssemblyError } from '../index.js';
import type { K8sAssembly } from './index.js';

export function ensureK8sDeployAllowed(cx: LoadContext, k8s: K8sAssembly): void {
  if (k8s.resources.length === 0 && k8s.uncategorized === null) return;
  let refusal: string | null;
  try {
    refusal = deployRefusal(cx);
  } catch (e) {
    // an unreadable kubeconfig
    if (e instanceof StarlarkError) throw new AssemblyError(toHost(e.msg));
    throw e;
  }
  if (refusal !== null) throw new AssemblyError(refusal);
}

// Reading the kubeconfig costs the Kubernetes client library's start-up, so the result
// names the context only when the load needed it (k8s resources, local(), k8s_context()).
contributeToResult((cx, result) => {
  const info = cx.get(K8S_CONTEXT).info;
  if (info) result.k8sContext = info.context;
});
