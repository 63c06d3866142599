// Live update planning (reference §4.2): mapping files through syncs, run triggers, and the
// two reasons to fall back to a full rebuild.

import { describe, expect, it } from 'vitest';
import { containerPath, formatFileList, initialSyncPlan, planLiveUpdate } from '../../../src/engine/executors/live-update-plan.js';
import type { LiveUpdateStep } from '../../../src/model/index.js';
import { dockerTarget } from './targets.js';

const steps: LiveUpdateStep[] = [
  { type: 'fall_back_on', paths: ['src/package.json'] },
  { type: 'sync', localPath: 'src', remotePath: '/app/' },
  { type: 'sync', localPath: 'conf/app.ini', remotePath: '/etc/app/' },
  { type: 'run', cmd: ['sh', '-c', 'npm install'], triggers: ['src/deps'], echoOff: false },
  { type: 'run', cmd: ['sh', '-c', 'always'], triggers: [], echoOff: true },
  { type: 'restart_container' },
];
const img = dockerTarget('app', '/p', { basePath: '/p', liveUpdate: steps });

describe('live update plans', () => {
  it('maps files under syncs to container paths and picks the triggered runs', () => {
    const plan = planLiveUpdate(img, ['/p/src/a/b.js', '/p/conf/app.ini']);
    expect(plan).toEqual({
      kind: 'update',
      syncs: [
        { local: '/p/src/a/b.js', remote: '/app/a/b.js' },
        { local: '/p/conf/app.ini', remote: '/etc/app/app.ini' },
      ],
      runs: [{ cmd: ['sh', '-c', 'always'], echoOff: true }],
      restart: true,
    });
    const withDeps = planLiveUpdate(img, ['/p/src/deps/lock']);
    expect(withDeps.kind === 'update' && withDeps.runs.map((r) => r.cmd[2])).toEqual(['npm install', 'always']);
  });

  it('falls back for files under no sync (checked first) and for fall_back_on files', () => {
    expect(planLiveUpdate(img, ['/p/README', '/p/src/package.json'])).toEqual({
      kind: 'full',
      reason: 'Found file(s) not matching any sync (files: [/p/README])',
    });
    expect(planLiveUpdate(img, ['/p/src/x.js', '/p/src/package.json'])).toEqual({ kind: 'full', reason: 'Detected change to stop file "/p/src/package.json"' });
    expect(planLiveUpdate({ ...img, liveUpdate: [{ type: 'restart_container' }] }, ['/p/src/x'])).toMatchObject({ kind: 'full' });
    // never live-update the Dockerfile, even when a sync covers it
    expect(planLiveUpdate({ ...img, dockerfile: '/p/src/Dockerfile' }, ['/p/src/Dockerfile'])).toEqual({
      kind: 'full',
      reason: 'Detected change to the Dockerfile "/p/src/Dockerfile"',
    });
  });

  it('names a single-file sync target and lists at most five files', () => {
    expect(containerPath({ type: 'sync', localPath: 'f.txt', remotePath: '/d/' }, '/p', '/p/f.txt')).toBe('/d/f.txt');
    expect(containerPath({ type: 'sync', localPath: 'f.txt', remotePath: '/d/g.txt' }, '/p', '/p/f.txt')).toBe('/d/g.txt');
    expect(formatFileList(['/a/1', '/a/2', '/a/3', '/a/4', '/a/5', '/a/6'], '/a')).toBe('[1 2 3 4 5 ...]');
  });

  it('plans an initial sync of every sync path, only when asked for', () => {
    expect(initialSyncPlan(img)).toBeNull();
    const plan = initialSyncPlan({ ...img, liveUpdate: [{ type: 'initial_sync' }, ...steps] });
    expect(plan).toMatchObject({ kind: 'update', restart: false, syncs: [{ local: '/p/src', remote: '/app' }, { local: '/p/conf/app.ini', remote: '/etc/app' }] });
  });
});
