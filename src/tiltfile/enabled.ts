// Which resources a run enables (reference §7.5). Without config.parse() or
// config.set_enabled_resources(), Tiltfile args name resources: those plus their
// transitive dependencies (and uncategorized) are enabled; no args enables everything.

import type { LoadContext } from '../../builtins/kit/index.js';
import { UNCATEGORIZED, type Manifest } from '../model/index.js';

export function enabledResources(cx: LoadContext, manifests: Manifest[]): string[] {
  const all = manifests.map((m) => m.name);
  if (cx.args.length === 0) return all;
  const byName = new Map(manifests.map((m) => [m.name, m]));
  const unknown = cx.args.filter((a) => !byName.has(a));
  if (unknown.length > 0) {
    throw new Error(
      `You specified some resources that could not be found: ${unknown.map((u) => JSON.stringify(u)).join(', ')}\n` +
        `Is this a typo? Existing resources in Tiltfile: ${all.map((n) => JSON.stringify(n)).join(', ')}`,
    );
  }
  const enabled = new Set<string>();
  const visit = (n: string): void => {
    if (enabled.has(n)) return;
    enabled.add(n);
    for (const d of byName.get(n)?.resourceDeps ?? []) visit(d);
  };
  cx.args.forEach(visit);
  if (byName.has(UNCATEGORIZED)) enabled.add(UNCATEGORIZED);
  return all.filter((n) => enabled.has(n));
}
