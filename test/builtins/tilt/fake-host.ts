// A scripted Host for plugin tests: commands are answered by a function and recorded,
// so tests see the exact command lines a Tiltfile load runs.

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CommandResult, Host, RunCommandOptions } from '../../../builtins/kit/index.js';
import { loadTiltfile } from '../../../src/tiltfile/loader.js';
import type { LoadResult } from '../../../src/model/index.js';

export interface Call {
  argv: string[];
  cwd: string;
}

export type Answer = (argv: string[], opts: RunCommandOptions) => Partial<CommandResult>;

export interface FakeHost extends Host {
  calls: Call[];
  logs: string[];
}

export function ok(stdout: string): Partial<CommandResult> {
  return { status: 0, stdout };
}

export function fakeHost(answer: Answer, env: Record<string, string> = {}, onPath: string[] = []): FakeHost {
  const calls: Call[] = [];
  return {
    calls,
    logs: [],
    env: { PATH: '/fake/bin', ...env },
    runCommand(argv, opts) {
      calls.push({ argv, cwd: opts.cwd });
      const r = answer(argv, opts);
      return { status: r.error ? null : (r.status ?? 0), stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
    },
    which(name) {
      return onPath.includes(name) ? `/fake/bin/${name}` : null;
    },
  };
}

/** A temp directory holding the given files (path → content). */
export function tempProject(files: Record<string, string>, name = 'proj'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tiltjs-t4-')), name);
  mkdirSync(dir, { recursive: true });
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

/** Loads dir/Tiltfile with the fake host, collecting the Tiltfile log in host.logs. */
export function load(dir: string, host: FakeHost): LoadResult {
  return loadTiltfile({ file: join(dir, 'Tiltfile'), host, log: (l) => host.logs.push(l), subcommand: 'alpha tiltfile-result' });
}
