// The Docker Compose command line. Tilt loads compose projects with the compose-go
// library; tiltjs asks the CLI instead (`config` prints the resolved project), so it needs
// a working binary: $TILT_DOCKER_COMPOSE_CMD when set, else `docker compose` (v2), else
// `docker-compose` (v1), the order Tilt uses. Detection runs once per load.

import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import type { CommandResult, LoadContext } from '../../kit/index.js';
import type { ComposeProject } from '../../../src/model/index.js';
import { goQuote, goQuoteList } from './go-quote.js';
import { COMPOSE, type ComposeCli } from './state.js';
import { canonicalSemver } from './version.js';

function hostEnv(cx: LoadContext): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(cx.host.env)) if (v !== undefined) env[k] = v;
  return env;
}

function run(cx: LoadContext, argv: string[], cwd: string): CommandResult {
  return cx.host.runCommand(argv, { cwd, env: hostEnv(cx) });
}

/** Go's exec error text for a process that could not start or exited non-zero. */
function execError(argv0: string, r: CommandResult): string {
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return argv0.includes('/') ? `fork/exec ${argv0}: no such file or directory` : `exec: ${goQuote(argv0)}: executable file not found in $PATH`;
    }
    if (code === 'EACCES') return `fork/exec ${argv0}: permission denied`;
    return r.error.message;
  }
  return r.status === null ? 'signal: killed' : `exit status ${r.status}`;
}

/** Tilt's FormatError: the command, the error, then whatever it printed. */
function formatFailure(argv: string[], r: CommandResult): string {
  let msg = `command ${goQuoteList(argv)} failed.\nerror: ${execError(argv[0], r)}\n`;
  if (r.stdout.length > 0) msg += `\nstdout: '${r.stdout}'`;
  if (r.stderr.length > 0) msg += `\nstderr: '${r.stderr}'`;
  return msg;
}

/** `version` of one candidate: its canonical version, or the failure message. */
function probe(cx: LoadContext, argv: string[]): { version: string } | { failure: string } {
  const full = [...argv, 'version'];
  const r = run(cx, full, cx.mainDir);
  if (r.error || r.status !== 0) return { failure: formatFailure(full, r) };
  const version = parseComposeVersion(r.stdout);
  if (typeof version !== 'string') return { failure: version.error };
  return { version };
}

// v1: "docker-compose version 1.29.2, build 5becea4c"; v2: "Docker Compose version v2.24.5".
const VERSION_RE = /^docker[ -]compose(?: version)?:? v?([^\s,]+),?(?: build ([a-z0-9-]+))?/im;

/** The canonical semver of `docker compose version` output, or the parse error. */
export function parseComposeVersion(stdout: string): string | { error: string } {
  const m = VERSION_RE.exec(stdout.trim());
  if (!m) return { error: `could not parse version from output: ${goQuote(stdout)}` };
  const canonical = canonicalSemver(`v${m[1]}`);
  if (canonical === '') return { error: `invalid version: ${goQuote(`v${m[1]}`)}` };
  return canonical;
}

// Like Tilt, which asks once per process: `version` costs about half a second for v1.
// Keyed by what decides the answer.
const detected = new Map<string, ComposeCli>();

/** Forgets what was detected (for tests that fake the machine). */
export function forgetComposeDetection(): void {
  detected.clear();
}

/** The compose command of this machine; fails the calling builtin when there is none. */
export function composeCli(cx: LoadContext): ComposeCli {
  const state = cx.get(COMPOSE);
  if (state.cli) return state.cli;
  const override = cx.host.env.TILT_DOCKER_COMPOSE_CMD;
  const key = `${override ?? ''}\0${cx.host.env.PATH ?? ''}`;
  const known = detected.get(key);
  if (known) return (state.cli = known);
  let cli: ComposeCli | null = null;
  if (override) {
    const p = probe(cx, [override]);
    if ('failure' in p) throw new StarlarkError(fromHost(p.failure));
    cli = { argv: [override], version: p.version };
  } else {
    const failures: string[] = [];
    for (const argv of [['docker', 'compose'], ['docker-compose']]) {
      const p = probe(cx, argv);
      if ('version' in p) {
        cli = { argv, version: p.version };
        break;
      }
      failures.push(p.failure);
    }
    if (!cli) {
      throw new StarlarkError(
        fromHost(
          'Unable to find Docker Compose. Make sure `docker compose` (Compose v2) or `docker-compose` is on your $PATH, ' +
            'or set TILT_DOCKER_COMPOSE_CMD to the compose binary.\n' +
            `Tried:\n${failures.map((f) => `  ${f.trimEnd().replaceAll('\n', '\n  ')}`).join('\n')}`,
        ),
      );
    }
  }
  detected.set(key, cli);
  state.cli = cli;
  return cli;
}

/** The global options that select a project, as Tilt passes them to every compose command. */
export function projectArgs(p: ComposeProject): string[] {
  const args: string[] = [];
  if (p.name !== '') args.push('--project-name', p.name);
  if (p.projectDir !== '') args.push('--project-directory', p.projectDir);
  if (p.envFile !== '') args.push('--env-file', p.envFile);
  for (const f of p.configPaths) args.push('-f', f);
  for (const prof of p.profiles) args.push('--profile', prof);
  return args;
}

/** `compose ... config`: the resolved project as YAML (v2 may print JSON-compatible YAML). */
export function composeConfig(cx: LoadContext, cli: ComposeCli, p: ComposeProject): string {
  const argv = [...cli.argv, ...projectArgs(p), 'config'];
  const r = run(cx, argv, p.projectDir || cx.currentDir);
  if (r.error || r.status !== 0) {
    let msg = `command ${goQuoteList(argv)} failed.\nerror: ${execError(argv[0], r)}\nstdout: ${goQuote(r.stdout.trim())}`;
    if (!r.error) msg += `\nstderr: '${r.stderr}'`;
    throw new StarlarkError(fromHost(msg));
  }
  return r.stdout;
}
