// The programs the start-up snapshots run while they are built (src/cli/warm-up.ts and
// src/cli/warm-up-tiltfile.ts) must keep working: if they fail, scripts/build.mjs builds
// no snapshot and only warns.

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/cli/warm-up.js';
import { warmUpTiltfile } from '../../src/cli/warm-up-tiltfile.js';

describe('snapshot warm-up', () => {
  it('runs its programs (the second fails as intended)', () => {
    expect(() => warmUp()).not.toThrow();
  });

  it('loads its Tiltfile projects (the second fails as intended) and leaves no temporary directory', () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('tiltjs-warm-up-')).length;
    expect(() => warmUpTiltfile()).not.toThrow();
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('tiltjs-warm-up-')).length).toBe(before);
  });
});
