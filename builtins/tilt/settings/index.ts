// The settings builtins (reference §1.10), minus trigger_mode (see ../trigger-mode).
// SETTINGS is exported for plugins that act on settings (e.g. the images plugin reads
// update.suppressUnusedImageWarnings); TILT_VERSION is the Tilt version tiltjs reports.

import type { TiltPlugin } from '../../kit/index.js';
import { ciSettings, dockerPruneSettings, updateSettings, watchSettings } from './engine-settings.js';
import {
  analyticsReport,
  analyticsSettings,
  disableFeature,
  disableSnapshots,
  enableFeature,
  metricsSettings,
  secretSettings,
  setTeam,
  telemetryCmd,
  versionSettings,
} from './session-settings.js';

export { SETTINGS, type SettingsState } from './state.js';
export { TILT_VERSION, versionMatches } from './version.js';
export { settingsForResult } from './result.js';

export const settingsPlugin: TiltPlugin = {
  name: 'settings',
  globals: {
    update_settings: updateSettings,
    ci_settings: ciSettings,
    watch_settings: watchSettings,
    docker_prune_settings: dockerPruneSettings,
    secret_settings: secretSettings,
    version_settings: versionSettings,
    analytics_settings: analyticsSettings,
    enable_feature: enableFeature,
    disable_feature: disableFeature,
    disable_snapshots: disableSnapshots,
    set_team: setTeam,
    experimental_analytics_report: analyticsReport,
    experimental_telemetry_cmd: telemetryCmd,
    experimental_metrics_settings: metricsSettings,
  },
};
