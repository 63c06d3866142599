// The LoadResult of a load: manifests plus what the plugins recorded (settings, config
// files, warnings), and the error if the load failed.

import type { LoadContext } from '../../builtins/kit/index.js';
import type { LoadResult, Manifest } from '../model/index.js';
import { enabledResources } from './enabled.js';
import { DEFAULT_REGISTRY } from '../../builtins/tilt/images/state.js';
import { apiObjectsForResult } from '../../builtins/tilt/v1alpha1/index.js';
import { settingsForResult } from '../../builtins/tilt/settings/index.js';

function defaults(tiltfilePath: string): LoadResult {
  return {
    tiltfilePath,
    manifests: [],
    enabledResources: [],
    configFiles: [],
    warnings: [],
    error: null,
    updateSettings: { maxParallelUpdates: 3, k8sUpsertTimeoutSecs: 30, suppressUnusedImageWarnings: [], k8sServerSideApply: 'auto' },
    watchSettings: { ignores: [] },
    ciSettings: { k8sGracePeriod: '', timeout: '', readinessTimeout: '5m0s' },
    k8sContext: '',
    featureFlags: {},
    apiObjects: [],
    teamId: '',
    secretSettings: { disableScrub: false },
    versionSettings: { checkUpdates: true, constraint: '' },
    analyticsSettings: { enable: null, tags: {} },
    telemetrySettings: null,
    dockerPruneSettings: { disable: false, maxAgeMins: 360, numBuilds: 0, intervalHrs: 1, keepRecent: 2 },
    defaultRegistry: null,
  };
}

export function emptyResult(tiltfilePath: string, error: string): LoadResult {
  return { ...defaults(tiltfilePath), error };
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
  const result = defaults(cx.mainPath);
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
