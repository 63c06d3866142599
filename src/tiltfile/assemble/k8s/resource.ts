// The Kubernetes resources assembly builds before they become manifests, and the
// bookkeeping shared by its steps: the resources in creation order, their names (global
// across resource kinds), and the objects no resource has claimed yet.

import type { LoadContext } from '../../../../builtins/kit/index.js';
import { IMAGES, type ImageDecl, type ImageRef } from '../../../../builtins/tilt/images/index.js';
import { K8S, goQuote, type CustomDeployDecl, type ImageLocatorSpec, type K8sObject } from '../../../../builtins/tilt/k8s/index.js';
import { RESOURCE_NAMES, resourceKindOf } from '../../../../builtins/tilt/resource-names.js';
import type { Link, PodReadiness, PortForward, TriggerMode } from '../../../model/index.js';

export interface K8sRes {
  name: string;
  objects: K8sObject[];
  /** image references found in the objects (or required by the custom deploy), first-seen order */
  imageRefs: { ref: ImageRef; required: boolean }[];
  portForwards: PortForward[];
  extraPodSelectors: Record<string, string>[];
  podReadiness: PodReadiness;
  discoveryStrategy: '' | 'default' | 'selectors-only';
  triggerMode: TriggerMode | undefined;
  autoInit: boolean;
  resourceDeps: string[];
  manuallyGrouped: boolean;
  links: Link[];
  labels: string[];
  customDeploy?: CustomDeployDecl;
}

export class K8sAssemblyState {
  readonly resources: K8sRes[] = [];
  readonly byName = new Map<string, K8sRes>();
  /** objects not (yet) in any resource, in registration order */
  unresourced: K8sObject[];
  readonly locators: ImageLocatorSpec[];
  /** builds with match_in_env_vars=True */
  readonly envVarImages: ImageDecl[];

  constructor(readonly cx: LoadContext) {
    const st = cx.get(K8S);
    this.unresourced = [...st.objects];
    this.locators = st.kinds.flatMap((k) => k.locators);
    this.envVarImages = cx.get(IMAGES).filter((d) => d.target.matchInEnvVars);
  }

  /** Why `name` cannot be used for a new (or renamed) k8s resource, or null. */
  conflict(name: string): string | null {
    if (this.byName.has(name)) return `k8s_resource named ${goQuote(name)} already exists`;
    const kind = resourceKindOf(this.cx, name);
    if (kind !== undefined && kind !== 'k8s_resource') return `${kind} named ${goQuote(name)} already exists`;
    return null;
  }

  /** Creates an empty resource; returns the conflict message instead when the name is taken. */
  make(name: string): K8sRes | string {
    const c = this.conflict(name);
    if (c !== null) return c;
    return this.add(name);
  }

  /** Registers a resource under a name known to be free. */
  add(name: string, customDeploy?: CustomDeployDecl): K8sRes {
    const r: K8sRes = {
      name,
      objects: [],
      imageRefs: [],
      portForwards: [],
      extraPodSelectors: [],
      podReadiness: '',
      discoveryStrategy: '',
      triggerMode: undefined,
      autoInit: true,
      resourceDeps: [],
      manuallyGrouped: false,
      links: [],
      labels: [],
      customDeploy,
    };
    this.resources.push(r);
    this.byName.set(name, r);
    this.cx.get(RESOURCE_NAMES).set(name, 'k8s_resource');
    return r;
  }

  rename(r: K8sRes, newName: string): void {
    this.byName.delete(r.name);
    this.cx.get(RESOURCE_NAMES).delete(r.name);
    r.name = newName;
    this.byName.set(newName, r);
    this.cx.get(RESOURCE_NAMES).set(newName, 'k8s_resource');
  }
}

/** Adds image references to a resource, once each. */
export function addImageRefs(r: K8sRes, refs: ImageRef[], required: boolean): void {
  for (const ref of refs) {
    const key = `${ref.repo}:${ref.tag}@${ref.digest}`;
    const have = r.imageRefs.find((x) => `${x.ref.repo}:${x.ref.tag}@${x.ref.digest}` === key);
    if (have) have.required ||= required;
    else r.imageRefs.push({ ref, required });
  }
}
