// Settings for the engine (reference §1.10): update_settings, ci_settings,
// watch_settings, docker_prune_settings. Repeated calls merge: each changes only what it
// passes (suppressed image warnings and watch ignores accumulate).

import { toHost } from '../../../grammar/utf8.js';
import { asInt32 } from '../../../src/starlark/ops/convert.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { isInt } from '../../../src/starlark/values/int.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, goTypeName, type Conv } from '../../kit/index.js';
import { parseDuration } from '../v1alpha1/duration.js';
import { SETTINGS } from './state.js';

/** An int parameter checked by Tilt itself (so its message quotes the parameter name). */
function optionalInt(param: string, v: Value | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  if (!isInt(v)) throw new StarlarkError(`update_settings: for parameter "${param}": got ${goTypeName(v)}, want int`);
  try {
    return asInt32(v);
  } catch (e) {
    throw new StarlarkError(`update_settings: for parameter "${param}": ${(e as StarlarkError).msg}`);
  }
}

export const updateSettings = defineBuiltin(
  'update_settings',
  {
    'max_parallel_updates?': T.value,
    'k8s_upsert_timeout_secs?': T.value,
    'suppress_unused_image_warnings?': T.stringOrList,
    'k8s_server_side_apply?': T.string,
  },
  (cx, a) => {
    const mpu = optionalInt('max_parallel_updates', a.max_parallel_updates);
    if (mpu !== undefined && mpu < 1) throw new StarlarkError(`max number of parallel updates must be >= 1(got: ${mpu})`);
    const kuts = optionalInt('k8s_upsert_timeout_secs', a.k8s_upsert_timeout_secs);
    if (kuts !== undefined && kuts < 1) throw new StarlarkError(`minimum k8s upsert timeout is 1s; got ${kuts}s`);
    const ssa = a.k8s_server_side_apply ?? '';
    if (ssa !== '' && ssa !== 'true' && ssa !== 'false' && ssa !== 'auto') {
      throw new StarlarkError(`update_settings: k8s_server_side_apply must be "true", "false", or "auto"; got ${JSON.stringify(ssa)}`);
    }
    const u = cx.load.get(SETTINGS).update;
    if (mpu !== undefined) u.maxParallelUpdates = mpu;
    if (kuts !== undefined) u.k8sUpsertTimeoutSecs = kuts;
    u.suppressUnusedImageWarnings.push(...(a.suppress_unused_image_warnings ?? []));
    if (ssa !== '') u.k8sServerSideApply = ssa as 'auto' | 'true' | 'false';
  },
);

/** A Go duration string (Tilt's value.Duration). */
export const duration: Conv<bigint> = (v) => {
  if (typeof v !== 'string') throw new StarlarkError(`Expected string. Got: ${typeOf(v)}`);
  return parseDuration(toHost(v));
};

export const ciSettings = defineBuiltin(
  'ci_settings',
  { 'k8s_grace_period?': duration, 'timeout?': duration, 'readiness_timeout?': duration },
  (cx, a) => {
    const ci = cx.load.get(SETTINGS).ci;
    if (a.k8s_grace_period !== undefined) ci.k8sGracePeriod = a.k8s_grace_period;
    if (a.timeout !== undefined) ci.timeout = a.timeout;
    if (a.readiness_timeout !== undefined) ci.readinessTimeout = a.readiness_timeout;
  },
);

export const watchSettings = defineBuiltin('watch_settings', { 'ignore?': T.stringOrList }, (cx, a) => {
  cx.load.get(SETTINGS).watchIgnores.push({ basePath: cx.load.currentDir, patterns: a.ignore ?? [] });
});

export const dockerPruneSettings = defineBuiltin(
  'docker_prune_settings',
  { 'disable?': T.bool, 'max_age_mins?': T.int, 'num_builds?': T.int, 'interval_hrs?': T.int, 'keep_recent?': T.value },
  (cx, a) => {
    const numBuilds = a.num_builds ?? 0;
    const intervalHrs = a.interval_hrs ?? 0;
    if (numBuilds !== 0 && intervalHrs !== 0) {
      throw new StarlarkError(
        "can't specify both 'prune every X builds' and 'prune every Y hours'; please pass only one of `num_builds` and `interval_hrs`",
      );
    }
    const p = cx.load.get(SETTINGS).dockerPrune;
    // Calling it at all turns pruning back on unless disable=True.
    p.enabled = !(a.disable ?? false);
    if ((a.max_age_mins ?? 0) !== 0) p.maxAgeMins = a.max_age_mins!;
    p.numBuilds = numBuilds;
    if (intervalHrs !== 0) p.intervalHrs = intervalHrs;
    if (a.keep_recent !== undefined) p.keepRecent = asInt32(a.keep_recent);
  },
);
