// Tiltfile conformance cases (conformance/tilt/<case>/): a Tiltfile with its files and
// `expected.json`, a normalised subset of the `tiltjs alpha tiltfile-result` JSON.
//
// expected.json keys:
//   "result":  a subset of the result. Objects match when every key given matches;
//              arrays must have the same length and match element by element; strings
//              and numbers exactly. "$DIR" in a string stands for the case directory.
//   "error":   a substring the load error must contain (omit or null: the load succeeds)
//   "args":    Tiltfile args (as after `--`)
//   "env":     environment additions ("$DIR" expanded), e.g. KUBECONFIG
//   "file":    the Tiltfile to load, relative to the case (default "Tiltfile")
// Cases may hold any helper files (YAML, Dockerfiles, loaded .star files...).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nodeHost } from '../src/adapters/host/node-host.js';
import { loadTiltfile } from '../src/tiltfile/loader.js';

export interface TiltCase {
  name: string;
  dir: string;
  expected: {
    result?: unknown;
    error?: string | null;
    args?: string[];
    env?: Record<string, string>;
    file?: string;
  };
}

export function listCases(root: string): TiltCase[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => statSync(join(root, n)).isDirectory() && existsSync(join(root, n, 'expected.json')))
    .sort()
    .map((name) => {
      const dir = join(root, name);
      return { name, dir, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) };
    });
}

function expand(s: string, dir: string): string {
  return s.split('$DIR').join(dir);
}

/** Runs one case; returns the list of mismatches (empty = pass). */
export function runTiltCase(c: TiltCase): string[] {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.KUBECONFIG;
  env.HOME = c.dir; // no ambient kubeconfig or extension cache
  for (const [k, v] of Object.entries(c.expected.env ?? {})) env[k] = expand(v, c.dir);
  const result = loadTiltfile({
    file: join(c.dir, c.expected.file ?? 'Tiltfile'),
    args: c.expected.args ?? [],
    subcommand: 'alpha tiltfile-result',
    host: nodeHost(env),
  });
  const problems: string[] = [];
  const wantError = c.expected.error ?? null;
  if (wantError === null && result.error !== null) problems.push(`unexpected error: ${result.error}`);
  if (wantError !== null) {
    if (result.error === null) problems.push(`expected an error containing ${JSON.stringify(wantError)}, load succeeded`);
    else if (!result.error.includes(expand(wantError, c.dir))) {
      problems.push(`error ${JSON.stringify(result.error)} does not contain ${JSON.stringify(expand(wantError, c.dir))}`);
    }
  }
  if (c.expected.result !== undefined) match(c.expected.result, JSON.parse(JSON.stringify(result)), '$', c.dir, problems);
  return problems;
}

function match(want: unknown, got: unknown, path: string, dir: string, out: string[]): void {
  if (typeof want === 'string') {
    const w = expand(want, dir);
    if (got !== w) out.push(`${path}: want ${JSON.stringify(w)}, got ${JSON.stringify(got)}`);
    return;
  }
  if (want === null || typeof want !== 'object') {
    if (got !== want) out.push(`${path}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    return;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) {
      out.push(`${path}: want an array, got ${JSON.stringify(got)}`);
      return;
    }
    if (want.length !== got.length) {
      out.push(`${path}: want ${want.length} elements, got ${got.length}: ${JSON.stringify(got).slice(0, 300)}`);
      return;
    }
    want.forEach((w, i) => match(w, got[i], `${path}[${i}]`, dir, out));
    return;
  }
  if (got === null || typeof got !== 'object' || Array.isArray(got)) {
    out.push(`${path}: want an object, got ${JSON.stringify(got)}`);
    return;
  }
  for (const [k, w] of Object.entries(want)) match(w, (got as Record<string, unknown>)[k], `${path}.${k}`, dir, out);
}
