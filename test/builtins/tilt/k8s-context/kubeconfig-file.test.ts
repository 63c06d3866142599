// The kubeconfig files are read directly (not through @kubernetes/client-node): relative
// certificate-authority paths are relative to their file, incomplete entries fail with
// client-node's messages, and empty or sparse files are fine.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKubeContext } from '../../../../builtins/tilt/k8s-context/kubeconfig.js';

function kubeconfig(text: string, sub = ''): { env: Record<string, string>; dir: string } {
  const home = mkdtempSync(join(tmpdir(), 'tiltjs-kubecfg-'));
  const dir = join(home, sub);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'config'), text);
  return { env: { HOME: home, KUBECONFIG: join(dir, 'config') }, dir };
}

describe('kubeconfig files', () => {
  it('resolves a relative certificate-authority against the file (minikube detection)', () => {
    const { env } = kubeconfig(
      'current-context: dev\ncontexts:\n- name: dev\n  context: {cluster: dev, user: u}\nclusters:\n- name: dev\n  cluster: {server: "https://1.2.3.4", certificate-authority: ca.crt}\n',
      '.minikube',
    );
    expect(readKubeContext(env)).toMatchObject({ context: 'dev', cluster: 'dev', product: 'minikube', isDev: true });
  });

  it('reads an empty file as no context', () => {
    expect(readKubeContext(kubeconfig('').env)).toMatchObject({ context: '', product: 'none' });
  });

  it('reads a context whose cluster is not defined', () => {
    const { env } = kubeconfig('current-context: ci\ncontexts:\n- name: ci\n  context:\n    cluster: kind-ci\n    namespace: builds\n');
    expect(readKubeContext(env)).toMatchObject({ context: 'ci', namespace: 'builds', cluster: 'kind-ci', product: 'kind' });
  });

  it.each([
    ['clusters:\n- cluster: {server: x}\n', 'clusters[0].name is missing'],
    ['clusters:\n- name: a\n', 'clusters[0].cluster is missing'],
    ['clusters:\n- name: a\n  cluster: {}\n', 'clusters[0].cluster.server is missing'],
    ['contexts:\n- context: {cluster: a}\n', 'contexts[0].name is missing'],
    ['contexts:\n- name: a\n', 'contexts[0].context is missing'],
    ['contexts:\n- name: a\n  context: {user: u}\n', 'contexts[0].context.cluster is missing'],
    ['users:\n- user: {}\n', 'users[0].name is missing'],
  ])('rejects %j', (text, message) => {
    expect(() => readKubeContext(kubeconfig(text).env)).toThrow(message);
  });
});
