// The environment of processes the engine starts (local resources, custom builds): the
// process environment plus TILT_HOST / TILT_PORT and the `tilt` shim on PATH, so tools
// calling back into tiltjs (`tilt get`, `tilt args`) find it.

import { prependTiltShim } from '../builtins/tilt/local/index.js';

export function engineProcessEnv(host: string, port: number): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.TILT_HOST = host;
  env.TILT_PORT = String(port);
  env.TILT_DISABLE_ANALYTICS = '1';
  env.PYTHONUNBUFFERED ??= '1';
  return prependTiltShim(env);
}
