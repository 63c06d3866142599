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
  /** Tilt API objects registered through v1alpha1.* constructors, by kind */
  apiObjects: { kind: string; name: string; spec: Record<string, unknown> }[];
  teamId: string;
  secretSettings: { disableScrub: boolean };
  versionSettings: { checkUpdates: boolean; constraint: string };
  analyticsSettings: { enable: boolean | null };
  dockerPruneSettings: { disable: boolean; maxAgeMins: number; numBuilds: number; intervalHrs: number; keepRecent: number };
}
