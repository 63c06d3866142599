// ComposeCli over the real binary: $TILT_DOCKER_COMPOSE_CMD when set, else `docker compose`
// (v2), else `docker-compose` (v1), the order Tilt uses. Commands that change containers
// (up, rm, down) run one at a time; builds may overlap.

import type { ComposeProject } from '../../model/index.js';
import type { ProcessRunner } from '../proc/port.js';
import { ComposeError, type ComposeCli, type ComposeRunOptions, type ComposeVersion } from './port.js';

const VERSION_RE = /^docker[ -]compose(?: version)?:? v?([0-9]+)\.([0-9]+)(?:\.([0-9]+))?([^\s,]*)/im;

/** The version `compose version` printed, or null when it is not recognisable. */
export function parseVersionOutput(out: string): { version: string; major: number } | null {
  const m = VERSION_RE.exec(out.trim());
  if (!m) return null;
  return { version: `v${+m[1]}.${+m[2]}.${+(m[3] ?? 0)}${m[4].replace(/\+.*$/, '')}`, major: +m[1] };
}

/** The global options that select a project, as Tilt passes them to every compose command. */
export function projectArgs(p: ComposeProject, extraFiles: string[] = []): string[] {
  const args: string[] = [];
  if (p.name !== '') args.push('--project-name', p.name);
  if (p.projectDir !== '') args.push('--project-directory', p.projectDir);
  if (p.envFile !== '') args.push('--env-file', p.envFile);
  for (const f of [...p.configPaths, ...extraFiles]) args.push('-f', f);
  for (const prof of p.profiles) args.push('--profile', prof);
  return args;
}

function tail(output: string, lines = 15): string {
  const all = output.trimEnd().split('\n');
  return all.slice(-lines).join('\n');
}

export class ComposeCliRunner implements ComposeCli {
  private detected: Promise<ComposeVersion> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly processes: ProcessRunner,
    private readonly env: () => Record<string, string>,
  ) {}

  version(): Promise<ComposeVersion> {
    this.detected ??= this.detect();
    // A failed detection is retried next time (compose may get installed meanwhile).
    this.detected.catch(() => (this.detected = null));
    return this.detected;
  }

  private async detect(): Promise<ComposeVersion> {
    const override = this.env().TILT_DOCKER_COMPOSE_CMD;
    const candidates = override ? [[override]] : [['docker', 'compose'], ['docker-compose']];
    const failures: string[] = [];
    for (const argv of candidates) {
      const r = await this.capture([...argv, 'version'], process.cwd());
      const v = r.code === 0 ? parseVersionOutput(r.output) : null;
      if (v) return { argv, version: v.version, v2: v.major >= 2 };
      failures.push(`  ${argv.join(' ')} version: ${r.code === 0 ? `unrecognised output ${JSON.stringify(r.output.trim())}` : r.error}`);
    }
    throw new ComposeError(
      'Docker Compose not found: install `docker compose` (v2) or `docker-compose`, or set TILT_DOCKER_COMPOSE_CMD to the compose binary.\n' +
        failures.join('\n'),
      '',
    );
  }

  private capture(argv: string[], cwd: string, o?: ComposeRunOptions): Promise<{ code: number | null; output: string; error: string }> {
    let output = '';
    const proc = this.processes.start({
      argv,
      cwd,
      env: this.env(),
      onOutput: (t) => {
        output += t;
        o?.onOutput(t);
      },
    });
    const abort = () => void proc.stop(2000);
    o?.signal.addEventListener('abort', abort, { once: true });
    return proc.exited.then((r) => {
      o?.signal.removeEventListener('abort', abort);
      const error = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`;
      return { code: r.error ? null : r.code, output, error };
    });
  }

  private async run(what: string, p: ComposeProject, args: string[], o: ComposeRunOptions, extraFiles: string[] = []): Promise<void> {
    const v = await this.version();
    const argv = [...v.argv, ...projectArgs(p, extraFiles), ...args];
    if (o.signal.aborted) throw new ComposeError(`${v.argv.join(' ')} ${what} cancelled`, '');
    const r = await this.capture(argv, p.projectDir || process.cwd(), o);
    if (r.code !== 0) {
      const out = tail(r.output);
      throw new ComposeError(`${v.argv.join(' ')} ${what} failed (${r.error})${out ? `:\n${out}` : ''}`, r.output);
    }
  }

  /** Runs f after every earlier serialised command has finished. */
  private serial<T>(f: () => Promise<T>): Promise<T> {
    const next = this.queue.then(f, f);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async up(p: ComposeProject, service: string, extraFiles: string[], o: ComposeRunOptions): Promise<void> {
    const v = await this.version();
    const args = ['up', '--no-deps', '--remove-orphans', '--no-build', '-d', service];
    if (p.wait && v.v2) args.push('--wait');
    await this.serial(() => this.run('up', p, args, o, extraFiles));
  }

  async rm(p: ComposeProject, services: string[], o: ComposeRunOptions): Promise<void> {
    await this.serial(() => this.run('rm', p, ['rm', '--stop', '--force', ...services], o));
  }

  async build(p: ComposeProject, service: string, o: ComposeRunOptions): Promise<void> {
    await this.run('build', p, ['build', service], o);
  }

  async down(p: ComposeProject, o: ComposeRunOptions & { volumes?: boolean }): Promise<void> {
    await this.serial(() => this.run('down', p, ['down', '--remove-orphans', ...(o.volumes ? ['--volumes'] : [])], o));
  }
}
