// A serve_cmd with an HTTP readiness probe, through `tiltjs ci`: the dependent resource
// waits for the probe, and the run succeeds once both are done.

import { describe, expect, it } from 'vitest';
import { fixture, freePort, tiltjs } from './cli.js';

describe('e2e: serve_cmd with an http readiness probe', () => {
  it('tiltjs ci succeeds once the probe answers, after which the dependent resource runs', { timeout: 90_000 }, async () => {
    const dir = fixture('e2e-serve-probe');
    const port = await freePort();
    const r = await tiltjs(['ci', '--port', '0'], dir, { E2E_PORT: String(port) });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SUCCESS. All workloads are healthy.');
    const lines = r.stdout.split('\n');
    const started = lines.findIndex((l) => l.includes('Starting serve_cmd'));
    const after = lines.findIndex((l) => l.includes('api answered'));
    expect(started).toBeGreaterThanOrEqual(0);
    expect(after).toBeGreaterThan(started);
  });
});
