// Naming workload resources (reference §3.2): the shortest unique lower-cased
// `name[:kind[:namespace[:group]]]` (`:` inside a component escaped as `\:`, and `:<index>`
// appended for true duplicates), or workload_to_resource_function()'s answer. Also the
// fragment table k8s_resource(objects=[...]) looks selectors up in (§3.4).

import type { LoadContext } from '../../../../builtins/kit/index.js';
import { goTypeName } from '../../../../builtins/kit/index.js';
import { K8S, K8sObjectId, joinEscaped, namespaceOf, type K8sObject } from '../../../../builtins/tilt/k8s/index.js';
import { toHost } from '../../../../grammar/utf8.js';
import { call } from '../../../starlark/call.js';
import { Thread } from '../../../starlark/thread.js';
import { StarlarkError } from '../../../starlark/values/value.js';
import { AssemblyError } from '../index.js';

/** Candidate names, most preferred first, starting with `minComponents` components. */
export function potentialNames(o: K8sObject, minComponents = 1): string[] {
  const parts = [o.name, o.kind, namespaceOf(o), o.group === '' ? 'core' : o.group];
  const out: string[] = [];
  for (let i = minComponents - 1; i < parts.length; i++) out.push(joinEscaped(parts.slice(0, i + 1)).toLowerCase());
  return out;
}

export function uniqueNames(objects: K8sObject[]): string[] {
  const counts = new Map<string, number>();
  for (const o of objects) for (const n of potentialNames(o)) counts.set(n, (counts.get(n) ?? 0) + 1);
  return objects.map((o, i) => {
    const names = potentialNames(o);
    return names.find((n) => counts.get(n) === 1) ?? `${names[names.length - 1]}:${i}`;
  });
}

export function objectId(o: K8sObject): K8sObjectId {
  return new K8sObjectId(o.name, o.kind, namespaceOf(o), o.group);
}

function namesFromFunction(cx: LoadContext, workloads: K8sObject[]): string[] {
  const wtrf = cx.get(K8S).workloadToResource!;
  const thread = new Thread({ name: 'workload_to_resource_function', print: (_t, msg) => cx.log(toHost(msg)) });
  cx.attach(thread);
  const taken = new Map<string, K8sObject>();
  const fail = (msg: string): never => {
    throw new AssemblyError(`${wtrf.position}: error applying workload_to_resource_function: ${msg}`);
  };
  return workloads.map((o) => {
    const id = objectId(o);
    let ret;
    try {
      ret = call(thread, wtrf.fn, [id], null);
    } catch (e) {
      if (e instanceof StarlarkError) fail(`error determining resource name for '${id.id}': ${toHost(e.msg)}`);
      throw e;
    }
    if (typeof ret !== 'string') {
      fail(`error determining resource name for '${id.id}': ${toHost(wtrf.fn.name)}: invalid return value. wanted: string. got: ${goTypeName(ret)}`);
    }
    const name = toHost(ret as string);
    const other = taken.get(name);
    if (other) fail(`both '${id.id}' and '${objectId(other).id}' mapped to resource name '${name}'`);
    taken.set(name, o);
    return name;
  });
}

/** Resource names for the workloads, in order. */
export function workloadNames(cx: LoadContext, workloads: K8sObject[]): string[] {
  return cx.get(K8S).workloadToResource ? namesFromFunction(cx, workloads) : uniqueNames(workloads);
}

/** `name:Kind:namespace` as k8s_resource's messages list objects (not lower-cased). */
export function fullName(o: K8sObject): string {
  return joinEscaped([o.name, o.kind, namespaceOf(o)]);
}

/** Every lower-cased fragment (name, name:kind, ...) to the objects it names. */
export function fragmentTable(objects: K8sObject[]): Map<string, K8sObject[]> {
  const table = new Map<string, K8sObject[]>();
  for (const o of objects) {
    for (const n of potentialNames(o)) {
      const list = table.get(n);
      if (list) list.push(o);
      else table.set(n, [o]);
    }
  }
  return table;
}

