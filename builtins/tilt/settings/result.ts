// The settings part of the LoadResult, from what the settings builtins recorded plus the
// main Tiltfile's .tiltignore (registered by src/tiltfile/result.ts).

import type { LoadResult } from '../../../src/model/index.js';
import type { LoadContext } from '../../kit/index.js';
import { formatDuration as formatGoDuration } from '../v1alpha1/duration.js';
import { SETTINGS } from './state.js';
import { readTiltignore } from './tiltignore.js';

const DEFAULT_READINESS_TIMEOUT = 5n * 60_000_000_000n;

export function settingsForResult(cx: LoadContext, result: LoadResult): void {
  const st = cx.get(SETTINGS);
  result.updateSettings = { ...st.update, suppressUnusedImageWarnings: [...st.update.suppressUnusedImageWarnings] };

  const ignores = st.watchIgnores.map((i) => ({ basePath: i.basePath, patterns: [...i.patterns] }));
  try {
    const patterns = readTiltignore(cx.mainDir);
    if (patterns !== null) ignores.unshift({ basePath: cx.mainDir, patterns });
  } catch (e) {
    // Tilt reads .tiltignore before running the Tiltfile and gives up if it cannot.
    result.error ??= (e as Error).message;
  }
  result.watchSettings = { ignores };

  const fmt = (d: bigint | null): string => (d === null ? '' : formatGoDuration(d));
  result.ciSettings = {
    k8sGracePeriod: fmt(st.ci.k8sGracePeriod),
    timeout: fmt(st.ci.timeout),
    readinessTimeout: formatGoDuration(st.ci.readinessTimeout ?? DEFAULT_READINESS_TIMEOUT),
  };
  result.secretSettings = { disableScrub: st.disableScrub };
  result.versionSettings = { checkUpdates: st.checkUpdates, constraint: st.versionConstraint };
  result.analyticsSettings = { enable: st.analyticsEnable, tags: { ...st.analyticsTags } };
  const p = st.dockerPrune;
  result.dockerPruneSettings = { disable: !p.enabled, maxAgeMins: p.maxAgeMins, numBuilds: p.numBuilds, intervalHrs: p.intervalHrs, keepRecent: p.keepRecent };
  result.featureFlags = { ...st.features };
  result.teamId = st.teamId;
  result.telemetrySettings = st.telemetry && { cmd: [...st.telemetry.cmd], dir: st.telemetry.dir, period: formatGoDuration(st.telemetry.periodNs) };
}
