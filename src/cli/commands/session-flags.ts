// Flags shared by `up`, `ci` and `down`, and the address of a running tiltjs for client
// commands (TILT_HOST / TILT_PORT, as Tilt uses them).

import type { FlagSpec } from '../flags.js';

export const FILE_FLAG: FlagSpec = { name: 'file', short: 'f', type: 'string', description: 'path to the Tiltfile', default: 'Tiltfile' };
export const PORT_FLAG: FlagSpec = {
  name: 'port',
  type: 'number',
  description: 'port for the HTTP API (0 disables it; env TILT_PORT)',
  default: Number(process.env.TILT_PORT ?? 10350),
};
export const HOST_FLAG: FlagSpec = {
  name: 'host',
  type: 'string',
  description: 'host for the HTTP API (env TILT_HOST)',
  default: process.env.TILT_HOST ?? 'localhost',
};

export const UPDATE_MODE_FLAG: FlagSpec = {
  name: 'update-mode',
  type: 'string',
  description: 'how changes reach running containers: auto, image (never live update), container, exec',
  default: 'auto',
};

export function apiBase(flags: Record<string, unknown>): string {
  const host = (flags.host as string | undefined) ?? process.env.TILT_HOST ?? 'localhost';
  const port = (flags.port as number | undefined) ?? Number(process.env.TILT_PORT ?? 10350);
  return `http://${host}:${port}`;
}
