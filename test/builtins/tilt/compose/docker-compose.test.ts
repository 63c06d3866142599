// docker_compose() and dc_resource() against a scripted compose CLI: which binary is
// picked, the exact command lines, project naming, blobs, profiles from the environment,
// renames and the argument errors.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetComposeDetection } from '../../../../builtins/tilt/compose/cli.js';
import { normalizeProjectName } from '../../../../builtins/tilt/compose/docker-compose.js';
import type { RunCommandOptions } from '../../../../builtins/kit/index.js';
import { fakeHost, load, ok, tempProject, type FakeHost } from '../fake-host.js';

const config = `services:
  web:
    image: acme/web
    ports: ["8080:80"]
    depends_on: [db]
  db:
    image: postgres
`;

/** A machine with docker (no compose plugin) and docker-compose 1.29 printing `out`. */
function v1Host(out: string, env: Record<string, string> = {}): FakeHost {
  return fakeHost((argv: string[], _opts: RunCommandOptions) => {
    if (argv[0] === 'docker') return { status: 1, stderr: 'docker: unknown command: docker compose\n' };
    if (argv[1] === 'version') return ok('docker-compose version 1.29.2, build unknown\n');
    return ok(out);
  }, env);
}

beforeEach(() => forgetComposeDetection());

describe('docker_compose', () => {
  it('falls back to docker-compose and passes the project on the command line', () => {
    const dir = tempProject({ 'docker-compose.yml': config, 'dev.env': 'A=1\n', Tiltfile: "docker_compose('docker-compose.yml', env_file='dev.env', profiles=['x', 'y'])\n" }, 'My_App');
    const host = v1Host(config);
    const r = load(dir, host);
    expect(r.error).toBeNull();
    expect(host.calls.map((c) => c.argv)).toEqual([
      ['docker', 'compose', 'version'],
      ['docker-compose', 'version'],
      ['docker-compose', '--project-name', 'my_app', '--project-directory', dir, '--env-file', `${dir}/dev.env`, '-f', `${dir}/docker-compose.yml`, '--profile', 'x', '--profile', 'y', 'config'],
    ]);
    expect(r.manifests.map((m) => m.name)).toEqual(['db', 'web']);
    expect(r.manifests[1].dc!.project).toEqual({
      name: 'my_app',
      configPaths: [`${dir}/docker-compose.yml`],
      projectDir: dir,
      envFile: `${dir}/dev.env`,
      profiles: ['x', 'y'],
      wait: false,
    });
  });

  it('uses docker compose (v2) when it works, and TILT_DOCKER_COMPOSE_CMD over both', () => {
    const dir = tempProject({ 'docker-compose.yml': config, Tiltfile: "docker_compose('docker-compose.yml')\n" });
    const v2 = fakeHost((argv) => (argv[2] === 'version' ? ok('Docker Compose version v2.24.5\n') : ok(config)));
    expect(load(dir, v2).error).toBeNull();
    expect(v2.calls.map((c) => c.argv.slice(0, 3))).toEqual([
      ['docker', 'compose', 'version'],
      ['docker', 'compose', '--project-name'],
    ]);

    forgetComposeDetection();
    const custom = fakeHost((argv) => (argv[1] === 'version' ? ok('docker-compose version 1.29.2') : ok(config)), { TILT_DOCKER_COMPOSE_CMD: '/opt/compose' });
    expect(load(dir, custom).error).toBeNull();
    expect(custom.calls.map((c) => c.argv[0])).toEqual(['/opt/compose', '/opt/compose']);
  });

  it('remembers the detected binary for later loads', () => {
    const dir = tempProject({ 'docker-compose.yml': config, Tiltfile: "docker_compose('docker-compose.yml')\n" });
    load(dir, v1Host(config));
    const again = v1Host(config);
    load(dir, again);
    expect(again.calls.map((c) => c.argv[1])).toEqual(['--project-name']);
  });

  it('names blob-only projects after the Tiltfile directory and writes <sha256>.yml', () => {
    const dir = tempProject({ Tiltfile: "docker_compose(local('true', quiet=True) if False else [])\n" }, 'Blob.Project');
    const host = v1Host(config);
    expect(load(dir, host).error).toContain('Nothing to compose');

    const dir2 = tempProject({ 'c.yml': config, Tiltfile: "docker_compose(local('cat c.yml', quiet=True))\n" }, 'Blob.Project');
    const host2 = fakeHost((argv) => {
      if (argv[0] === 'cat') return ok(config);
      if (argv[0] === 'docker') return { status: 1 };
      return argv[1] === 'version' ? ok('docker-compose version 1.29.2') : ok(config);
    });
    const r = load(dir2, host2);
    expect(r.error).toBeNull();
    const project = r.manifests[0].dc!.project;
    expect(project.name).toBe('blobproject');
    expect(project.projectDir).toBe(dir2);
    expect(basename(project.configPaths[0])).toMatch(/^[0-9a-f]{64}\.yml$/);
    expect(readFileSync(project.configPaths[0], 'utf8')).toBe(config);
    expect(existsSync(project.configPaths[0])).toBe(true);
  });

  it('takes profiles from COMPOSE_PROFILES when none are given, and says so', () => {
    const cfg = 'services:\n  app: {image: a}\n  debug: {image: d, profiles: [debug]}\n';
    const dir = tempProject({ 'docker-compose.yml': cfg, Tiltfile: "docker_compose('docker-compose.yml')\n" }, 'prof');
    const host = v1Host(cfg, { COMPOSE_PROFILES: 'debug,test' });
    const r = load(dir, host);
    expect(r.manifests.map((m) => m.name)).toEqual(['app', 'debug']);
    expect(host.logs).toContain('Compose project "prof" loading profiles from environment: debug,test');
    expect(host.calls[2].argv).toContain('--profile');
  });

  it('reports a failing config command with its output', () => {
    const dir = tempProject({ 'docker-compose.yml': 'x', Tiltfile: "docker_compose('docker-compose.yml')\n" }, 'bad');
    const host = fakeHost((argv) => {
      if (argv[0] === 'docker') return { status: 1 };
      if (argv[1] === 'version') return ok('docker-compose version 1.29.2');
      return { status: 1, stdout: '', stderr: 'Top-level object must be a mapping\n' };
    });
    const r = load(dir, host);
    expect(r.error).toContain(
      `Error in docker_compose: command ["docker-compose" "--project-name" "bad" "--project-directory" "${dir}" "-f" "${dir}/docker-compose.yml" "config"] failed.\nerror: exit status 1\nstdout: ""\nstderr: 'Top-level object must be a mapping\n'`,
    );
  });

  it('rejects invalid image names like compose-go', () => {
    const cfg = 'services:\n  web: {image: Acme/Web}\n';
    const dir = tempProject({ 'docker-compose.yml': cfg, Tiltfile: "docker_compose('docker-compose.yml')\n" });
    const r = load(dir, v1Host(cfg));
    expect(r.error).toContain('Error in docker_compose: getting service web: Error parsing image name "Acme/Web": invalid reference format: repository name must be lowercase');
  });

  it('normalises project names like compose-go', () => {
    expect(normalizeProjectName('My App.v2')).toBe('myappv2');
    expect(normalizeProjectName('__x-Y')).toBe('x-y');
    expect(normalizeProjectName('-_-')).toBe('');
  });
});

