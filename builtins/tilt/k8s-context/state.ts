// The kube context a load sees and the contexts the Tiltfile allows (reference §5).

import { stateSlot, type LoadContext } from '../../kit/index.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { readKubeContext, type KubeContextInfo } from './kubeconfig.js';

export interface K8sContextState {
  /** accumulated allow_k8s_contexts() names */
  allowed: string[];
  info: KubeContextInfo | null;
}

export const K8S_CONTEXT = stateSlot<K8sContextState>('k8s-context', () => ({ allowed: [], info: null }));

/** Overrides from `tiltjs up --context/--namespace`, set by the loader. */
export const KUBE_OVERRIDES = stateSlot<{ context?: string; namespace?: string }>('kube-overrides', () => ({}));

export function kubeContext(cx: LoadContext): KubeContextInfo {
  const st = cx.get(K8S_CONTEXT);
  if (!st.info) {
    try {
      st.info = readKubeContext(cx.host.env, cx.get(KUBE_OVERRIDES));
    } catch (e) {
      throw new StarlarkError(`reading kubeconfig: ${(e as Error).message}`);
    }
  }
  return st.info;
}

/** The allow rule: not the main Tiltfile's load, no context, a dev cluster, or an allowed name. */
export function contextAllowed(cx: LoadContext): boolean {
  if (!cx.isMainLoad) return true;
  const info = kubeContext(cx);
  return info.product === 'none' || info.isDev || cx.get(K8S_CONTEXT).allowed.includes(info.context);
}

/** Checkpoint 1: every local() call. */
export function ensureLocalAllowed(cx: LoadContext): void {
  if (contextAllowed(cx)) return;
  const ctx = kubeContext(cx).context;
  throw new StarlarkError(
    `Refusing to run 'local' because ${ctx} might be a production kube context.\n` +
      `If you're sure you want to continue add:\n\tallow_k8s_contexts('${ctx}')\n` +
      `before this function call in your Tiltfile. Otherwise, switch k8s contexts and restart Tilt.`,
  );
}

/** Checkpoint 2: after assembly, when Kubernetes objects will be deployed. */
export function deployRefusal(cx: LoadContext): string | null {
  if (contextAllowed(cx)) return null;
  const info = kubeContext(cx);
  return (
    `Stop! ${info.context} might be production.\n` +
    `If you're sure you want to deploy there, add:\n\tallow_k8s_contexts('${info.context}')\n` +
    `to your Tiltfile. Otherwise, switch k8s contexts and restart Tilt.`
  );
}
