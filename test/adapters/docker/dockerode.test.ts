// The dockerode adapter against the real daemon: copying archives into a container (modes,
// symlinks, new directories), exec exit codes and output, restarts, events and logs.

import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerodeClient } from '../../../src/adapters/docker/dockerode.js';
import { BASE_IMAGE, noDocker } from './require-docker.js';

const docker = new DockerodeClient();
let id = '';

function sh(script: string): string {
  const r = spawnSync('docker', ['exec', id, 'sh', '-c', script], { encoding: 'utf8' });
  return r.stdout;
}

describe.skipIf(noDocker)('dockerode adapter (Docker)', () => {
  beforeAll(() => {
    const r = spawnSync('docker', ['run', '-d', '--label', 'tiltjs-test=adapter', BASE_IMAGE, 'sh', '-c', 'echo hello-log; trap "exit 0" TERM; while true; do sleep 1; done'], { encoding: 'utf8' });
    id = r.stdout.trim();
  });
  afterAll(() => {
    if (id) spawnSync('docker', ['rm', '-f', id]);
  });

  it('inspects containers and images, null when missing', async () => {
    const c = await docker.inspect(id);
    expect(c).toMatchObject({ id, running: true, status: 'running', health: null, labels: { 'tiltjs-test': 'adapter' } });
    expect(await docker.inspect('no-such-container-xyz')).toBeNull();
    expect(await docker.imageId('tiltjs-no-such-image:nope')).toBeNull();
    expect((await docker.containers({ 'tiltjs-test': 'adapter' })).map((x) => x.id)).toEqual([id]);
  });

  it('extracts archives into the container, creating parents and keeping modes and links', async () => {
    const now = new Date();
    await docker.putArchive(id, '/', [
      { type: 'file', name: 'srv/new/dir/run.sh', mode: 0o755, mtime: now, contents: Buffer.from('#!/bin/sh\necho ran\n') },
      { type: 'symlink', name: 'srv/new/link', mode: 0o777, mtime: now, linkname: 'dir/run.sh' },
      { type: 'directory', name: 'srv/empty', mode: 0o700, mtime: now },
    ]);
    expect(sh('/srv/new/link; stat -c %a /srv/new/dir/run.sh /srv/empty; readlink /srv/new/link')).toBe('ran\n755\n700\ndir/run.sh\n');
  });

  it('runs commands with their output and exit code', async () => {
    let out = '';
    expect(await docker.exec(id, ['sh', '-c', 'echo to-out; echo to-err >&2; exit 3'], (t) => (out += t))).toBe(3);
    expect(out).toContain('to-out');
    expect(out).toContain('to-err');
    // runc reports a missing binary as 126 (docker run would say 127)
    expect([126, 127]).toContain(await docker.exec(id, ['no-such-binary'], () => undefined));
  });

  it('follows logs and events across a restart', async () => {
    let logs = '';
    const actions: string[] = [];
    const stopLogs = docker.followLogs(id, 0, (t) => (logs += t), () => undefined);
    const stopEvents = docker.events({ 'tiltjs-test': 'adapter' }, Math.floor(Date.now() / 1000), (e) => actions.push(e.action), () => undefined);
    await new Promise((r) => setTimeout(r, 300));
    await docker.restart(id, 0);
    const end = Date.now() + 10_000;
    while (!actions.includes('start') && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    stopLogs();
    stopEvents();
    expect(logs).toContain('hello-log');
    expect(actions).toEqual(expect.arrayContaining(['die', 'start']));
  });
});
