// Where the `tilt` shim lives (bin/shim/tilt in the tiltjs checkout or package), found
// from this module's location: dist/cli.mjs and dist/conformance.mjs when bundled,
// builtins/tilt/local/ when run from source. Looked up once per process.

import { existsSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

/** The directory holding the `tilt` shim, or null when it cannot be found. */
export function tiltShimDir(): string | null {
  if (cached !== undefined) return cached;
  cached = null;
  const starts: string[] = [];
  try {
    starts.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    // no module URL (the CommonJS start-up snapshot): fall back to the script path
  }
  if (process.argv[1]) starts.push(dirname(resolve(process.argv[1])));
  for (const start of starts) {
    for (let dir = start, i = 0; i < 6; i++) {
      const candidate = join(dir, 'bin', 'shim');
      if (existsSync(join(candidate, 'tilt'))) return (cached = candidate);
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return cached;
}

/**
 * Puts the shim first on env.PATH (in place) and records the node binary the shim should
 * run (TILTJS_NODE), for every process tiltjs starts: local(), and the engine's commands.
 */
export function prependTiltShim(env: Record<string, string>): Record<string, string> {
  const shim = tiltShimDir();
  if (shim === null) return env;
  env.PATH = env.PATH ? `${shim}${delimiter}${env.PATH}` : shim;
  env.TILTJS_NODE ??= process.execPath;
  return env;
}
