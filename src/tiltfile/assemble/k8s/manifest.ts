// Turning assembled Kubernetes resources into manifests (reference §3.2, §3.8, §3.9, §6):
// objects in apply order (by kind priority), their YAML, image targets matched to builds,
// port forwards and the links they imply, the inferred pod readiness, trigger mode.

import type { LoadContext } from '../../../../builtins/kit/index.js';
import { findImageDecl, familiarString } from '../../../../builtins/tilt/images/index.js';
import { K8S, dumpK8sYaml, goQuote, locatorModel, objectRef, type K8sObject } from '../../../../builtins/tilt/k8s/index.js';
import { GLOBAL_TRIGGER_MODE } from '../../../../builtins/tilt/trigger-mode/index.js';
import type { ImageTarget, K8sTarget, Link, Manifest, PodReadiness } from '../../../model/index.js';
import { UNCATEGORIZED } from '../../../model/index.js';
import { AssemblyError } from '../index.js';
import type { K8sRes } from './resource.js';

/** Kinds applied first, in this order; every other kind comes after them. */
const KIND_ORDER = [
  'Namespace', 'ResourceQuota', 'StorageClass', 'CustomResourceDefinition', 'MutatingWebhookConfiguration',
  'ServiceAccount', 'PodSecurityPolicy', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding',
  'PersistentVolume', 'PersistentVolumeClaim', 'ConfigMap', 'Secret', 'Service', 'LimitRange', 'PriorityClass',
  'Deployment', 'StatefulSet', 'CronJob', 'PodDisruptionBudget',
];

function kindRank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

export function sortedForApply(objects: K8sObject[]): K8sObject[] {
  return objects
    .map((o, i) => ({ o, i }))
    .sort((a, b) => kindRank(a.o.kind) - kindRank(b.o.kind) || a.i - b.i)
    .map((x) => x.o);
}

/** Matches the resource's image references to builds; a required one must exist. */
export function resolveImages(cx: LoadContext, r: K8sRes): ImageTarget[] {
  const targets: ImageTarget[] = [];
  for (const { ref, required } of r.imageRefs) {
    const decl = findImageDecl(cx, ref);
    if (decl) {
      if (!targets.includes(decl.target)) targets.push(decl.target);
    } else if (required) {
      throw new AssemblyError(`resource ${goQuote(r.name)}: image build ${goQuote(familiarString(ref))} not found`);
    }
  }
  return targets;
}

function inferReadiness(cx: LoadContext, r: K8sRes, images: ImageTarget[]): PodReadiness {
  if (r.podReadiness !== '') return r.podReadiness;
  const modes = new Set<PodReadiness>();
  for (const k of cx.get(K8S).kinds) if (r.objects.some((o) => k.selector.matches(o))) modes.add(k.podReadiness);
  for (const m of ['wait', 'ignore', 'succeeded'] as const) if (modes.has(m)) return m;
  if (r.manuallyGrouped && r.extraPodSelectors.length === 0 && images.length === 0) return 'ignore';
  return 'wait';
}

function target(cx: LoadContext, r: K8sRes, readiness: PodReadiness): K8sTarget {
  const t: K8sTarget = {
    objects: [],
    yaml: '',
    portForwards: r.portForwards.map((p) => ({ ...p })),
    extraPodSelectors: r.extraPodSelectors.map((s) => ({ ...s })),
    podReadiness: readiness,
    discoveryStrategy: r.discoveryStrategy,
    imageLocators: [],
  };
  if (r.customDeploy) {
    t.customDeploy = r.customDeploy.deploy;
    return t;
  }
  const sorted = sortedForApply(r.objects);
  t.objects = sorted.map(objectRef);
  t.yaml = dumpK8sYaml(sorted.map((o) => o.doc));
  for (const k of cx.get(K8S).kinds) {
    for (const l of k.locators) if (sorted.some((o) => l.selector.matches(o))) t.imageLocators.push(locatorModel(l));
  }
  return t;
}

/** The UI link of a port forward: http://<host>:<local>/<link path>. */
function portForwardLink(cx: LoadContext, p: K8sTarget['portForwards'][number]): Link {
  const host = p.host !== '' ? p.host : cx.webHost;
  return { url: `http://${host}:${p.localPort}/${p.linkPath.replace(/^\//, '')}`, name: p.name };
}

export function resourceManifest(cx: LoadContext, r: K8sRes, images: ImageTarget[]): Manifest {
  const k8s = target(cx, r, inferReadiness(cx, r, images));
  return {
    name: r.name,
    type: 'k8s',
    resourceDeps: [...r.resourceDeps],
    triggerMode: r.triggerMode ?? cx.get(GLOBAL_TRIGGER_MODE).mode,
    autoInit: r.autoInit,
    // a set in Tilt (a Go map), printed in key order
    labels: [...r.labels].sort(),
    links: [...r.links, ...k8s.portForwards.map((p) => portForwardLink(cx, p))],
    images,
    k8s,
  };
}

/** The `uncategorized` resource: leftover objects, applied but never waited on. */
export function uncategorizedManifest(cx: LoadContext, objects: K8sObject[]): Manifest {
  const sorted = sortedForApply(objects);
  return {
    name: UNCATEGORIZED,
    type: 'k8s',
    resourceDeps: [],
    triggerMode: 'auto',
    autoInit: true,
    labels: [],
    links: [],
    images: [],
    k8s: {
      objects: sorted.map(objectRef),
      yaml: dumpK8sYaml(sorted.map((o) => o.doc)),
      portForwards: [],
      extraPodSelectors: [],
      podReadiness: 'ignore',
      discoveryStrategy: '',
      imageLocators: [],
    },
  };
}
