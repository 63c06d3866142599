// The pure parts of the Compose executor: container state → runtime status, choosing the
// service's container, the image override file, failure explanations, update modes.

import { describe, expect, it } from 'vitest';
import { ComposeError } from '../../../src/adapters/compose/port.js';
import type { ContainerState } from '../../../src/adapters/docker/port.js';
import { ComposeExecutor, explainComposeFailure, type ComposeExecutorServices } from '../../../src/engine/executors/compose.js';
import { parseUpdateMode } from '../../../src/engine/update-mode.js';
import { recordingContext } from './fake-context.js';
import { composeManifest, composeProject, dockerTarget } from './targets.js';
import { overrideYaml } from '../../../src/engine/executors/compose-override.js';
import { pickContainer, projectLabels, runtimeOf } from '../../../src/engine/executors/compose-runtime.js';

function c(over: Partial<ContainerState>): ContainerState {
  return { id: 'id', name: 'p_web_1', status: 'running', running: true, exitCode: 0, error: '', health: null, startedAt: '2024-01-01T00:00:00Z', labels: {}, ...over };
}

describe('compose runtime status', () => {
  it('maps container states', () => {
    expect(runtimeOf(c({}))).toEqual({ status: 'ok', error: null });
    expect(runtimeOf(c({ health: 'starting' })).status).toBe('pending');
    expect(runtimeOf(c({ health: 'unhealthy' }))).toEqual({ status: 'error', error: 'container p_web_1 is unhealthy' });
    expect(runtimeOf(c({ running: false, status: 'restarting' })).status).toBe('pending');
    expect(runtimeOf(c({ running: false, status: 'exited', exitCode: 0 })).status).toBe('ok');
    expect(runtimeOf(c({ running: false, status: 'exited', exitCode: 2 }))).toEqual({ status: 'error', error: 'container p_web_1 exited with code 2' });
    expect(runtimeOf(null).status).toBe('pending');
  });

  it('prefers a running container, then the latest started', () => {
    const old = c({ id: 'old', running: false, status: 'exited', startedAt: '2024-01-02T00:00:00Z' });
    const cur = c({ id: 'cur', startedAt: '2024-01-01T00:00:00Z' });
    expect(pickContainer([old, cur])!.id).toBe('cur');
    expect(pickContainer([old, c({ id: 'x', running: false, status: 'exited' })])!.id).toBe('old');
  });

  it('knows the project label compose v1 writes', () => {
    expect(projectLabels({ name: 'My-App_1', configPaths: [], projectDir: '', envFile: '', profiles: [], wait: false })).toEqual(['my-app_1', 'myapp1']);
  });
});

describe('compose helpers', () => {
  it('writes the image override as YAML-compatible JSON', () => {
    expect(JSON.parse(overrideYaml('web', 'app:tilt-1'))).toEqual({ services: { web: { image: 'app:tilt-1' } } });
  });

  it('says plainly when a port is taken', () => {
    const e = new ComposeError('docker-compose up failed (exit status 1):\n...', 'ERROR: for web  Cannot start service web: driver failed programming external connectivity on endpoint x: Bind for 127.0.0.1:8089 failed: port is already allocated');
    expect(explainComposeFailure(e)).toMatch(/^port 8089 is already in use on this machine/);
    const e2 = new ComposeError('m', 'Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use');
    expect(explainComposeFailure(e2)).toMatch(/^port 3000 is already in use/);
    expect(explainComposeFailure(new ComposeError('other', 'no such image'))).toBe('other');
  });
});

describe('update modes', () => {
  it('accepts Tilt\'s four modes and names them when given another', () => {
    expect(['auto', 'image', 'container', 'exec'].map(parseUpdateMode)).toEqual(['auto', 'image', 'container', 'exec']);
    expect(() => parseUpdateMode('fast')).toThrow('unknown update mode "fast". Valid Values: [auto image container exec]');
  });

  it('--update-mode=image turns live update into a full build without touching Docker', async () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error('Docker must not be used'); } });
    const img = dockerTarget('app', '/src', { liveUpdate: [{ type: 'sync', localPath: '/src/www', remotePath: '/www' }] });
    const m = composeManifest('web', composeProject('p', '/src'), [img]);
    const services = { docker: untouchable, compose: untouchable, images: untouchable, downDone: new Set(), updateMode: 'image' } as unknown as ComposeExecutorServices;
    const ctx = recordingContext();
    expect(await new ComposeExecutor(m, services).liveUpdate(ctx, ['/src/www/index.html'])).toBe('full');
    expect(ctx.text()).toContain('Live update is off (--update-mode=image)');
  });
});
