// Compose version handling: parsing `version` output of v1 and v2, Go's semver rules, and
// the minimum/recommended version verdicts.

import { describe, expect, it } from 'vitest';
import { parseComposeVersion } from '../../../../builtins/tilt/compose/cli.js';
import { canonicalSemver, checkComposeVersion, compareSemver } from '../../../../builtins/tilt/compose/version.js';

describe('parseComposeVersion', () => {
  it('reads v1 and v2 outputs', () => {
    expect(parseComposeVersion('docker-compose version 1.29.2, build unknown\ndocker-py version: 5.0.3\n')).toBe('v1.29.2');
    expect(parseComposeVersion('docker-compose version 1.25.0, build 0a186604')).toBe('v1.25.0');
    expect(parseComposeVersion('Docker Compose version v2.24.5\n')).toBe('v2.24.5');
    expect(parseComposeVersion('Docker Compose version v2.0.0-rc.3')).toBe('v2.0.0-rc.3');
    expect(parseComposeVersion('Docker Compose version 2.20.2+ds1')).toBe('v2.20.2');
    expect(parseComposeVersion('docker compose version: v2.1\n')).toBe('v2.1.0');
  });

  it('reports output it cannot read', () => {
    expect(parseComposeVersion('compose 2')).toEqual({ error: 'could not parse version from output: "compose 2"' });
    expect(parseComposeVersion('Docker Compose version dev')).toEqual({ error: 'invalid version: "vdev"' });
  });
});

describe('semver', () => {
  it('canonicalises like golang.org/x/mod/semver', () => {
    expect(canonicalSemver('v1')).toBe('v1.0.0');
    expect(canonicalSemver('v1.2')).toBe('v1.2.0');
    expect(canonicalSemver('v1.2.3-beta.4+build.5')).toBe('v1.2.3-beta.4');
    expect(canonicalSemver('v01.2.3')).toBe('');
    expect(canonicalSemver('v1.2-rc1')).toBe('');
    expect(canonicalSemver('1.2.3')).toBe('');
  });

  it('orders prereleases before releases', () => {
    expect(compareSemver('v2.0.0-rc.3', 'v2.0.0')).toBeLessThan(0);
    expect(compareSemver('v2.0.0-rc.10', 'v2.0.0-rc.9')).toBeGreaterThan(0);
    expect(compareSemver('v2.0.0-alpha', 'v2.0.0-1')).toBeGreaterThan(0);
    expect(compareSemver('v1.28.3', 'v1.28.3')).toBe(0);
    expect(compareSemver('v1.29.0', 'v1.28.9')).toBeGreaterThan(0);
  });
});

describe('checkComposeVersion', () => {
  it('refuses compose older than 1.28.3', () => {
    expect(checkComposeVersion('v1.28.0').error).toBe('Tilt requires Docker Compose v1.28.3+ (you have v1.28.0). Please upgrade and re-launch Tilt.');
  });

  it('warns about v2 before 2.2 and v1 prereleases', () => {
    expect(checkComposeVersion('v2.0.0-rc.3')).toEqual({
      warnings: [
        'Using Docker Compose v2.0.0-rc.3 (version < 2.2) may result in errors or broken functionality.\nFor best results, we recommend upgrading to Docker Compose >= v2.2.0.',
      ],
    });
    expect(checkComposeVersion('v1.99.0-beta.4')).toEqual({
      warnings: ['You are running a pre-release version of Docker Compose (v1.99.0-beta.4), which is unsupported.\nYou might encounter errors or broken functionality.'],
    });
  });

  it('accepts supported versions silently', () => {
    for (const v of ['v1.29.2', 'v2.2.0', 'v2.24.5', 'v5.0.0']) expect(checkComposeVersion(v)).toEqual({ warnings: [] });
  });
});
