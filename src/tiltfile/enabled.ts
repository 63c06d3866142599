// Which resources a run enables (reference §7.5):
//  - config.clear_enabled_resources() enables nothing;
//  - config.set_enabled_resources(names) selects those names (an empty list resets);
//  - otherwise, without config.parse(), the Tiltfile args name resources;
//  - with nothing requested, every resource is enabled.
// Requested resources come with their transitive resource_deps, and `uncategorized`
// always comes along. Unknown names fail the load, listing the resources not requested.

import type { LoadContext } from '../../builtins/kit/index.js';
import { CONFIG_STATE } from '../../builtins/tilt/config/index.js';
import { UNCATEGORIZED, type Manifest } from '../model/index.js';

const quoted = (names: string[]): string => names.map((n) => JSON.stringify(n)).join(', ');

export function enabledResources(cx: LoadContext, manifests: Manifest[]): string[] {
  const st = cx.get(CONFIG_STATE);
  if (st.disableAll) return [];
  let requested: string[] = [];
  if (st.enabledResources !== null) requested = st.enabledResources;
  else if (!st.parseCalled) requested = cx.args;
  const all = manifests.map((m) => m.name);
  if (requested.length === 0) return all;

  const byName = new Map(manifests.map((m) => [m.name, m]));
  const unknown = requested.filter((r) => !byName.has(r));
  if (unknown.length > 0) {
    const asked = new Set(requested);
    throw new Error(
      `You specified some resources that could not be found: ${quoted(unknown)}\n` +
        `Is this a typo? Existing resources in Tiltfile: ${quoted(all.filter((n) => !asked.has(n)))}`,
    );
  }
  const enabled = new Set<string>();
  const visit = (n: string): void => {
    if (enabled.has(n)) return;
    enabled.add(n);
    for (const d of byName.get(n)?.resourceDeps ?? []) visit(d);
  };
  requested.forEach(visit);
  return all.filter((n) => enabled.has(n) || n === UNCATEGORIZED);
}
