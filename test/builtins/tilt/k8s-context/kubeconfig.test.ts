// Reading the current context through @kubernetes/client-node (reference §5.1): $KUBECONFIG
// lists, the default ~/.kube/config, no kubeconfig at all, --context/--namespace overrides,
// and the cluster-product table that decides what counts as a local cluster.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeconfigFiles, productOf, readKubeContext } from '../../../../builtins/tilt/k8s-context/kubeconfig.js';

function config(current: string, contexts: [string, string, string?][]): string {
  const ctx = contexts
    .map(([name, cluster, ns]) => `- name: ${name}\n  context:\n    cluster: ${cluster}\n    user: u${ns ? `\n    namespace: ${ns}` : ''}`)
    .join('\n');
  return `apiVersion: v1\nkind: Config\n${current ? `current-context: ${current}\n` : ''}contexts:\n${ctx}\nclusters:\n- name: c\n  cluster: {server: "https://1.2.3.4"}\nusers:\n- name: u\n  user: {token: t}\n`;
}

function home(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiltjs-kube-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe('readKubeContext', () => {
  it('has no context without a kubeconfig', () => {
    const h = home({});
    expect(kubeconfigFiles({ HOME: h })).toEqual([]);
    expect(readKubeContext({ HOME: h })).toMatchObject({ context: '', namespace: '', product: 'none', isDev: false });
  });

  it('reads ~/.kube/config by default', () => {
    const h = home({ '.kube/config': config('kind-kind', [['kind-kind', 'kind-kind']]) });
    expect(readKubeContext({ HOME: h })).toMatchObject({ context: 'kind-kind', namespace: 'default', cluster: 'kind-kind', product: 'kind', isDev: true });
  });

  it('merges a $KUBECONFIG list: first current-context and first definition win', () => {
    const h = home({
      a: config('', [['prod', 'gke_acme_us_prod', 'payments']]),
      b: config('prod', [['prod', 'minikube'], ['dev', 'minikube']]),
    });
    const info = readKubeContext({ HOME: h, KUBECONFIG: [join(h, 'missing'), join(h, 'a'), join(h, 'b')].join(':') });
    expect(info).toMatchObject({ context: 'prod', namespace: 'payments', cluster: 'gke_acme_us_prod', product: 'gke', isDev: false });
    expect(info.files).toEqual([join(h, 'a'), join(h, 'b')]);
  });

  it('applies --context and --namespace overrides', () => {
    const h = home({ c: config('prod', [['prod', 'gke_x'], ['dev', 'docker-desktop', 'dev-ns']]) });
    const env = { HOME: h, KUBECONFIG: join(h, 'c') };
    expect(readKubeContext(env, { context: 'dev' })).toMatchObject({ context: 'dev', namespace: 'dev-ns', product: 'docker-desktop' });
    expect(readKubeContext(env, { namespace: 'other' })).toMatchObject({ context: 'prod', namespace: 'other' });
  });

  it('reports no namespace for an undefined current context', () => {
    const h = home({ c: config('ghost', [['dev', 'kind']]) });
    expect(readKubeContext({ HOME: h, KUBECONFIG: join(h, 'c') })).toMatchObject({ context: 'ghost', namespace: '', product: 'unknown' });
  });
});

describe('productOf', () => {
  const env = { HOME: '/home/me' };
  it.each([
    ['minikube', 'minikube', true],
    ['docker-desktop', 'docker-desktop', true],
    ['docker-for-desktop-cluster', 'docker-desktop', true],
    ['gke_p_z_c', 'gke', false],
    ['arn:aws:eks:us-east-1:1:cluster/x', 'eks', false],
    ['x.us-east-1.eksctl.io', 'eks', false],
    ['kind', 'kind', true],
    ['kind-dev', 'kind', true],
    ['microk8s-cluster', 'microk8s', true],
    ['api-crc-testing:6443', 'crc', true],
    ['krucible-1', 'krucible', true],
    ['k3d-dev', 'k3d', true],
    ['rancher-desktop', 'rancher-desktop', true],
    ['colima', 'colima', true],
    ['orbstack', 'orbstack', true],
    ['prod-cluster', 'unknown', false],
  ])('%s is %s', (cluster, product) => {
    expect(productOf(cluster, '/home/me/.kube/config', undefined, env)).toBe(product);
  });

  it('recognises clusters by where their config lives', () => {
    expect(productOf('dev', '/home/me/.config/k3d/kubeconfig-dev.yaml', undefined, env)).toBe('k3d');
    expect(productOf('dev', '/home/me/.kube/config', '/home/me/.minikube/ca.crt', env)).toBe('minikube');
    expect(productOf('dev', '/tmp/kind-config-dev', undefined, env)).toBe('kind');
  });
});
