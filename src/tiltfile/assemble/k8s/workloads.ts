// Grouping k8s_yaml() objects into resources (reference §3.2 steps 1–4): every workload
// (an object matched by a k8s_kind selector, or holding any image reference) becomes a
// resource; Services whose selector picks a workload's pod template join it; objects that
// still have a pod template get a resource named after them.

import { ImageSearchError, JsonPathError, K8S, findImages, namespaceOf, podTemplates, serviceSelector, templateLabels, type K8sObject } from '../../../../builtins/tilt/k8s/index.js';
import { AssemblyError } from '../index.js';
import { addImageRefs, type K8sAssemblyState, type K8sRes } from './resource.js';
import { objectId, workloadNames } from './naming.js';

function imagesOf(s: K8sAssemblyState, o: K8sObject, wrap: (msg: string) => string) {
  try {
    return findImages(o, s.locators, s.envVarImages);
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

/** Services (of `candidates`) that select one of the workload's pod templates. */
function selectedServices(workload: K8sObject, candidates: K8sObject[]): { match: K8sObject[]; rest: K8sObject[] } {
  let rest = candidates;
  const match: K8sObject[] = [];
  for (const t of podTemplates(workload)) {
    const labels = templateLabels(t);
    const next: K8sObject[] = [];
    for (const o of rest) {
      const sel = Object.entries(serviceSelector(o));
      const sameNamespace = o.namespace === '' || o.namespace === namespaceOf(workload);
      if (sel.length > 0 && sameNamespace && sel.every(([k, v]) => labels[k] === v)) match.push(o);
      else next.push(o);
    }
    rest = next;
  }
  return { match, rest };
}

/** Steps 1–3: a resource per workload, with its Services. */
export function assembleByWorkload(s: K8sAssemblyState): void {
  const workloads: K8sObject[] = [];
  const rest: K8sObject[] = [];
  for (const o of s.unresourced) (isWorkload(s, o) ? workloads : rest).push(o);
  s.unresourced = rest;
  const names = workloadNames(s.cx, workloads);
  workloads.forEach((w, i) => {
    const r = s.make(names[i]);
    if (typeof r === 'string') throw new AssemblyError(`error making resource for workload ${objectId(w).id}: ${r}`);
    addObjects(s, r, [w]);
    const { match, rest: left } = selectedServices(w, s.unresourced);
    addObjects(s, r, match);
    s.unresourced = left;
  });
}

/** Step 4: leftover objects with a pod template (workloads without images). */
export function assembleUnresourced(s: K8sAssemblyState): void {
  const withTemplate = s.unresourced.filter((o) => podTemplates(o).length > 0);
  let rest = s.unresourced.filter((o) => podTemplates(o).length === 0);
  for (const o of withTemplate) {
    let r = s.byName.get(o.name);
    if (!r) {
      const made = s.make(o.name);
      if (typeof made === 'string') throw new AssemblyError(made);
      r = made;
    }
    r.objects.push(o);
    const { match, rest: left } = selectedServices(o, rest);
    r.objects.push(...match);
    rest = left;
  }
  s.unresourced = rest;
}
