// Assembly: turning what the builtins registered into manifests, after the Tiltfile ran
// (reference §3). Each step lives in its own file and reads the plugin state slots it
// needs; the order of the steps is the order of the reference's rules.

import type { LoadContext } from '../../../builtins/kit/index.js';
import type { Manifest } from '../../model/index.js';
import { assembleCompose } from './compose.js';
import { expandImages, linkImages } from './images.js';
import { assembleK8s, ensureK8sDeployAllowed } from './k8s/index.js';
import { checkLiveUpdates } from './live-update.js';
import { assembleLocalResources } from './local.js';
import { validateResourceDeps } from './resource-deps.js';

export interface Assembly {
  manifests: Manifest[];
}

/** Builds the manifests; throws AssemblyError (a plain message, no backtrace) on failure. */
export function assemble(cx: LoadContext): Assembly {
  linkImages(cx);
  const k8s = assembleK8s(cx);
  const manifests: Manifest[] = [...k8s.resources, ...assembleCompose(cx), ...assembleLocalResources(cx)];
  if (k8s.uncategorized) manifests.push(k8s.uncategorized);
  // after every per-kind step has set each manifest's directly deployed images
  expandImages(cx, manifests);
  ensureK8sDeployAllowed(cx, k8s);
  checkLiveUpdates(cx, manifests);
  validateResourceDeps(cx, manifests);
  return { manifests };
}

/** A failure found after execution: reported as a plain message without a backtrace. */
export class AssemblyError extends Error {}
