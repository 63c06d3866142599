// The real Host for Tiltfile builtins: synchronous child processes and the process env.

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { CommandResult, Host, RunCommandOptions } from '../../../builtins/kit/host.js';
import { spawnFailure } from '../proc/node-processes.js';

/** A command stopped at its timeout (also the worker's command relay's wording). */
export function commandTimedOut(argv: string[], opts: RunCommandOptions): Error {
  return new Error(`${argv[0]} timed out after ${opts.timeoutMs} ms`);
}

/** Why a command did not run to completion. */
function commandError(argv: string[], opts: RunCommandOptions, e: NodeJS.ErrnoException): Error {
  if (e.code === 'ETIMEDOUT') return commandTimedOut(argv, opts);
  return spawnFailure({ argv, cwd: opts.cwd }, e);
}

export function nodeHost(env: Record<string, string | undefined> = process.env): Host {
  return {
    env,
    runCommand(argv: string[], opts: RunCommandOptions): CommandResult {
      const r = spawnSync(argv[0], argv.slice(1), {
        cwd: opts.cwd,
        env: opts.env,
        input: opts.stdin,
        timeout: opts.timeoutMs,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      });
      return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error ? commandError(argv, opts, r.error) : undefined };
    },
    which(name: string): string | null {
      for (const dir of (env.PATH ?? '').split(delimiter)) {
        if (!dir) continue;
        const p = join(dir, name);
        try {
          accessSync(p, constants.X_OK);
          return p;
        } catch {
          // not here
        }
      }
      return null;
    },
  };
}
