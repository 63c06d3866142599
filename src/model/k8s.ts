// Kubernetes deploy targets.

export interface K8sObjectRef {
  apiVersion: string;
  kind: string;
  name: string;
  /** as written ('' when absent) */
  namespace: string;
}

export interface PortForward {
  localPort: number;
  /** 0 = pick from the pod */
  containerPort: number;
  /** '' = the web host */
  host: string;
  name: string;
  linkPath: string;
}

export type PodReadiness = 'wait' | 'ignore' | 'succeeded' | '';

/** Where an image reference lives in an object besides container `image` fields. */
export interface ImageLocator {
  /** object selectors (case-insensitive regexps; '' = any) */
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string;
  /** JSONPath template, e.g. {.spec.runtime.image} */
  path: string;
  /** for image_object locators: the repo and tag fields under `path` */
  repoField?: string;
  tagField?: string;
}

export interface CustomDeploy {
  applyCmd: string[];
  applyDir: string;
  applyEnv: Record<string, string>;
  deleteCmd: string[];
  deleteDir: string;
  deleteEnv: Record<string, string>;
  deps: string[];
  imageSelector: string;
  containerSelector: string;
}

export interface K8sTarget {
  objects: K8sObjectRef[];
  /** the objects as one YAML stream, in apply order */
  yaml: string;
  portForwards: PortForward[];
  extraPodSelectors: Record<string, string>[];
  podReadiness: PodReadiness;
  discoveryStrategy: '' | 'default' | 'selectors-only';
  imageLocators: ImageLocator[];
  customDeploy?: CustomDeploy;
}
