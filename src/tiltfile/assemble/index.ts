// Assembly: turning what the builtins registered into manifests, after the Tiltfile ran
// (reference §3). Each step lives in its own file and reads the plugin state slots it
// needs; the order of the steps is the order of the reference's rules.

import type { LoadContext } from '../../../builtins/kit/index.js';
import type { Manifest } from '../../model/index.js';
import { assembleLocalResources } from './local.js';
import { validateResourceDeps } from './resource-deps.js';

export interface Assembly {
  manifests: Manifest[];
}

/** Builds the manifests; throws AssemblyError (a plain message, no backtrace) on failure. */
export function assemble(cx: LoadContext): Assembly {
  const manifests: Manifest[] = [...assembleLocalResources(cx)];
  validateResourceDeps(cx, manifests);
  return { manifests };
}

/** A failure found after execution: reported as a plain message without a backtrace. */
export class AssemblyError extends Error {}
