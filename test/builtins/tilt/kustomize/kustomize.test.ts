// kustomize(): the files a kustomization depends on, the command line (kustomize build,
// or kubectl kustomize as a fallback), and argument errors.

import { describe, expect, it } from 'vitest';
import { kustomizeDeps } from '../../../../builtins/tilt/kustomize/deps.js';
import { fakeHost, load, ok, tempProject } from '../fake-host.js';

describe('kustomizeDeps', () => {
  it('lists the kustomization, its bases first, and what it names', () => {
    const dir = tempProject({
      'kustomization.yaml': [
        'bases: [./base]',
        'resources: [svc.yaml, https://github.com/acme/k8s//web?ref=v1]',
        'components: [../components/tls]',
        'patchesStrategicMerge: [patch.yaml]',
        'patches: [{path: replicas.yaml}, {patch: "inline"}]',
        'patchesJson6902: [{path: ing.yaml, target: {kind: Ingress}}]',
        'crds: [crd.yaml]',
        'configMapGenerator: [{name: c, files: [app.properties, key=conf/other.txt], envs: [.env]}]',
        'secretGenerator: [{name: s, files: [secret.txt]}]',
      ].join('\n'),
      'base/kustomization.yml': 'resources: [pod.yaml]\n',
    });
    const parent = dir.slice(0, dir.lastIndexOf('/'));
    expect(kustomizeDeps(dir)).toEqual([
      `${dir}/base/kustomization.yml`,
      `${dir}/base/pod.yaml`,
      `${dir}/kustomization.yaml`,
      `${dir}/svc.yaml`,
      `${parent}/components/tls`,
      `${dir}/patch.yaml`,
      `${dir}/replicas.yaml`,
      `${dir}/crd.yaml`,
      `${dir}/ing.yaml`,
      `${dir}/app.properties`,
      `${dir}/conf/other.txt`,
      `${dir}/.env`,
      `${dir}/secret.txt`,
    ]);
  });

  it('fails without exactly one kustomization file', () => {
    const none = tempProject({ 'x.yaml': '' });
    expect(() => kustomizeDeps(none)).toThrow(`unable to find one of [kustomization.yaml kustomization.yml Kustomization] in directory '${none}'`);
    const two = tempProject({ 'kustomization.yaml': '', 'Kustomization': '' });
    expect(() => kustomizeDeps(two)).toThrow(`Found multiple kustomization files under: ${two}\n`);
  });
});

describe('kustomize()', () => {
  const files = { 'k8s/kustomization.yaml': 'resources: [cm.yaml]\n', 'k8s/cm.yaml': 'kind: ConfigMap\n' };

  it('runs kustomize build with flags and a relative directory', () => {
    const dir = tempProject({ ...files, Tiltfile: "kustomize('k8s', flags=['--enable-helm'])\n" });
    const host = fakeHost(() => ok('kind: ConfigMap\n'), {}, ['kustomize']);
    expect(load(dir, host).error).toBeNull();
    expect(host.calls).toEqual([{ argv: ['kustomize', 'build', '--enable-helm', 'k8s'], cwd: dir }]);
    expect(host.logs).toEqual(['Running: kustomize build --enable-helm k8s']);
  });

  it('falls back to kubectl kustomize, saying so', () => {
    const dir = tempProject({ ...files, Tiltfile: "kustomize('./k8s/')\n" });
    const host = fakeHost(() => ok(''), {}, ['kubectl']);
    const r = load(dir, host);
    expect(r.error).toBeNull();
    expect(host.calls[0].argv).toEqual(['kubectl', 'kustomize', 'k8s']);
    expect(host.logs[0]).toBe('Falling back to `kubectl kustomize` since `kustomize` was not found in PATH');
    expect(r.configFiles).toEqual([`${dir}/Tiltfile`, `${dir}/k8s/cm.yaml`, `${dir}/k8s/kustomization.yaml`]);
  });

  it('checks flags is a list of strings', () => {
    const dir = tempProject({ ...files, Tiltfile: "kustomize('k8s', flags='--enable-helm')\n" });
    expect(load(dir, fakeHost(() => ok(''))).error).toContain(
      'Error in kustomize: kustomize: for parameter "flags": value should be a List or Tuple of strings, but is of type string',
    );
    const dir2 = tempProject({ ...files, Tiltfile: "kustomize('k8s', flags=['-o', 1])\n" });
    expect(load(dir2, fakeHost(() => ok(''))).error).toContain('value should contain only strings, but element "1" was of type int');
  });
});
