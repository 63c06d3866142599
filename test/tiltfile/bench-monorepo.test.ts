// The Tiltfile load benchmark's project (bench/tiltfile-monorepo, see bench/tiltfile.mjs)
// must keep loading into the resources it is meant to time: 100 of them, with the images,
// grouped objects and local tasks its generator describes.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHost } from '../../src/adapters/host/node-host.js';
import { loadTiltfile } from '../../src/tiltfile/loader.js';

const project = join(__dirname, '../../bench/tiltfile-monorepo');

describe('bench/tiltfile-monorepo', () => {
  const env: Record<string, string | undefined> = { ...process.env, KUBECONFIG: join(project, 'kubeconfig'), HOME: project };
  const result = loadTiltfile({ file: join(project, 'Tiltfile'), subcommand: 'alpha tiltfile-result', host: nodeHost(env) });

  it('loads 100 resources (and uncategorized) without warnings', () => {
    expect(result.error).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(result.k8sContext).toBe('kind-shop');
    const names = result.manifests.map((m) => m.name);
    expect(names).toHaveLength(101);
    expect(names[names.length - 1]).toBe('uncategorized');
    expect(result.manifests.filter((m) => m.type === 'local')).toHaveLength(20);
  });

  it('deploys the services with their base images and live updates', () => {
    const withImages = result.manifests.filter((m) => m.images.length > 0);
    expect(withImages).toHaveLength(62);
    const checkout = result.manifests.find((m) => m.name === 'checkout')!;
    expect(checkout.images.map((i) => i.id)).toEqual(['image:registry.local_shop_base-go', 'image:registry.local_shop_checkout']);
    expect(checkout.images[1].liveUpdate.map((s) => s.type)).toEqual(['fall_back_on', 'sync', 'run']);
    expect(checkout.resourceDeps).toEqual(['cart', 'codegen-go']);
    expect(result.manifests.find((m) => m.name === 'tax')!.resourceDeps).toEqual(['cart', 'postgres', 'kafka', 'codegen-go']);
    expect(checkout.k8s!.objects.map((o) => o.kind)).toEqual(['Service', 'Deployment']);
  });

  it('groups the shared objects', () => {
    const byName = new Map(result.manifests.map((m) => [m.name, m]));
    expect(byName.get('ingresses')!.k8s!.objects).toHaveLength(6);
    expect(byName.get('namespaces')!.k8s!.objects).toHaveLength(7);
    expect(byName.get('scheduler')!.k8s!.objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'Role', 'RoleBinding', 'Service', 'Deployment']);
    expect(byName.get('uncategorized')!.k8s!.objects.every((o) => o.kind === 'ConfigMap')).toBe(true);
  });
});
