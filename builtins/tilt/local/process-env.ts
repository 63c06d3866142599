// The environment Tilt gives the processes it starts (local(), local_resource, custom
// builds): the process environment, KUBECONFIG, TILT_HOST/TILT_PORT (kept when already
// set), TILT_DISABLE_ANALYTICS, terminal hints, then the caller's additions. tiltjs also
// puts its `tilt` shim first on PATH, so `tilt version` / `tilt get` in those processes
// reach tiltjs rather than a Tilt install (or nothing).

import type { LoadContext } from '../../kit/index.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { prependTiltShim } from './tilt-shim.js';

export function processEnv(cx: LoadContext, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(cx.host.env)) if (v !== undefined) env[k] = v;
  env.TILT_HOST ??= cx.webHost;
  env.TILT_PORT ??= String(cx.webPort);
  env.TILT_DISABLE_ANALYTICS = '1';
  env.LINES ??= '24';
  env.COLUMNS ??= '80';
  env.PYTHONUNBUFFERED ??= '1';
  prependTiltShim(env);
  for (const key of Object.keys(extra).sort()) {
    if (key === '') throw new StarlarkError(`environment has empty key for value ${JSON.stringify(extra[key])}`);
    env[key] = extra[key];
  }
  return env;
}
