// A Kubernetes object registered through k8s_yaml(): the decoded document plus the
// identity fields Tilt keys everything on (reference §1.3, §3.2).
//
// Documents stay plain JSON data in their written key order. Whether a kind is "typed"
// matters because Tilt decodes the kinds client-go knows into Go structs and only looks
// for containers, pod templates and env vars in those; custom resources stay
// unstructured and are searched only through k8s_kind() locators.

export type Doc = Record<string, unknown>;

export interface K8sObject {
  /** registration sequence number (identity; the same YAML registered twice gives two objects) */
  readonly seq: number;
  readonly doc: Doc;
  readonly apiVersion: string;
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  /** metadata.namespace as written ('' when absent) */
  readonly namespace: string;
}

let nextSeq = 0;

export function isDoc(v: unknown): v is Doc {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function makeObject(doc: Doc): K8sObject {
  const apiVersion = str(doc.apiVersion);
  const slash = apiVersion.indexOf('/');
  const meta = isDoc(doc.metadata) ? doc.metadata : {};
  return {
    seq: nextSeq++,
    doc,
    apiVersion,
    group: slash >= 0 ? apiVersion.slice(0, slash) : '',
    kind: str(doc.kind),
    name: str(meta.name),
    namespace: str(meta.namespace),
  };
}

/** Namespace with Tilt's default ("default" when not written, also for cluster-scoped kinds). */
export function namespaceOf(o: K8sObject): string {
  return o.namespace === '' ? 'default' : o.namespace;
}

/** metadata.labels as a string map (non-string values are ignored). */
export function metadataLabels(o: K8sObject): Record<string, string> {
  const meta = isDoc(o.doc.metadata) ? o.doc.metadata : {};
  const out: Record<string, string> = {};
  if (isDoc(meta.labels)) for (const [k, v] of Object.entries(meta.labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Where the pod template of each typed workload kind lives. */
const TEMPLATE_PATHS: Record<string, string[]> = {
  PodTemplate: ['template'],
  ReplicationController: ['spec', 'template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** The group/versions client-go's scheme decodes each kind from (everything else is unstructured). */
const TYPED_VERSIONS: Record<string, string[]> = {
  Pod: ['v1'],
  PodTemplate: ['v1'],
  ReplicationController: ['v1'],
  Service: ['v1'],
  Secret: ['v1'],
  Deployment: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
  StatefulSet: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2'],
  DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  ReplicaSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1', 'batch/v1beta1'],
};

export function isTyped(o: K8sObject, kind = o.kind): boolean {
  return o.kind === kind && (TYPED_VERSIONS[kind]?.includes(o.apiVersion) ?? false);
}

function at(doc: unknown, path: string[]): unknown {
  let cur = doc;
  for (const p of path) {
    if (!isDoc(cur)) return undefined;
    cur = cur[p];
  }
  return cur;
}

/**
 * The pod templates of a typed workload (a bare Pod has none). Go decodes the template
 * into a struct that exists even when the YAML omits it, except behind the
 * ReplicationController's pointers.
 */
export function podTemplates(o: K8sObject): Doc[] {
  const path = TEMPLATE_PATHS[o.kind];
  if (!path || !isTyped(o)) return [];
  const t = at(o.doc, path);
  if (isDoc(t)) return [t];
  return o.kind === 'ReplicationController' ? [] : [{}];
}

/** Every pod spec of a typed object: the Pod's own spec or its template's spec. */
export function podSpecs(o: K8sObject): Doc[] {
  if (isTyped(o, 'Pod')) return isDoc(o.doc.spec) ? [o.doc.spec] : [];
  return podTemplates(o)
    .map((t) => t.spec)
    .filter(isDoc);
}

/** Labels of a pod template. */
export function templateLabels(t: Doc): Record<string, string> {
  const labels = at(t, ['metadata', 'labels']);
  const out: Record<string, string> = {};
  if (isDoc(labels)) for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** A typed Service's spec.selector ({} when absent). */
export function serviceSelector(o: K8sObject): Record<string, string> {
  if (!isTyped(o, 'Service')) return {};
  const sel = at(o.doc, ['spec', 'selector']);
  const out: Record<string, string> = {};
  if (isDoc(sel)) for (const [k, v] of Object.entries(sel)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The object reference the engine applies: {apiVersion, kind, name, namespace}. */
export function objectRef(o: K8sObject): { apiVersion: string; kind: string; name: string; namespace: string } {
  return { apiVersion: o.apiVersion, kind: o.kind, name: o.name, namespace: o.namespace };
}
