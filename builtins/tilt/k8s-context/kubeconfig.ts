// Reading the current Kubernetes context from the kubeconfig files, honouring $KUBECONFIG,
// and classifying the cluster (reference §5.1).
//
// Each file's entries are parsed by @kubernetes/client-node's own kubeconfig parsers
// (newClusters/newContexts/newUsers, what its KubeConfig.loadFromString uses, with the
// same errors for incomplete entries); the files are read and merged here. Loading
// client-node's KubeConfig class would pull in its whole generated API client, costing
// several times a whole Tiltfile load, and it cannot be loaded from a start-up snapshot.

import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join } from 'node:path';
import yaml from 'js-yaml';
import { newClusters, newContexts, newUsers } from '@kubernetes/client-node/dist/config_types.js';

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

interface KubeconfigFile {
  currentContext: string;
  contexts: { name: string; cluster: string; namespace?: string }[];
  clusters: { name: string; caFile?: string }[];
}

/** One kubeconfig file; entries missing a required field fail as in client-node. */
function readKubeconfigFile(file: string): KubeconfigFile {
  const doc = (yaml.load(readFileSync(file, 'utf8')) ?? {}) as Record<string, unknown>;
  const clusters = newClusters(doc.clusters).map((c) => ({
    name: c.name,
    // relative certificate paths are relative to the file that names them
    caFile: c.caFile && !isAbsolute(c.caFile) ? join(dirname(file), c.caFile) : c.caFile,
  }));
  const contexts = newContexts(doc.contexts).map((c) => ({ name: c.name, cluster: c.cluster, namespace: c.namespace }));
  newUsers(doc.users);
  const current = doc['current-context'];
  return { currentContext: typeof current === 'string' ? current : '', contexts, clusters };
}

export function readKubeContext(env: Record<string, string | undefined>, overrides: KubeconfigOverrides = {}): KubeContextInfo {
  const files = kubeconfigFiles(env);
  if (files.length === 0) return { context: '', namespace: '', cluster: '', product: 'none', isDev: false, files };
  // Earlier files win (client-go merge rule): the first definition of a name is kept.
  const contexts = new Map<string, { name: string; cluster: string; namespace?: string; file: string }>();
  const caFiles = new Map<string, string | undefined>();
  let current = '';
  for (const file of files) {
    const kc = readKubeconfigFile(file);
    for (const c of kc.contexts) if (!contexts.has(c.name)) contexts.set(c.name, { ...c, file });
    for (const cl of kc.clusters) if (!caFiles.has(cl.name)) caFiles.set(cl.name, cl.caFile);
    if (!current) current = kc.currentContext;
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
