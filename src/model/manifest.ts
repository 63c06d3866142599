// A manifest (Tilt's word for a resource): one unit the engine builds and runs.

import type { ComposeTarget } from './compose.js';
import type { ImageTarget } from './image.js';
import type { K8sTarget } from './k8s.js';
import type { LocalTarget } from './local.js';

export type ManifestType = 'k8s' | 'local' | 'dc';

export type TriggerMode = 'auto' | 'manual';

export interface Link {
  url: string;
  name: string;
}

export interface Manifest {
  name: string;
  type: ManifestType;
  /** names of resources whose first readiness gates this resource's first update */
  resourceDeps: string[];
  triggerMode: TriggerMode;
  /** whether the resource updates at startup */
  autoInit: boolean;
  labels: string[];
  links: Link[];
  /** image targets this resource deploys, dependencies before dependents */
  images: ImageTarget[];
  k8s?: K8sTarget;
  local?: LocalTarget;
  dc?: ComposeTarget;
}

/** The name of the synthetic resource holding leftover Kubernetes objects. */
export const UNCATEGORIZED = 'uncategorized';
