// Differential testing against starlark-go: runs the same Starlark files through
// `node dist/cli.mjs starlark` and the reference runner (bench/go-runner, built from
// Debian's golang-starlark-dev) and compares stdout, stderr and exit status byte for byte.
//
// Programs run in batches (both runners accept several files and run each in a fresh
// thread); when a batch disagrees, its programs are rerun one by one to find which.

import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GO_ROOT = process.env.STARLARK_GO_ROOT ?? '/usr/share/gocode/src/go.starlark.net';
const GO_RUNNER_SRC = join(REPO, 'bench', 'go-runner');
const GO_RUNNER_BIN = join(REPO, 'bench', '.gobin', 'starlark-go-runner');
/** The CLI under test (TILTJS_CLI overrides it, e.g. to try a build elsewhere). */
const CLI = process.env.TILTJS_CLI ?? join(REPO, 'dist', 'cli.mjs');

/** Why the differential tests cannot run here (no `go`, no starlark-go sources), or null. */
export function unavailableReason(): string | null {
  if (!existsSync(GO_ROOT)) return `starlark-go sources not found at ${GO_ROOT} (apt-get install golang-starlark-dev)`;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) return '`go` is not on PATH (apt-get install golang-go)';
  return null;
}

/**
 * Whether the differential tests can run. Without `go` or the sources they are skipped
 * with a loud message, except in CI (CI set), where that is an error.
 */
export function differentialAvailable(): boolean {
  const reason = unavailableReason();
  if (reason === null) return true;
  if (process.env.CI) throw new Error(`differential tests against starlark-go cannot run in CI: ${reason}`);
  console.warn(`\n!!! differential tests against starlark-go SKIPPED: ${reason}\n`);
  return false;
}

/** Builds the reference runner unless an up-to-date binary exists; returns its path. */
export function goRunner(): string {
  const src = join(GO_RUNNER_SRC, 'main.go');
  if (existsSync(GO_RUNNER_BIN) && statSync(GO_RUNNER_BIN).mtimeMs >= statSync(src).mtimeMs) return GO_RUNNER_BIN;
  mkdirSync(dirname(GO_RUNNER_BIN), { recursive: true });
  // Build under a private name and rename: test files may build concurrently.
  const tmp = `${GO_RUNNER_BIN}.${process.pid}.tmp`;
  // GO_ROOT is GOPATH/src/go.starlark.net.
  const gopath = basename(dirname(GO_ROOT)) === 'src' ? dirname(dirname(GO_ROOT)) : '/usr/share/gocode';
  const env: NodeJS.ProcessEnv = { ...process.env, GOPATH: gopath, GO111MODULE: 'off' };
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = join(tmpdir(), 'tiltjs-gocache');
  const r = spawnSync('go', ['build', '-o', tmp, '.'], { cwd: GO_RUNNER_SRC, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the starlark-go runner failed:\n${r.stderr}${r.error ?? ''}`);
  renameSync(tmp, GO_RUNNER_BIN);
  return GO_RUNNER_BIN;
}

/** The bundled CLI, built if missing (`npm test` builds it first). */
export function cli(): string {
  if (!existsSync(CLI)) {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs'), '--quiet'], { cwd: REPO, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building dist/cli.mjs failed:\n${r.stderr}`);
  }
  return CLI;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

function run(cmd: string, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, encoding: 'latin1', maxBuffer: 1 << 28, timeout: 120_000 }, (err, stdout, stderr) => {
      const status = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      // latin1 keeps every byte as one char: the comparison is byte-exact.
      resolve({ stdout, stderr: err && status === -1 ? `${stderr}\n[runner failed: ${err.message}]` : stderr, status });
    });
  });
}

/**
 * Known and legitimate differences between the oracle and what tiltjs must do, applied to
 * the oracle's output: the oracle is the 2021 starlark-go built with this machine's Go,
 * tiltjs follows the 2024 starlark-go that Tilt pins, built with a recent Go. Keep this
 * list short: every entry hides a class of outputs from the comparison.
 */
export const ORACLE_FIXUPS: { why: string; from: RegExp; to: string }[] = [
  {
    why: 'hash() accepts bytes since 2024, and its message for other types changed',
    from: /hash: for parameter 1: got ([\w.]+), want string/g,
    to: 'hash: got $1, want string or bytes',
  },
  // Go's encoding/json (used by json.encode for non-ASCII text) writes \b and \f since
  // Go 1.22, and \u0008 and \u000c before; Tilt is built with a recent Go.
  { why: 'Go < 1.22 encoding/json escapes backspace as \\u0008', from: /(?<=\\)u0008/g, to: 'b' },
  { why: 'Go < 1.22 encoding/json escapes form feed as \\u000c', from: /(?<=\\)u000c/g, to: 'f' },
];