describe('dc_resource', () => {
  const threeServices = 'services:\n  db: {image: db}\n  foo: {image: foo, depends_on: [db]}\n  bar: {image: bar, depends_on: [db, foo]}\n';

  function run(tiltfile: string): ReturnType<typeof load> {
    const dir = tempProject({ 'docker-compose.yml': threeServices, Tiltfile: `docker_compose('docker-compose.yml')\n${tiltfile}` });
    return load(dir, v1Host(threeServices));
  }

  it.each([
    [{}, ['db', 'foo', 'bar']],
    [{ db: 'db2' }, ['db2', 'foo', 'bar']],
    [{ foo: 'foo2' }, ['db', 'foo2', 'bar']],
    [{ db: 'db2', foo: 'foo2', bar: 'bar2' }, ['db2', 'foo2', 'bar2']],
  ] as [Record<string, string>, string[]][])('rewrites dependencies on renamed services %j', (renames, [db, foo, bar]) => {
    const r = run(Object.entries(renames).map(([o, n]) => `dc_resource('${o}', new_name='${n}')\n`).join(''));
    expect(r.error).toBeNull();
    expect(r.manifests.map((m) => [m.name, m.resourceDeps])).toEqual([
      [db, []],
      [foo, [db]],
      [bar, [db, foo]],
    ]);
  });

  it('checks resource_deps is a sequence of strings', () => {
    expect(run("dc_resource('foo', resource_deps='db')\n").error).toContain('Error in dc_resource: dc_resource: for parameter "resource_deps": got string, want starlark.Sequence');
    expect(run("dc_resource('foo', resource_deps={'db': 1})\n").manifests[1].resourceDeps).toEqual(['db']);
  });

  it('fails before docker_compose() declared the service', () => {
    const dir = tempProject({ Tiltfile: "dc_resource('web')\n" });
    expect(load(dir, v1Host('')).error).toContain('Error in dc_resource: no Docker Compose service found with name "web". Found these instead:\n\t');
  });

  it('validates the image ref', () => {
    expect(run("dc_resource('foo', 'Foo:bar')\n").error).toContain('Error in dc_resource: invalid reference format: repository name must be lowercase');
  });

  it('keeps trigger mode and auto_init unless given again', () => {
    const r = run("dc_resource('foo', trigger_mode=TRIGGER_MODE_MANUAL, auto_init=False)\ndc_resource('foo', labels=['x'])\n");
    expect(r.manifests[1]).toMatchObject({ name: 'foo', triggerMode: 'manual', autoInit: false, labels: ['x'] });
  });
});
