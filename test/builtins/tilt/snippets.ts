// Running Tiltfile snippets for the files/data/os/config/settings plugin tests.

import { join } from 'node:path';
import { fakeHost, tempProject } from './fake-host.js';
import { loadTiltfile } from '../../../src/tiltfile/loader.js';
import type { LoadResult } from '../../../src/model/index.js';

export interface Run {
  result: LoadResult;
  logs: string[];
  dir: string;
  env: Record<string, string | undefined>;
}

/** Loads `src` as dir/Tiltfile next to `files`, with Tiltfile args and an environment. */
export function runTiltfile(src: string, files: Record<string, string> = {}, args: string[] = [], env: Record<string, string> = {}): Run {
  const dir = tempProject({ Tiltfile: src, ...files });
  const host = fakeHost(() => ({ status: 0, stdout: '' }), env);
  const logs: string[] = [];
  const result = loadTiltfile({ file: join(dir, 'Tiltfile'), host, args, log: (l) => logs.push(l), subcommand: 'up' });
  return { result, logs, dir, env: host.env };
}

/** The printed lines of a snippet that must load without error. */
export function printed(src: string, files: Record<string, string> = {}, args: string[] = [], env: Record<string, string> = {}): string[] {
  const r = runTiltfile(src, files, args, env);
  if (r.result.error !== null) throw new Error(`unexpected error: ${r.result.error}`);
  return r.logs;
}

/** The last line of the load error (the "Error in f: ..." line) of a snippet. */
export function errorOf(src: string, files: Record<string, string> = {}, args: string[] = []): string {
  const r = runTiltfile(src, files, args);
  if (r.result.error === null) throw new Error(`no error from: ${src}`);
  const lines = r.result.error.split('\n');
  const i = lines.findIndex((l) => l.startsWith('Error'));
  return i >= 0 ? lines.slice(i).join('\n') : r.result.error;
}
