// Kubernetes assembly through whole loads (reference §3.2–§3.4, §3.9): grouping Services
// with workloads, leftover pod templates, readiness inference, apply order, manifest
// order and the links port forwards imply.

import { describe, expect, it } from 'vitest';
import { deployment, loadProject, manifest } from '../builtins/tilt/k8s/helpers.js';

function service(name: string, selector: string, extra = ''): string {
  return `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}${extra}}\nspec:\n  selector: ${selector}\n  ports: [{port: 80}]\n`;
}

function objectsOf(r: ReturnType<typeof loadProject>['result'], name: string): string[] {
  return manifest(r, name).k8s!.objects.map((o) => `${o.kind}/${o.name}`);
}

describe('service grouping', () => {
  it('groups Services whose selector picks the pod template, within the namespace', () => {
    const yaml = [
      deployment('web', 'nginx', ', namespace: shop'),
      service('web', '{app: web}'),
      service('web-shop', '{app: web}', ', namespace: shop'),
      service('web-other', '{app: web}', ', namespace: other'),
      service('web-extra', '{app: web, tier: x}'),
      'apiVersion: v1\nkind: Service\nmetadata: {name: headless}\nspec: {ports: [{port: 1}]}\n',
    ].join('---\n');
    const { result } = loadProject({ 'all.yaml': yaml, Tiltfile: "k8s_yaml('all.yaml')\n" });
    expect(result.error).toBeNull();
    expect(objectsOf(result, 'web')).toEqual(['Service/web', 'Service/web-shop', 'Deployment/web']);
    expect(objectsOf(result, 'uncategorized')).toEqual(['Service/web-other', 'Service/web-extra', 'Service/headless']);
  });

  it('gives image-less pod templates a resource of their own name', () => {
    const empty = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: NAME}\nspec:\n  template:\n    metadata: {labels: {app: NAME}}\n    spec: {containers: []}\n';
    const yaml = [
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: c, image: nginx}]\n',
      empty.replaceAll('NAME', 'web'),
      empty.replaceAll('NAME', 'idle'),
      service('idle', '{app: idle}'),
    ].join('---\n');
    const { result } = loadProject({ 'all.yaml': yaml, Tiltfile: "k8s_yaml('all.yaml')\n" });
    expect(result.error).toBeNull();
    expect(result.manifests.map((m) => m.name)).toEqual(['web', 'idle']);
    expect(objectsOf(result, 'web')).toEqual(['Deployment/web', 'Pod/web']);
    expect(objectsOf(result, 'idle')).toEqual(['Service/idle', 'Deployment/idle']);
  });
});

describe('apply order and YAML', () => {
  it('sorts objects by kind priority, stable within a kind', () => {
    const kinds = ['Deployment', 'Widget', 'ConfigMap', 'Namespace', 'PodDisruptionBudget', 'Secret', 'Gadget', 'CustomResourceDefinition', 'ConfigMap'];
    const yaml = kinds.map((k, i) => `apiVersion: v1\nkind: ${k}\nmetadata: {name: o${i}}\n`).join('---\n');
    const { result } = loadProject({ 'all.yaml': yaml, Tiltfile: "k8s_yaml('all.yaml')\n" });
    expect(objectsOf(result, 'uncategorized')).toEqual([
      'Namespace/o3', 'CustomResourceDefinition/o7', 'ConfigMap/o2', 'ConfigMap/o8', 'Secret/o5',
      'Deployment/o0', 'PodDisruptionBudget/o4', 'Widget/o1', 'Gadget/o6',
    ]);
  });

  it('serialises the objects as one stream in apply order', () => {
    const yaml = deployment('web', 'nginx') + '---\n' + service('web', '{app: web}');
    const { result } = loadProject({ 'all.yaml': yaml, Tiltfile: "k8s_yaml('all.yaml')\n" });
    expect(manifest(result, 'web').k8s!.yaml).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n---\n' +
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n' +
        '  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n',
    );
  });
});

