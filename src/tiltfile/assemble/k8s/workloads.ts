// Grouping k8s_yaml() objects into resources (reference §3.2 steps 1–4): every workload
// (an object matched by a k8s_kind selector, or holding any image reference) becomes a
// resource; Services whose selector picks a workload's pod template join it; objects that
// still have a pod template get a resource named after them.

import { ImageSearchError, JsonPathError, K8S, findImages, namespaceOf, podTemplates, serviceSelector, templateLabels, type K8sObject } from '../../../../builtins/tilt/k8s/index.js';
import { AssemblyError } from '../index.js';
import { addImageRefs, type K8sAssemblyState, type K8sRes } from './resource.js';
import { objectId, workloadNames } from './naming.js';

// A workload's images are looked up twice (is it a workload? which images does its
// resource deploy?); remember them per object, for one assembly.
const imageCaches = new WeakMap<K8sAssemblyState, Map<K8sObject, ReturnType<typeof findImages>>>();

function imagesOf(s: K8sAssemblyState, o: K8sObject, wrap: (msg: string) => string) {
  let cache = imageCaches.get(s);
  if (!cache) imageCaches.set(s, (cache = new Map()));
  const known = cache.get(o);
  if (known) return known;
  try {
    const found = findImages(o, s.locators, s.envVarImages);
    cache.set(o, found);
    return found;
  } catch (e) {
    if (e instanceof ImageSearchError || e instanceof JsonPathError) throw new AssemblyError(wrap(e.message));
    throw e;
  }
}

function isWorkload(s: K8sAssemblyState, o: K8sObject): boolean {
  if (s.cx.get(K8S).kinds.some((k) => k.selector.matches(o))) return true;
  return imagesOf(s, o, (m) => `finding images in ${o.name}: ${m}`).length > 0;
}

/** Adds objects to a resource along with the images they reference. */
export function addObjects(s: K8sAssemblyState, r: K8sRes, objects: K8sObject[]): void {
  r.objects.push(...objects);
  for (const o of objects) addImageRefs(r, imagesOf(s, o, (m) => `finding image in ${o.kind}/${o.name}: ${m}`), false);
}

/** Service selectors by object, computed once: every workload is checked against every leftover object. */
type Selectors = Map<K8sObject, [string, string][]>;

function selectorOf(cache: Selectors, o: K8sObject): [string, string][] {
  let sel = cache.get(o);
  if (sel === undefined) cache.set(o, (sel = Object.entries(serviceSelector(o))));
  return sel;
}

/** Services (of `candidates`) that select one of the workload's pod templates. */
function selectedServices(workload: K8sObject, candidates: K8sObject[], cache: Selectors): { match: K8sObject[]; rest: K8sObject[] } {
  const match: K8sObject[] = [];
  const taken = new Set<K8sObject>();
  const ns = namespaceOf(workload);
  for (const t of podTemplates(workload)) {
    const labels = templateLabels(t);
    for (const o of candidates) {
      if (taken.has(o)) continue;
      const sel = selectorOf(cache, o);
      const sameNamespace = o.namespace === '' || o.namespace === ns;
      if (sel.length > 0 && sameNamespace && sel.every(([k, v]) => labels[k] === v)) {
        match.push(o);
        taken.add(o);
      }
    }
  }
  return { match, rest: taken.size === 0 ? candidates : candidates.filter((o) => !taken.has(o)) };
}

/** Steps 1–3: a resource per workload, with its Services. */
export function assembleByWorkload(s: K8sAssemblyState): void {
  const workloads: K8sObject[] = [];
  const rest: K8sObject[] = [];
  for (const o of s.unresourced) (isWorkload(s, o) ? workloads : rest).push(o);
  s.unresourced = rest;
  const names = workloadNames(s.cx, workloads);
  const selectors: Selectors = new Map();
  workloads.forEach((w, i) => {
    const r = s.make(names[i]);
    if (typeof r === 'string') throw new AssemblyError(`error making resource for workload ${objectId(w).id}: ${r}`);
    addObjects(s, r, [w]);
    const { match, rest: left } = selectedServices(w, s.unresourced, selectors);
    addObjects(s, r, match);
    s.unresourced = left;
  });
}

/** Step 4: leftover objects with a pod template (workloads without images). */
export function assembleUnresourced(s: K8sAssemblyState): void {
  const withTemplate = s.unresourced.filter((o) => podTemplates(o).length > 0);
  let rest = s.unresourced.filter((o) => podTemplates(o).length === 0);
  const selectors: Selectors = new Map();
  for (const o of withTemplate) {
    let r = s.byName.get(o.name);
    if (!r) {
      const made = s.make(o.name);
      if (typeof made === 'string') throw new AssemblyError(made);
      r = made;
    }
    r.objects.push(o);
    const { match, rest: left } = selectedServices(o, rest, selectors);
    r.objects.push(...match);
    rest = left;
  }
  s.unresourced = rest;
}
