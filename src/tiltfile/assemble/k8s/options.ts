// Applying k8s_resource() calls after execution, in call order (reference §1.3, §3.4):
// options accumulate, renames are visible to later calls, and objects= moves objects out
// of the unclaimed pool into the resource.

import { K8S, ObjectSelector, SelectorSyntaxError, goQuote, splitEscaped, type K8sObject, type ResourceOptions } from '../../../../builtins/tilt/k8s/index.js';
import { AssemblyError } from '../index.js';
import { fragmentTable, fullName } from './naming.js';
import type { K8sAssemblyState, K8sRes } from './resource.js';

function quotedList(names: string[]): string {
  return names.map(goQuote).join(', ');
}

/** Tilt's SelectorFromString: `name`, `name:kind` or `name:kind:namespace`. */
function selectorFromString(s: string): ObjectSelector {
  let parts: string[];
  try {
    parts = splitEscaped(s);
  } catch (e) {
    if (e instanceof SelectorSyntaxError) throw new AssemblyError(`Error making selector from string ${goQuote(s)}: ${e.message}`);
    throw e;
  }
  const fail = (why: string): never => {
    throw new AssemblyError(`Error making selector from string ${goQuote(s)}: ${why}`);
  };
  if (s.length === 0) fail("selector can't be empty");
  if (parts.length > 3) {
    fail(`Too many parts in selector. Selectors must contain between 1 and 3 parts (colon separated), found ${parts.length} parts in ${s}`);
  }
  return ObjectSelector.exact(parts[1] ?? '', parts[0], parts[2] ?? '');
}

function mergeOptions(r: K8sRes, o: ResourceOptions): void {
  r.extraPodSelectors.push(...o.extraPodSelectors);
  if (o.podReadiness !== '') r.podReadiness = o.podReadiness;
  if (o.discoveryStrategy !== '') r.discoveryStrategy = o.discoveryStrategy;
  r.portForwards.push(...o.portForwards);
  if (o.triggerMode !== undefined) r.triggerMode = o.triggerMode;
  if (o.autoInit !== undefined) r.autoInit = o.autoInit;
  r.resourceDeps.push(...o.resourceDeps);
  r.links.push(...o.links);
  for (const l of o.labels) if (!r.labels.includes(l)) r.labels.push(l);
}

export function applyResourceOptions(s: K8sAssemblyState): void {
  const all = [...s.resources.flatMap((r) => r.objects), ...s.unresourced];
  const fragments = fragmentTable(all);
  const fullNames = all.map(fullName);

  for (const o of s.cx.get(K8S).options) {
    if (o.manuallyGrouped) {
      const made = s.make(o.newName);
      if (typeof made === 'string') throw new AssemblyError(made);
      made.manuallyGrouped = true;
    }
    const r = s.byName.get(o.workload);
    if (!r) {
      const known = s.resources.map((x) => x.name).join(', ');
      throw new AssemblyError(`${o.position}: k8s_resource specified unknown resource ${goQuote(o.workload)}. known k8s resources: ${known}`);
    }
    mergeOptions(r, o);
    if (o.newName !== '' && o.newName !== r.name) {
      const c = s.conflict(o.newName);
      if (c !== null) {
        throw new AssemblyError(`${o.position}: k8s_resource specified to rename ${goQuote(r.name)} to ${goQuote(o.newName)}: ${c}`);
      }
      s.rename(r, o.newName);
    }
    const selectors = o.objects.map(selectorFromString);
    o.objects.forEach((frag, i) => {
      const found = fragments.get(frag.toLowerCase()) ?? [];
      if (found.length === 0) {
        throw new AssemblyError(`No object identified by the fragment ${goQuote(frag)} could be found. Possible objects are: ${quotedList(fullNames)}`);
      }
      if (found.length > 1) {
        throw new AssemblyError(
          `${goQuote(frag)} is not a unique fragment. Objects that match ${goQuote(frag)} are ${quotedList(found.map(fullName))}`,
        );
      }
      const remaining: K8sObject[] = s.unresourced.filter((x) => selectors[i].matches(x));
      if (remaining.length === 0) {
        throw new AssemblyError(
          `No object identified by the fragment ${goQuote(frag)} could be found in remaining YAML. Valid remaining fragments are: ${quotedList(s.unresourced.map(fullName))}`,
        );
      }
      r.objects.push(remaining[0]);
      s.unresourced = s.unresourced.filter((x) => x !== remaining[0]);
    });
  }
}
