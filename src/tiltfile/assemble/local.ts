// Manifests for local resources, in call order.

import type { LoadContext } from '../../../builtins/kit/index.js';
import { LOCAL_RESOURCES } from '../../../builtins/tilt/local/index.js';
import { GLOBAL_TRIGGER_MODE } from '../../../builtins/tilt/trigger-mode/index.js';
import type { Manifest } from '../../model/index.js';

export function assembleLocalResources(cx: LoadContext): Manifest[] {
  const globalMode = cx.get(GLOBAL_TRIGGER_MODE).mode;
  return cx.get(LOCAL_RESOURCES).map(
    (r): Manifest => ({
      name: r.name,
      type: 'local',
      resourceDeps: [...r.resourceDeps],
      triggerMode: r.triggerMode ?? globalMode,
      autoInit: r.autoInit,
      labels: [...r.labels],
      links: [...r.links],
      images: [],
      local: r.target,
    }),
  );
}
