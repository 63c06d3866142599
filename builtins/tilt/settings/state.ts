// What the settings builtins record during a load. The result contributor (result.ts)
// turns it into the LoadResult's settings; other plugins read it too (the images plugin
// reads update.suppressUnusedImageWarnings).

import { stateSlot } from '../../kit/index.js';

/** Feature flags Tilt still acts on, with their defaults. */
export const ACTIVE_FEATURES: Record<string, boolean> = { snapshots: true, cluster_refresh: false };

/** Flags Tilt retired: setting them only warns. */
export const OBSOLETE_FEATURES = new Set([
  'multiple_containers_per_pod',
  'events',
  'update_history',
  'facets',
  'labels',
  'live_update_v2',
  'disable_resources',
  'bulk_disable_resources',
  'tiltfile_edit_api',
]);

export interface SettingsState {
  update: {
    maxParallelUpdates: number;
    k8sUpsertTimeoutSecs: number;
    /** image names whose "unused image" warning is suppressed ('*' = all) */
    suppressUnusedImageWarnings: string[];
    k8sServerSideApply: 'auto' | 'true' | 'false';
  };
  /** ci_settings durations in nanoseconds; null = not set */
  ci: { k8sGracePeriod: bigint | null; timeout: bigint | null; readinessTimeout: bigint | null };
  /** watch_settings(ignore=...) calls, each relative to the calling Tiltfile's directory */
  watchIgnores: { basePath: string; patterns: string[] }[];
  disableScrub: boolean;
  checkUpdates: boolean;
  /** the last version constraint given (already checked) */
  versionConstraint: string;
  analyticsEnable: boolean | null;
  analyticsTags: Record<string, string>;
  dockerPrune: { enabled: boolean; maxAgeMins: number; numBuilds: number; intervalHrs: number; keepRecent: number };
  features: Record<string, boolean>;
  teamId: string;
  telemetry: { cmd: string[]; dir: string; periodNs: bigint } | null;
}

export const SETTINGS = stateSlot<SettingsState>('settings', () => ({
  update: { maxParallelUpdates: 3, k8sUpsertTimeoutSecs: 30, suppressUnusedImageWarnings: [], k8sServerSideApply: 'auto' },
  ci: { k8sGracePeriod: null, timeout: null, readinessTimeout: null },
  watchIgnores: [],
  disableScrub: false,
  checkUpdates: true,
  versionConstraint: '',
  analyticsEnable: null,
  analyticsTags: {},
  dockerPrune: { enabled: true, maxAgeMins: 360, numBuilds: 0, intervalHrs: 1, keepRecent: 2 },
  features: { ...ACTIVE_FEATURES },
  teamId: '',
  telemetry: null,
}));
