// The result of loading a Tiltfile.

import type { Manifest } from './manifest.js';

export interface UpdateSettings {
  maxParallelUpdates: number;
  k8sUpsertTimeoutSecs: number;
  suppressUnusedImageWarnings: string[];
  k8sServerSideApply: 'auto' | 'true' | 'false';
}

export interface WatchSettings {
  /** dockerignore-style patterns, each with the directory it is relative to */
  ignores: { basePath: string; patterns: string[] }[];
}

export interface CiSettings {
  k8sGracePeriod: string;
  timeout: string;
  readinessTimeout: string;
}

export interface LoadResult {
  /** absolute path of the main Tiltfile */
  tiltfilePath: string;
  manifests: Manifest[];
  /** names of the resources enabled for this run */
  enabledResources: string[];
  /** every file the load read or watches (absolute), sorted */
  configFiles: string[];
  warnings: string[];
  /** the load error (with backtrace), or null */
  error: string | null;
  updateSettings: UpdateSettings;
  watchSettings: WatchSettings;
  ciSettings: CiSettings;
  /** the kube context the load saw ('' when there is no kubeconfig) */
  k8sContext: string;
  featureFlags: Record<string, boolean>;
  /** Tilt API objects registered through v1alpha1.* constructors (and ext:// loads), in registration order */
  apiObjects: ApiObjectRecord[];
  teamId: string;
  secretSettings: { disableScrub: boolean };
  versionSettings: { checkUpdates: boolean; constraint: string };
  /** analytics_settings(enable=) (null = not called) and experimental_analytics_report() tags */
  analyticsSettings: { enable: boolean | null; tags?: Record<string, string> };
  /** experimental_telemetry_cmd(), or null */
  telemetrySettings?: { cmd: string[]; dir: string; period: string } | null;
  dockerPruneSettings: { disable: boolean; maxAgeMins: number; numBuilds: number; intervalHrs: number; keepRecent: number };
  /** default_registry(), or null; image targets carry the rewritten refs (localRef, clusterRef) */
  defaultRegistry?: { host: string; hostFromCluster: string; singleName: string } | null;
}

/** A Tilt API object a load registered (kind as in Go, spec keys as in Tilt's API JSON). */
export interface ApiObjectRecord {
  kind: string;
  name: string;
  labels?: Record<string, string>;
  /** e.g. tilt.dev/managed-by: tiltfile.loader on extensions loaded for their symbols */
  annotations?: Record<string, string>;
  spec: Record<string, unknown>;
}

/** A LoadResult with every setting at its default and no resources. */
export function emptyLoadResult(tiltfilePath: string): LoadResult {
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
