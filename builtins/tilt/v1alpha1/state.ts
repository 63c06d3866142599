// The API objects a load registers (v1alpha1.* constructors, and the Extension and
// ExtensionRepo objects the ext:// loader infers), in registration order. Tilt applies
// them to its API server after the load; tiltjs puts them in LoadResult.apiObjects.

import { StarlarkError } from '../../../src/starlark/values/value.js';
import { fromHost } from '../../../grammar/utf8.js';
import { stateSlot, type LoadContext } from '../../kit/index.js';
import type { Spec } from './spec-dict.js';
import { VALIDATORS, throwIfInvalid } from './validation.js';

export interface ApiObject {
  /** Go kind, e.g. "Cmd", "ExtensionRepo" */
  kind: string;
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  spec: Spec;
}

/** Who manages an object (Tilt's tilt.dev/managed-by annotation). */
export const ANNOTATION_MANAGED_BY = 'tilt.dev/managed-by';

/** The API's plural resource names, used in "already registered" errors. */
const RESOURCES: Record<string, string> = {
  Cmd: 'cmds',
  ConfigMap: 'configmaps',
  Extension: 'extensions',
  ExtensionRepo: 'extensionrepos',
  FileWatch: 'filewatches',
  KubernetesApply: 'kubernetesapplys',
  KubernetesDiscovery: 'kubernetesdiscoveries',
  UIButton: 'uibuttons',
};

export class ApiObjectSet {
  private readonly objects = new Map<string, ApiObject>();

  get(kind: string, name: string): ApiObject | undefined {
    return this.objects.get(`${kind}/${name}`);
  }

  ofKind(kind: string): ApiObject[] {
    return this.all().filter((o) => o.kind === kind);
  }

  all(): ApiObject[] {
    return [...this.objects.values()];
  }

  /**
   * Validates and adds an object. Registering a name again is accepted only with an
   * identical spec (and changes nothing).
   */
  register(obj: ApiObject): void {
    throwIfInvalid(VALIDATORS[obj.kind]?.(obj.spec) ?? []);
    const key = `${obj.kind}/${obj.name}`;
    const existing = this.objects.get(key);
    if (existing) {
      if (canonical(existing.spec) === canonical(obj.spec)) return;
      throw new StarlarkError(fromHost(`${RESOURCES[obj.kind] ?? obj.kind.toLowerCase()} ${JSON.stringify(obj.name)} already registered`));
    }
    this.objects.set(key, obj);
  }
}

/** JSON with sorted keys, to compare specs. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export const API_OBJECTS = stateSlot<ApiObjectSet>('v1alpha1-objects', () => new ApiObjectSet());

export function apiObjects(cx: LoadContext): ApiObjectSet {
  return cx.get(API_OBJECTS);
}
