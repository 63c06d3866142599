// `--update-mode` of `up` and `ci` (reference §4.4): how changed files reach a running
// container. `auto` live-updates where the Tiltfile says so; `image` never live-updates
// (every change rebuilds and redeploys). `container` (docker exec) and `exec` (the
// Kubernetes exec API) pick the live-update transport, and Docker Compose services always
// use Docker's, so for them both behave as `auto`.

export const UPDATE_MODES = ['auto', 'image', 'container', 'exec'] as const;

export type UpdateMode = (typeof UPDATE_MODES)[number];

/** The mode a flag names; throws Tilt's error for anything else. */
export function parseUpdateMode(flag: string): UpdateMode {
  if ((UPDATE_MODES as readonly string[]).includes(flag)) return flag as UpdateMode;
  throw new Error(`unknown update mode ${JSON.stringify(flag)}. Valid Values: [${UPDATE_MODES.join(' ')}]`);
}
