// Kubernetes assembly (reference §3.1–§3.4, §3.9): after execution, the objects k8s_yaml()
// registered become resources (custom deploys first, then one per workload, then the
// groups k8s_resource() creates), k8s_resource() options are applied in call order, and
// whatever no resource claims ends up in `uncategorized`.

import type { LoadContext } from '../../../../builtins/kit/index.js';
import { K8S, goQuote } from '../../../../builtins/tilt/k8s/index.js';
import { parseImageRef } from '../../../../builtins/tilt/images/index.js';
import type { Manifest } from '../../../model/index.js';
import { AssemblyError } from '../index.js';
import { resolveImages, resourceManifest, uncategorizedManifest } from './manifest.js';
import { applyResourceOptions } from './options.js';
import { K8sAssemblyState, addImageRefs } from './resource.js';
import { assembleByWorkload, assembleUnresourced } from './workloads.js';

export { ensureK8sDeployAllowed } from './safety.js';

export interface K8sAssembly {
  /** k8s resources in Tilt's order */
  resources: Manifest[];
  /** the leftover objects, or null when every object belongs to a resource */
  uncategorized: Manifest | null;
}

export function assembleK8s(cx: LoadContext): K8sAssembly {
  const s = new K8sAssemblyState(cx);
  for (const d of cx.get(K8S).customDeploys) {
    const r = s.add(d.name, d);
    addImageRefs(r, d.imageDeps.map((ref) => parseImageRef(ref)), true);
    if (d.liveUpdateImage) addImageRefs(r, [parseImageRef(d.liveUpdateImage)], false);
  }
  assembleByWorkload(s);
  assembleUnresourced(s);
  applyResourceOptions(s);
  const images = s.resources.map((r) => {
    if (r.objects.length === 0 && !r.customDeploy) {
      throw new AssemblyError(`resource ${goQuote(r.name)}: could not associate any k8s_yaml() or k8s_custom_deploy() with this resource`);
    }
    return resolveImages(cx, r);
  });
  return {
    resources: s.resources.map((r, i) => resourceManifest(cx, r, images[i])),
    uncategorized: s.unresourced.length > 0 ? uncategorizedManifest(cx, s.unresourced) : null,
  };
}
