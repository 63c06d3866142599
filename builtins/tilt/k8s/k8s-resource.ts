// k8s_resource(workload, new_name, port_forwards, extra_pod_selectors, trigger_mode,
// resource_deps, objects, auto_init, pod_readiness, links, labels, discovery_strategy)
// (reference §1.3). Calls are only recorded here; assembly applies them in call order
// after the Tiltfile ran, so they may name resources k8s_yaml() registers later.

import { fromHost } from '../../../grammar/utf8.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, asStringable, defineBuiltin, labels, resourceName, type Conv } from '../../kit/index.js';
import { toLinks } from '../ports/link.js';
import { triggerModeArg } from '../trigger-mode/index.js';
import type { Link } from '../../../src/model/index.js';
import { callPosition } from './call-site.js';
import { podReadinessArg } from './k8s-kind.js';
import { toPodSelectors } from './pod-labels.js';
import { PortForwardError, toPortForwards } from './port-forwards.js';
import { K8S, type ResourceOptions } from './state.js';
import { goQuote, sequence, stringSlice } from './values.js';

const linkList: Conv<Link[]> = (v) => toLinks(v);

const discoveryStrategy: Conv<ResourceOptions['discoveryStrategy']> = (v) => {
  const s = asStringable(v);
  if (s === undefined) throw new StarlarkError(`Must be a string. Got: ${typeOf(v)}`);
  if (s === '' || s === 'default' || s === 'selectors-only') return s;
  throw new StarlarkError('Invalid. Must be one of: "default", "selectors-only"');
};

function strings(values: Value[] | undefined): string[] {
  try {
    return stringSlice(values ?? []);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`k8s_resource: resource_deps: ${e.msg}`);
    throw e;
  }
}

export const k8sResourceBuiltin = defineBuiltin(
  'k8s_resource',
  {
    'workload?': resourceName,
    'new_name?': resourceName,
    'port_forwards?': T.value,
    'extra_pod_selectors?': T.value,
    'trigger_mode?': triggerModeArg,
    'resource_deps?': sequence,
    'objects?': sequence,
    'auto_init?': T.bool,
    'pod_readiness?': podReadinessArg,
    'links?': linkList,
    'labels?': labels,
    'discovery_strategy?': discoveryStrategy,
  },
  (cx, a) => {
    const workload = a.workload ?? '';
    const newName = a.new_name ?? '';
    const manuallyGrouped = workload === '';
    const name = manuallyGrouped ? newName : workload;
    if (name === '') {
      throw new StarlarkError('Resource name missing. Must give a name for an existing resource or a new_name to create a new resource.');
    }
    let portForwards;
    try {
      portForwards = toPortForwards(a.port_forwards);
    } catch (e) {
      if (e instanceof PortForwardError) throw new StarlarkError(fromHost(`k8s_resource ${goQuote(name)}: ${e.message}`));
      throw e;
    }
    const extraPodSelectors = toPodSelectors(a.extra_pod_selectors);
    const resourceDeps = strings(a.resource_deps);
    const objects = strings(a.objects);
    if (manuallyGrouped && objects.length === 0) {
      throw new StarlarkError("k8s_resource doesn't specify a workload or any objects. All non-workload resources must specify 1 or more objects");
    }
    cx.load.get(K8S).options.push({
      workload: name,
      newName,
      portForwards,
      extraPodSelectors,
      triggerMode: a.trigger_mode,
      autoInit: a.auto_init,
      resourceDeps,
      objects,
      manuallyGrouped,
      podReadiness: a.pod_readiness ?? '',
      links: a.links ?? [],
      labels: a.labels ?? [],
      discoveryStrategy: a.discovery_strategy ?? '',
      position: callPosition(cx),
    });
  },
);
