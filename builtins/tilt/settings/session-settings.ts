// Settings about the Tilt session rather than the engine (reference §1.10):
// secret_settings, version_settings, analytics_settings, enable_feature /
// disable_feature / disable_snapshots, set_team, experimental_analytics_report,
// experimental_telemetry_cmd, experimental_metrics_settings.

import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { T, command, defineBuiltin, defineRawBuiltin, displayCommand, type CallContext } from '../../kit/index.js';
import { duration } from './engine-settings.js';
import { ACTIVE_FEATURES, OBSOLETE_FEATURES, SETTINGS } from './state.js';
import { TILT_VERSION, versionMatches } from './version.js';

export const secretSettings = defineBuiltin('secret_settings', { disable_scrub: T.bool }, (cx, a) => {
  cx.load.get(SETTINGS).disableScrub = a.disable_scrub;
});

export const versionSettings = defineBuiltin('version_settings', { 'check_updates?': T.bool, 'constraint?': T.string }, (cx, a) => {
  const st = cx.load.get(SETTINGS);
  if (a.check_updates !== undefined) st.checkUpdates = a.check_updates;
  const constraint = a.constraint ?? '';
  if (constraint === '') return;
  let ok: boolean;
  try {
    ok = versionMatches(constraint);
  } catch (e) {
    throw new StarlarkError(fromHost(`error parsing version constraint: ${(e as Error).message}`));
  }
  if (!ok) {
    throw new StarlarkError(
      fromHost(`you are running Tilt version ${TILT_VERSION}, which doesn't match the version constraint specified in your Tiltfile: '${constraint}'`),
    );
  }
  st.versionConstraint = constraint;
});

export const analyticsSettings = defineBuiltin('analytics_settings', { enable: T.bool }, (cx, a) => {
  cx.load.get(SETTINGS).analyticsEnable = a.enable;
});

function setFeature(cx: CallContext, flag: string, enabled: boolean): void {
  if (OBSOLETE_FEATURES.has(flag)) {
    cx.load.warn(`Obsolete feature flag: ${flag}`);
    return;
  }
  if (!(flag in ACTIVE_FEATURES)) throw new StarlarkError(fromHost(`Unknown feature flag: ${flag}`));
  cx.load.get(SETTINGS).features[flag] = enabled;
}

export const enableFeature = defineBuiltin('enable_feature', { msg: T.string }, (cx, a) => setFeature(cx, a.msg, true));

export const disableFeature = defineBuiltin('disable_feature', { msg: T.string }, (cx, a) => setFeature(cx, a.msg, false));

// Hides the snapshot button in the web UI.
export const disableSnapshots = defineBuiltin('disable_snapshots', {}, (cx) => setFeature(cx, 'snapshots', false));

export const setTeam = defineBuiltin('set_team', { team_id: T.string }, (cx, a) => {
  if (a.team_id === '') throw new StarlarkError('team_id cannot be empty');
  const st = cx.load.get(SETTINGS);
  if (st.teamId !== '') throw new StarlarkError(fromHost(`team_id set multiple times (to '${st.teamId}' and '${a.team_id}')`));
  st.teamId = a.team_id;
});

export const analyticsReport = defineBuiltin('experimental_analytics_report', { tags: T.stringMap }, (cx, a) => {
  Object.assign(cx.load.get(SETTINGS).analyticsTags, a.tags);
});

export const telemetryCmd = defineBuiltin(
  'experimental_telemetry_cmd',
  { cmd: command, 'cmd_bat?': T.value, 'period?': duration, 'dir??': T.path },
  (cx, a) => {
    if (a.cmd.length === 0) throw new StarlarkError('cmd cannot be empty');
    const st = cx.load.get(SETTINGS);
    if (st.telemetry) {
      throw new StarlarkError(fromHost(`experimental_telemetry_cmd called multiple times; already set to ${displayCommand(st.telemetry.cmd)}`));
    }
    st.telemetry = { cmd: a.cmd, dir: a.dir ?? cx.load.currentDir, periodNs: a.period ?? 60_000_000_000n };
  },
);

// Kept so that old Tiltfiles still load; it has no effect.
export const metricsSettings = defineRawBuiltin('experimental_metrics_settings', (cx) => {
  cx.load.log('experimental_metrics_settings() is deprecated');
});
