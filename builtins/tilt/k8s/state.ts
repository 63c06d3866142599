// What the Kubernetes builtins record during execution; assembly
// (src/tiltfile/assemble/k8s) turns it into resources afterwards (reference §3.2–§3.4).

import { stateSlot } from '../../kit/index.js';
import type { CustomDeploy, Link, PodReadiness, PortForward, TriggerMode } from '../../../src/model/index.js';
import type { StarFunction } from '../../../src/starlark/values/function.js';
import type { K8sObject } from './object.js';
import { ObjectSelector } from './object-selector.js';
import type { ImageLocatorSpec } from './image-locators.js';

/** A k8s_kind() / k8s_image_json_path() declaration (plus the built-in Job and CronJob). */
export interface KindDecl {
  selector: ObjectSelector;
  locators: ImageLocatorSpec[];
  /** '' = no opinion */
  podReadiness: PodReadiness;
}

/** One k8s_resource() call, applied after execution in call order. */
export interface ResourceOptions {
  /** the resource the call configures (the workload, or new_name for a new group) */
  workload: string;
  newName: string;
  portForwards: PortForward[];
  extraPodSelectors: Record<string, string>[];
  triggerMode: TriggerMode | undefined;
  autoInit: boolean | undefined;
  resourceDeps: string[];
  objects: string[];
  manuallyGrouped: boolean;
  podReadiness: PodReadiness;
  links: Link[];
  labels: string[];
  discoveryStrategy: '' | 'default' | 'selectors-only';
  /** `file:line:col` of the call, for assembly errors */
  position: string;
}

/** A k8s_custom_deploy() resource, created at call time. */
export interface CustomDeployDecl {
  name: string;
  deploy: CustomDeploy;
  /** image_deps refs as written; each must match an image build */
  imageDeps: string[];
  /** the ref of the live-update-only image declared for its live_update=, if any */
  liveUpdateImage?: string;
}

export interface K8sState {
  /** every object k8s_yaml() registered, in registration order */
  objects: K8sObject[];
  /** duplicate index: object key -> call stack of the registration that owns it */
  registered: Map<string, string>;
  kinds: KindDecl[];
  options: ResourceOptions[];
  customDeploys: CustomDeployDecl[];
  workloadToResource: { fn: StarFunction; position: string } | null;
}

function initialKinds(): KindDecl[] {
  return [
    { selector: ObjectSelector.partial('batch/v1', 'Job', '', ''), locators: [], podReadiness: 'succeeded' },
    { selector: ObjectSelector.partial('batch/v1', 'CronJob', '', ''), locators: [], podReadiness: 'ignore' },
  ];
}

export const K8S = stateSlot<K8sState>('k8s', () => ({
  objects: [],
  registered: new Map(),
  kinds: initialKinds(),
  options: [],
  customDeploys: [],
  workloadToResource: null,
}));
