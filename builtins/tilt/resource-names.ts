// Resource names are global across kinds: every creation path claims its name here and
// fails with Tilt's message naming the kind that already holds it.

import { StarlarkError } from '../../src/starlark/values/value.js';
import { stateSlot, type LoadContext } from '../kit/index.js';

export type ResourceKind = 'k8s_resource' | 'local_resource' | 'dc_resource';

export const RESOURCE_NAMES = stateSlot<Map<string, ResourceKind>>('resource-names', () => new Map());

export function resourceKindOf(cx: LoadContext, name: string): ResourceKind | undefined {
  return cx.get(RESOURCE_NAMES).get(name);
}

export function claimResourceName(cx: LoadContext, name: string, kind: ResourceKind): void {
  const names = cx.get(RESOURCE_NAMES);
  const existing = names.get(name);
  if (existing) throw new StarlarkError(`${existing} named ${JSON.stringify(name)} already exists`);
  names.set(name, kind);
}

export function releaseResourceName(cx: LoadContext, name: string): void {
  cx.get(RESOURCE_NAMES).delete(name);
}