describe('resources', () => {
  it('orders custom deploys, workloads, new groups, local resources, uncategorized', () => {
    const { result } = loadProject({
      'all.yaml': deployment('web', 'nginx') + '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n',
      Tiltfile: `local_resource('lint', 'true')
k8s_resource(new_name='config', objects=['a'])
k8s_yaml('all.yaml')
k8s_custom_deploy('cd', 'apply', 'delete', [])
k8s_resource('cd', new_name='custom')
`,
    });
    expect(result.error).toBeNull();
    expect(result.manifests.map((m) => m.name)).toEqual(['custom', 'web', 'config', 'lint', 'uncategorized']);
  });

  it('infers pod readiness', () => {
    const yaml = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n',
      'apiVersion: example.com/v1\nkind: Database\nmetadata: {name: db}\n',
      'apiVersion: example.com/v1\nkind: DatabaseUser\nmetadata: {name: dbu}\n',
    ].join('---\n');
    const { result } = loadProject({
      'all.yaml': yaml,
      Tiltfile: `k8s_yaml('all.yaml')
k8s_kind('Database', pod_readiness='ignore')
k8s_kind('DatabaseUser', pod_readiness='wait')
k8s_resource(new_name='plain', objects=['a'])
k8s_resource(new_name='selected', objects=['b'], extra_pod_selectors={'app': 'b'})
`,
    });
    expect(result.error).toBeNull();
    const readiness = Object.fromEntries(result.manifests.map((m) => [m.name, m.k8s!.podReadiness]));
    // DatabaseUser matches both kind patterns: "wait" beats "ignore".
    expect(readiness).toEqual({ db: 'ignore', dbu: 'wait', plain: 'ignore', selected: 'wait' });
  });

  it('lists known resources in creation order for an unknown name', () => {
    const { result } = loadProject({
      'all.yaml': deployment('b', 'nginx') + '---\n' + deployment('a', 'nginx'),
      Tiltfile: "k8s_yaml('all.yaml')\nk8s_resource('c')\n",
    });
    expect(result.error).toMatch(/: k8s_resource specified unknown resource "c". known k8s resources: b, a$/);
  });

  it('renames to a name only once it is free', () => {
    const { result } = loadProject({
      'all.yaml': deployment('a', 'nginx') + '---\n' + deployment('b', 'nginx'),
      Tiltfile: "k8s_yaml('all.yaml')\nk8s_resource('a', new_name='b')\n",
    });
    expect(result.error).toMatch(/: k8s_resource specified to rename "a" to "b": k8s_resource named "b" already exists$/);
    const swapped = loadProject({
      'all.yaml': deployment('a', 'nginx') + '---\n' + deployment('b', 'nginx'),
      Tiltfile: "k8s_yaml('all.yaml')\nk8s_resource('b', new_name='c')\nk8s_resource('a', new_name='b')\nk8s_resource('c', new_name='a')\n",
    });
    expect(swapped.result.manifests.map((m) => `${m.name}=${m.k8s!.objects[0].name}`)).toEqual(['b=a', 'a=b']);
  });

  it('derives links from port forwards with the web host', () => {
    const { result } = loadProject({
      'all.yaml': deployment('web', 'nginx'),
      Tiltfile: "k8s_yaml('all.yaml')\nk8s_resource('web', port_forwards=[8000, port_forward(9000, link_path='//x', name='n')])\n",
    });
    expect(manifest(result, 'web').links).toEqual([
      { url: 'http://localhost:8000/', name: '' },
      { url: 'http://localhost:9000//x', name: 'n' },
    ]);
  });

  it('records the YAML files as config files', () => {
    const { result, dir } = loadProject({ 'all.yaml': deployment('web', 'nginx'), Tiltfile: "k8s_yaml('all.yaml')\n" });
    expect(result.configFiles).toEqual([`${dir}/Tiltfile`, `${dir}/all.yaml`]);
  });
});
