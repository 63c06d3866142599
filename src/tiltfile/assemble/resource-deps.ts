// Validating resource_deps (reference §3.7): a dependency on itself is an error, unknown
// names are dropped with a warning, and cycles are errors.

import type { LoadContext } from '../../../builtins/kit/index.js';
import type { Manifest } from '../../model/index.js';
import { AssemblyError } from './index.js';

export function validateResourceDeps(cx: LoadContext, manifests: Manifest[]): void {
  const names = new Set(manifests.map((m) => m.name));
  for (const m of manifests) {
    const kept: string[] = [];
    for (const dep of m.resourceDeps) {
      if (dep === m.name) throw new AssemblyError(`resource ${m.name} specified a dependency on itself`);
      if (!names.has(dep)) {
        cx.warn(`resource ${m.name} specified a dependency on unknown resource ${dep} - dependency ignored`);
        continue;
      }
      if (!kept.includes(dep)) kept.push(dep);
    }
    m.resourceDeps = kept;
  }
  const cycle = findCycle(manifests);
  if (cycle) throw new AssemblyError(`cycle detected in resource dependency graph: ${cycle.join(' -> ')}`);
}

/** A dependency cycle as a closed path (a -> b -> a), or null. */
function findCycle(manifests: Manifest[]): string[] | null {
  const deps = new Map(manifests.map((m) => [m.name, m.resourceDeps]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    const s = state.get(n);
    if (s === 'done') return null;
    if (s === 'visiting') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'visiting');
    stack.push(n);
    for (const d of deps.get(n) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const m of manifests) {
    const c = visit(m.name);
    if (c) return c;
  }
  return null;
}