function fixOracle(o: Outcome): Outcome {
  let { stdout, stderr } = o;
  for (const f of ORACLE_FIXUPS) {
    stdout = stdout.replace(f.from, f.to);
    stderr = stderr.replace(f.from, f.to);
  }
  return { stdout, stderr, status: o.status };
}

/** Runs files (relative to dir) through both implementations. */
export async function runBoth(dir: string, files: string[]): Promise<{ go: Outcome; js: Outcome }> {
  const [go, js] = await Promise.all([run(goRunner(), files, dir), run(process.execPath, [cli(), 'starlark', ...files], dir)]);
  return { go: fixOracle(normalise(go, dir)), js: normalise(js, dir) };
}

/** Absolute paths of the scratch directory (loaded modules) become `$DIR`. */
function normalise(o: Outcome, dir: string): Outcome {
  const d = Buffer.from(dir, 'utf8').toString('latin1');
  return { stdout: o.stdout.split(d).join('$DIR'), stderr: o.stderr.split(d).join('$DIR'), status: o.status };
}

export interface Program {
  /** file name, relative to the scratch directory */
  name: string;
  source: string;
}

export interface Disagreement {
  program: Program;
  go: Outcome;
  js: Outcome;
}

/** A scratch directory holding programs (and the helper modules they load). */
export class Scratch {
  readonly dir: string;
  constructor(prefix = 'tiltjs-diff-') {
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  }
  write(p: Program): void {
    const path = join(this.dir, p.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, p.source, 'utf8');
  }
  copyDir(from: string, to: string): void {
    cpSync(from, join(this.dir, to), { recursive: true });
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function same(a: Outcome, b: Outcome): boolean {
  return a.status === b.status && a.stdout === b.stdout && a.stderr === b.stderr;
}

/** Runs programs in batches of `batch`; returns the programs whose outcomes differ. */
export async function compareAll(scratch: Scratch, programs: Program[], batch = 60): Promise<{ disagreements: Disagreement[]; compared: number }> {
  for (const p of programs) scratch.write(p);
  const disagreements: Disagreement[] = [];
  for (let i = 0; i < programs.length; i += batch) {
    const group = programs.slice(i, i + batch);
    const { go, js } = await runBoth(scratch.dir, group.map((p) => p.name));
    if (same(go, js)) continue;
    for (const p of group) {
      const one = await runBoth(scratch.dir, [p.name]);
      if (!same(one.go, one.js)) disagreements.push({ program: p, ...one });
    }
    if (disagreements.length === 0) {
      // The batch differs but no single program does: report the batch itself.
      disagreements.push({ program: { name: `batch of ${group.length} from ${group[0].name}`, source: '' }, go, js });
    }
  }
  return { disagreements, compared: programs.length };
}

/** A readable account of one disagreement (for test failure messages). */
export function describe(d: Disagreement): string {
  const show = (label: string, a: string, b: string) => {
    if (a === b) return '';
    const la = a.split('\n');
    const lb = b.split('\n');
    let k = 0;
    while (k < la.length && k < lb.length && la[k] === lb[k]) k++;
    const utf = (s: string | undefined) => (s === undefined ? '<end>' : JSON.stringify(Buffer.from(s, 'latin1').toString('utf8')));
    return `  ${label} differs at line ${k + 1}:\n    starlark-go: ${utf(la[k])}\n    tiltjs:      ${utf(lb[k])}\n`;
  };
  const status = d.go.status === d.js.status ? '' : `  exit status: starlark-go ${d.go.status}, tiltjs ${d.js.status}\n`;
  return `${d.program.name}:\n${status}${show('stdout', d.go.stdout, d.js.stdout)}${show('stderr', d.go.stderr, d.js.stderr)}` +
    (d.program.source ? `  program:\n${d.program.source.replace(/^\n+/, '').replace(/\n+$/, '').replace(/^/gm, '    | ')}\n` : '');
}

/**
 * Splits a corpus file into programs: chunks separated by a line `---` run as separate
 * programs, padded with blank lines so line numbers are those of the whole file.
 */
export function chunkProgram(name: string, text: string): Program[] {
  const parts = text.split('\n---\n');
  if (parts.length === 1) return [{ name, source: text }];
  const out: Program[] = [];
  let line = 1;
  parts.forEach((body, i) => {
    out.push({ name: name.replace(/\.star$/, `-${String(i).padStart(3, '0')}.star`), source: '\n'.repeat(line - 1) + body + '\n' });
    line += body.split('\n').length + 1;
  });
  return out;
}

export function readProgram(path: string): string {
  return readFileSync(path, 'utf8');
}
