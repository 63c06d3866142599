// The compose CLI adapter with a scripted process runner: binary detection, the command
// lines Tilt uses, serialised `up`, failures.

import { describe, expect, it } from 'vitest';
import { ComposeCliRunner, parseVersionOutput, projectArgs } from '../../../src/adapters/compose/cli.js';
import type { ProcessRunner, ProcessSpec } from '../../../src/adapters/proc/port.js';
import type { ComposeProject } from '../../../src/model/index.js';

const project: ComposeProject = { name: 'p', configPaths: ['/d/a.yml', '/d/b.yml'], projectDir: '/d', envFile: '/d/.env', profiles: ['x'], wait: true };

function scripted(answer: (argv: string[]) => { code: number; out: string; delayMs?: number }) {
  const calls: string[][] = [];
  let running = 0;
  let maxRunning = 0;
  const runner: ProcessRunner = {
    start(spec: ProcessSpec) {
      calls.push(spec.argv);
      const a = answer(spec.argv);
      running++;
      maxRunning = Math.max(maxRunning, running);
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        setTimeout(() => {
          spec.onOutput?.(a.out, 'stdout');
          running--;
          resolve({ code: a.code, signal: null });
        }, a.delayMs ?? 1),
      );
      return { pid: 1, exited, stop: async () => undefined };
    },
  };
  return { runner, calls, max: () => maxRunning };
}

const opts = () => ({ onOutput: () => undefined, signal: new AbortController().signal });

describe('compose CLI adapter', () => {
  it('parses v1 and v2 version output', () => {
    expect(parseVersionOutput('docker-compose version 1.29.2, build unknown')).toEqual({ version: 'v1.29.2', major: 1 });
    expect(parseVersionOutput('Docker Compose version v2.24.5')).toEqual({ version: 'v2.24.5', major: 2 });
    expect(parseVersionOutput('nope')).toBeNull();
  });

  it('selects the project like Tilt', () => {
    expect(projectArgs(project, ['/tmp/o.yml'])).toEqual(['--project-name', 'p', '--project-directory', '/d', '--env-file', '/d/.env', '-f', '/d/a.yml', '-f', '/d/b.yml', '-f', '/tmp/o.yml', '--profile', 'x']);
  });

  it('falls back to docker-compose, adds --wait only for v2, and runs up calls one at a time', async () => {
    const s = scripted((argv) => (argv[1] === 'compose' ? { code: 1, out: 'unknown command' } : argv.includes('version') ? { code: 0, out: 'docker-compose version 1.29.2, build x' } : { code: 0, out: '', delayMs: 20 }));
    const cli = new ComposeCliRunner(s.runner, () => ({}));
    expect(await cli.version()).toEqual({ argv: ['docker-compose'], version: 'v1.29.2', v2: false });
    await Promise.all([cli.up(project, 'a', [], opts()), cli.up(project, 'b', [], opts())]);
    const ups = s.calls.filter((c) => c.includes('up'));
    expect(ups.map((c) => c.slice(c.indexOf('up')))).toEqual([
      ['up', '--no-deps', '--remove-orphans', '--no-build', '-d', 'a'],
      ['up', '--no-deps', '--remove-orphans', '--no-build', '-d', 'b'],
    ]);
    expect(s.max()).toBe(1);

    const v2 = scripted((argv) => (argv.includes('version') ? { code: 0, out: 'Docker Compose version v2.20.0' } : { code: 0, out: '' }));
    const cli2 = new ComposeCliRunner(v2.runner, () => ({}));
    await cli2.up(project, 'a', [], opts());
    expect(v2.calls[1].slice(0, 2)).toEqual(['docker', 'compose']);
    expect(v2.calls[1].slice(-2)).toEqual(['a', '--wait']);
  });

  it('honours TILT_DOCKER_COMPOSE_CMD and reports failures with the output tail', async () => {
    const s = scripted((argv) => (argv.includes('version') ? { code: 0, out: 'docker-compose version 1.29.2' } : { code: 1, out: 'ERROR: boom\n' }));
    const cli = new ComposeCliRunner(s.runner, () => ({ TILT_DOCKER_COMPOSE_CMD: '/opt/dc' }));
    await expect(cli.down(project, opts())).rejects.toThrow('/opt/dc down failed (exit status 1):\nERROR: boom');
    expect(s.calls[1]).toEqual(['/opt/dc', ...projectArgs(project), 'down', '--remove-orphans']);
    const none = new ComposeCliRunner(scripted(() => ({ code: 127, out: '' })).runner, () => ({}));
    await expect(none.version()).rejects.toThrow(/^Docker Compose not found/);
  });
});
