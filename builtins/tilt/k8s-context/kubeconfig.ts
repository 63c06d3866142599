// Reading the current Kubernetes context through @kubernetes/client-node's KubeConfig,
// honouring $KUBECONFIG, and classifying the cluster (reference §5.1).
//
// client-node is loaded only when a Tiltfile needs the context (k8s_context(), local()
// safety checks, Kubernetes resources), because loading it costs far more than the rest
// of a typical Tiltfile load.

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { nodeRequire } from '../../kit/node-require.js';

export interface KubeContextInfo {
  /** current context name ('' without a kubeconfig) */
  context: string;
  /** namespace of the current context ('default' when unset, '' without a kubeconfig) */
  namespace: string;
  /** the cluster name the context refers to */
  cluster: string;
  /** product derived from the cluster ('none' without a context) */
  product: string;
  /** whether the product is a local development cluster */
  isDev: boolean;
  /** the kubeconfig files in effect */
  files: string[];
}

export interface KubeconfigOverrides {
  context?: string;
  namespace?: string;
}

/** The kubeconfig files client-go would read: $KUBECONFIG's list, else ~/.kube/config. */
export function kubeconfigFiles(env: Record<string, string | undefined>): string[] {
  const list = env.KUBECONFIG;
  if (list !== undefined && list !== '') return list.split(delimiter).filter((f) => f !== '' && existsSync(f));
  const home = env.HOME ?? homedir();
  const dflt = join(home, '.kube', 'config');
  return existsSync(dflt) ? [dflt] : [];
}

type KubeConfigCtor = new () => {
  loadFromFile(file: string): void;
  getContexts(): { name: string; cluster: string; namespace?: string }[];
  getCurrentContext(): string;
  setCurrentContext(name: string): void;
  getClusters(): { name: string; caFile?: string }[];
};

let KubeConfigClass: KubeConfigCtor | undefined;

function kubeConfigClass(): KubeConfigCtor {
  if (!KubeConfigClass) {
    KubeConfigClass = (nodeRequire('@kubernetes/client-node') as { KubeConfig: KubeConfigCtor }).KubeConfig;
  }
  return KubeConfigClass;
}

export function readKubeContext(env: Record<string, string | undefined>, overrides: KubeconfigOverrides = {}): KubeContextInfo {
  const files = kubeconfigFiles(env);
  if (files.length === 0) return { context: '', namespace: '', cluster: '', product: 'none', isDev: false, files };
  const KubeConfig = kubeConfigClass();
  // Later files do not override earlier ones (client-go merge rule), so load in reverse.
  const contexts = new Map<string, { name: string; cluster: string; namespace?: string; file: string }>();
  const caFiles = new Map<string, string | undefined>();
  let current = '';
  for (const file of files) {
    const kc = new KubeConfig();
    kc.loadFromFile(file);
    for (const c of kc.getContexts()) if (!contexts.has(c.name)) contexts.set(c.name, { ...c, file });
    for (const cl of kc.getClusters()) if (!caFiles.has(cl.name)) caFiles.set(cl.name, cl.caFile);
    if (!current) current = kc.getCurrentContext() ?? '';
  }
  const name = overrides.context || current;
  const ctx = contexts.get(name);
  const cluster = ctx?.cluster ?? '';
  // client-go cannot build a client config for a missing or undefined context, and Tilt
  // then reports no namespace at all.
  const namespace = overrides.namespace || (ctx ? ctx.namespace || 'default' : '');
  if (!name) return { context: '', namespace, cluster: '', product: 'none', isDev: false, files };
  const product = productOf(cluster, ctx?.file ?? '', caFiles.get(cluster), env);
  return { context: name, namespace, cluster, product, isDev: DEV_PRODUCTS.has(product), files };
}

const DEV_PRODUCTS = new Set(['minikube', 'docker-desktop', 'kind', 'microk8s', 'crc', 'krucible', 'k3d', 'rancher-desktop', 'colima', 'orbstack']);

/** The cluster product, by the rules of reference §5.1 (first match wins). */
export function productOf(cluster: string, file: string, caFile: string | undefined, env: Record<string, string | undefined>): string {
  const home = env.HOME ?? homedir();
  if (cluster.startsWith('minikube')) return 'minikube';
  if (cluster.startsWith('docker-for-desktop-cluster') || cluster.startsWith('docker-desktop')) return 'docker-desktop';
  if (cluster.startsWith('gke')) return 'gke';
  if (cluster.startsWith('arn:aws:eks:') || cluster.endsWith('.eksctl.io')) return 'eks';
  if (cluster === 'kind' || cluster.startsWith('kind-')) return 'kind';
  if (cluster.startsWith('microk8s')) return 'microk8s';
  if (cluster.startsWith('api-crc-testing')) return 'crc';
  if (cluster.startsWith('krucible-')) return 'krucible';
  if (cluster.startsWith('k3d-')) return 'k3d';
  if (cluster.startsWith('rancher-desktop')) return 'rancher-desktop';
  if (cluster.startsWith('colima')) return 'colima';
  if (cluster === 'orbstack') return 'orbstack';
  if (file.startsWith(join(home, '.config', 'k3d') + '/')) return 'k3d';
  if (caFile && caFile.startsWith(join(home, '.minikube') + '/')) return 'minikube';
  if (basename(file).startsWith('kind-config-')) return 'kind';
  return 'unknown';
}
