// Docker Compose through the real CLI: `tiltjs ci` succeeds on a healthy service and fails
// on a crashing one; `tiltjs up` live-updates a docker_build + docker_compose service
// (sync, triggered run, restart_container), falls back to a rebuild for fall_back_on
// files; Ctrl-C during a build leaves nothing behind; `tiltjs down` removes the containers.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noDocker, removeImages } from '../adapters/docker/require-docker.js';
import { eventually, fixture, freePort, httpGet, projectContainers, removeProject, tiltjs, up } from './cli.js';

const projects: string[] = [];
function projectName(what: string): string {
  const p = `tiltjs-e2e-${what}-${process.pid}`;
  projects.push(p);
  return p;
}

describe.skipIf(noDocker)('e2e: Docker Compose (Docker)', () => {
  afterAll(() => {
    for (const p of projects) removeProject(p);
    removeImages(`tiltjs-e2e-web-${process.pid}`, `tiltjs-e2e-slow-${process.pid}`);
  });

  it('ci, then up with live update and a fall_back_on rebuild, then down', { timeout: 240_000 }, async () => {
    const dir = fixture('e2e-compose-live');
    const port = await freePort();
    const env = { E2E_PORT: String(port), E2E_PROJECT: projectName('live'), E2E_IMAGE: `tiltjs-e2e-web-${process.pid}` };

    const ci = await tiltjs(['ci', '--port', '0'], dir, env);
    expect(ci.stderr).toBe('');
    expect(ci.stdout).toContain('SUCCESS. All workloads are healthy.');
    expect(ci.status).toBe(0);
    // ci leaves the service running, as up does
    expect(projectContainers(env.E2E_PROJECT)).toHaveLength(1);

    const s = up(dir, env);
    try {
      await s.waitFor(new RegExp(`web +│ Starting web with image tiltjs-e2e-web-${process.pid}:tilt-[0-9a-f]{16}`));
      await eventually(async () => (await httpGet(port, '/index.html')) === 'v1\n', 30_000, 'v1 served');
      const built = await httpGet(port, '/built.txt');
      const boot1 = await httpGet(port, '/boot.txt');

      // sync + restart_container: the new page is served by a restarted container, no run step
      writeFileSync(join(dir, 'app/www/index.html'), 'v2\n');
      await eventually(async () => (await httpGet(port, '/index.html')) === 'v2\n', 20_000, 'v2 served');
      await eventually(async () => /^[0-9a-f-]{36}\n$/.test(await httpGet(port, '/boot.txt')) && (await httpGet(port, '/boot.txt')) !== boot1, 20_000, 'a restart');
      await s.waitFor(/→ Container \S+ updated!/);
      expect(s.output()).not.toContain('[CMD');

      // a new item triggers the render step
      writeFileSync(join(dir, 'app/www/items/b.txt'), 'banana\n');
      await eventually(async () => (await httpGet(port, '/list.html')) === 'apple\nbanana\n', 20_000, 'the rendered list');
      expect(s.output()).toContain('[CMD 1/1] sh /render.sh');
      // (the container restarts after the run step: retry through the restart)
      await eventually(async () => (await httpGet(port, '/built.txt')) === built, 20_000, 'the same image after a live update');

      // fall_back_on: a full rebuild and a new container from the new image
      writeFileSync(join(dir, 'app/www/package.json'), '{"version": 2}\n');
      await s.waitFor(/Detected change to stop file ".*package.json"/);
      await eventually(async () => {
        const b = await httpGet(port, '/built.txt');
        return /^[0-9a-f-]{36}\n$/.test(b) && b !== built;
      }, 60_000, 'the rebuilt image to be served');
      await eventually(async () => (await httpGet(port, '/list.html')) === 'apple\nbanana\n', 20_000, 'the list from the new image');
      expect(await s.interrupt()).toBe(0);
    } catch (e) {
      writeFileSync(join(dir, "tiltjs-output.log"), s.output());
      throw new Error(`${(e as Error).message} (tiltjs output: ${join(dir, "tiltjs-output.log")})`);
    } finally {
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
    // Ctrl-C keeps containers (use down)
    expect(projectContainers(env.E2E_PROJECT)).toHaveLength(1);
    const down = await tiltjs(['down'], dir, env);
    expect(down.status).toBe(0);
    expect(projectContainers(env.E2E_PROJECT)).toEqual([]);
  });

  it('ci fails naming a crashing service; down cleans up', { timeout: 120_000 }, async () => {
    const dir = fixture('e2e-compose-crash');
    const env = { E2E_PROJECT: projectName('crash') };
    const ci = await tiltjs(['ci', '--port', '0'], dir, env);
    expect(ci.status).toBe(1);
    expect(ci.stderr).toMatch(/^Error: resource crasher: container \S+ exited with code 3/);
    expect(ci.stdout).toContain('about to crash');
    expect((await tiltjs(['down'], dir, env)).status).toBe(0);
    expect(projectContainers(env.E2E_PROJECT)).toEqual([]);
  });

  it('Ctrl-C during a build stops it and leaves no build container behind', { timeout: 120_000 }, async () => {
    const dir = fixture('e2e-slow-build');
    const marker = `cancel-${process.pid}-${Date.now()}`;
    const env = { E2E_PROJECT: projectName('slow'), E2E_MARKER: marker, E2E_IMAGE: `tiltjs-e2e-slow-${process.pid}` };
    const s = up(dir, env);
    await s.waitFor(new RegExp(`slow build ${marker}`));
    const t0 = Date.now();
    expect(await s.interrupt()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(15_000);
    await eventually(() => {
      const ps = spawnSync('docker', ['ps', '-a', '--no-trunc', '--format', '{{.Command}}'], { encoding: 'utf8' }).stdout;
      return !ps.includes(marker);
    }, 20_000, 'the build container to go');
    expect(projectContainers(env.E2E_PROJECT)).toEqual([]);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('sleep 60');
  });

  it('without a reachable daemon, the compose service fails clearly and local resources still run', { timeout: 60_000 }, async () => {
    const dir = fixture('e2e-no-docker');
    const ci = await tiltjs(['ci', '--port', '0'], dir, { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(ci.status).toBe(1);
    expect(ci.stderr).toMatch(/^Error: resource svc: Docker is not available, so svc cannot run: cannot connect to the Docker daemon at unix:\/\/\/nonexistent\/docker.sock/);
    expect(ci.stdout).toContain('local ran');
  });
});
