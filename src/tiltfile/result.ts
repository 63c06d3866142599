// The LoadResult of a load: manifests plus what the plugins recorded (settings, config
// files, warnings), and the error if the load failed.

import type { LoadContext } from '../../builtins/kit/index.js';
import { emptyLoadResult, type LoadResult, type Manifest } from '../model/index.js';
import { enabledResources } from './enabled.js';
import { DEFAULT_REGISTRY } from '../../builtins/tilt/images/state.js';
import { apiObjectsForResult } from '../../builtins/tilt/v1alpha1/index.js';
import { settingsForResult } from '../../builtins/tilt/settings/index.js';

export function emptyResult(tiltfilePath: string, error: string): LoadResult {
  return { ...emptyLoadResult(tiltfilePath), error };
}

/** Plugins that record settings contribute them through these hooks (registered at import). */
export type ResultContributor = (cx: LoadContext, result: LoadResult) => void;
const contributors: ResultContributor[] = [];

export function contributeToResult(fn: ResultContributor): void {
  contributors.push(fn);
}

contributeToResult((cx, result) => {
  result.apiObjects = apiObjectsForResult(cx);
});

contributeToResult(settingsForResult);

contributeToResult((cx, result) => {
  const reg = cx.get(DEFAULT_REGISTRY).value;
  result.defaultRegistry = reg && { ...reg };
});

export function buildResult(cx: LoadContext, manifests: Manifest[], error: string | null): LoadResult {
  const result = emptyLoadResult(cx.mainPath);
  result.manifests = manifests;
  result.error = error;
  for (const c of contributors) c(cx, result);
  result.configFiles = [...cx.configFiles].sort();
  result.warnings = [...cx.warnings];
  if (error === null) {
    try {
      result.enabledResources = enabledResources(cx, manifests);
    } catch (e) {
      result.manifests = [];
      result.error = (e as Error).message;
    }
  }
  return result;
}
