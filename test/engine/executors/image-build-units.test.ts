// The pure parts of image builds: references, Dockerfile dependency substitution, build
// args, the context's ignore rules.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectTree, imageExcludes, makeExcluder } from '../../../src/engine/executors/image-build-context.js';
import { daemonBuildArgs, buildContext } from '../../../src/engine/executors/image-build-docker.js';
import { expandArgs, substituteDeps } from '../../../src/engine/executors/image-build-dockerfile.js';
import { contentTag, familiarName, familiarString, parseRef, refMatches } from '../../../src/engine/executors/image-build-ref.js';
import { deployedImage, ImageBuilder, isLiveUpdateOnly } from '../../../src/engine/executors/image-build.js';
import type { DockerClient } from '../../../src/adapters/docker/port.js';
import { nodeProcesses } from '../../../src/adapters/proc/node-processes.js';
import { recordingContext } from './fake-context.js';
import { customTarget, dockerTarget } from './targets.js';

const root = mkdtempSync(join(tmpdir(), 'tiltjs-ctxunit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(dir: string, files: Record<string, string>): string {
  for (const [n, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, n)), { recursive: true });
    writeFileSync(join(dir, n), t);
  }
  return dir;
}

describe('image references', () => {
  it('normalises like Docker and prints the familiar form', () => {
    expect(parseRef('foo')).toEqual({ domain: 'docker.io', path: 'library/foo', tag: '', digest: '' });
    expect(parseRef('me/foo:dev')).toMatchObject({ domain: 'docker.io', path: 'me/foo', tag: 'dev' });
    expect(parseRef('localhost:5000/a/b:1')).toMatchObject({ domain: 'localhost:5000', path: 'a/b', tag: '1' });
    expect(parseRef('gcr.io/p/img@sha256:abc')).toMatchObject({ domain: 'gcr.io', path: 'p/img', digest: 'sha256:abc' });
    expect(familiarName(parseRef('docker.io/library/foo:1'))).toBe('foo');
    expect(familiarString(parseRef('docker.io/me/foo:1'))).toBe('me/foo:1');
    expect(contentTag('sha256:0123456789abcdef0123')).toBe('tilt-0123456789abcdef');
  });

  it('matches selectors by repository, or exactly when tagged', () => {
    expect(refMatches('docker.io/library/app', 'app:v1')).toBe(true);
    expect(refMatches('docker.io/library/app', 'other')).toBe(false);
    expect(refMatches('docker.io/library/app:v1', 'app:v1')).toBe(true);
    expect(refMatches('docker.io/library/app:v1', 'app:v2')).toBe(false);
    expect(refMatches('docker.io/library/app', 'app', true)).toBe(true);
    expect(refMatches('docker.io/library/app', 'app:x', true)).toBe(false);
  });
});

describe('Dockerfile dependency substitution', () => {
  const deps = [{ selector: 'docker.io/library/base', exact: false, ref: 'base:tilt-1111111111111111' }];

  it('replaces FROM and COPY --from images, after ARG expansion, but not stage names', () => {
    const df = [
      'ARG VARIANT=base',
      'FROM --platform=linux/amd64 ${VARIANT}:latest AS build',
      'RUN make',
      'FROM build AS base',
      'COPY --from=base /x /x',
      'COPY --from=docker.io/library/base:7 /y /y',
      'FROM alpine',
    ].join('\n');
    expect(substituteDeps(df, {}, deps).split('\n')).toEqual([
      'ARG VARIANT=base',
      'FROM --platform=linux/amd64 base:tilt-1111111111111111 AS build',
      'RUN make',
      'FROM build AS base',
      'COPY --from=base /x /x',
      'COPY --from=base:tilt-1111111111111111 /y /y',
      'FROM alpine',
    ]);
  });

  it('lets build args override ARG defaults; unknown names expand to nothing', () => {
    expect(substituteDeps('ARG IMG=alpine\nFROM $IMG\n', { IMG: 'base' }, deps)).toBe('ARG IMG=alpine\nFROM base:tilt-1111111111111111\n');
    expect(expandArgs('${A:-dflt}/${B:+set}$C', new Map([['B', 'x']]))).toBe('dflt/set');
  });

  it('passes empty build args through from the environment, or as declared-only', () => {
    expect(daemonBuildArgs({ A: '1', B: '', C: '' }, { B: 'from-env' })).toEqual({ A: '1', B: 'from-env', C: null });
  });
});

describe('build contexts', () => {
  it('applies each rule set on its own and prunes excluded directories', () => {
    const dir = tree(join(root, 'c1'), {
      'keep/a.txt': '',
      'keep/b.log': '',
      'node_modules/x/y.js': '',
      'docs/readme.md': '',
      'docs/keep.md': '',
      '.git/HEAD': '',
    });
    symlinkSync('keep/a.txt', join(dir, 'link'));
    const img = dockerTarget('x', dir, { ignores: ['**/*.log'], only: ['keep', 'docs', 'link'] });
    writeFileSync(join(dir, '.dockerignore'), 'node_modules\ndocs\n!docs/keep.md\n');
    const ex = makeExcluder(imageExcludes(img), [], [dir]);
    const names = collectTree(dir, dir, ex).map((e) => `${e.type[0]} ${e.name}`);
    expect(names).toEqual(['f docs/keep.md', 'd keep', 'f keep/a.txt', 's link']);
  });

  it('takes assembly dockerignores when given, and adds the Dockerfile under its own name', () => {
    const dir = tree(join(root, 'c2'), { 'a.txt': '', 'b.txt': '', Dockerfile: 'FROM scratch\n' });
    const img = dockerTarget('x', dir, { dockerignores: [{ localPath: dir, source: 'test', patterns: ['b.txt'] }] });
    const { entries, dockerfileName } = buildContext(img, 'FROM scratch\n');
    expect(entries.map((e) => e.name)).toEqual(['Dockerfile', 'a.txt', dockerfileName, '.dockerignore']);
    const di = entries.find((e) => e.name === '.dockerignore')!;
    expect('contents' in di && di.contents.toString()).toBe(`${dockerfileName}\n.dockerignore\n`);
  });
});

describe('image targets of a resource', () => {
  it('picks the deployed image (the one nothing else builds from) and spots live-update-only images', () => {
    const base = dockerTarget('base', root);
    const app = dockerTarget('app', root, { imageDeps: [base.id] });
    expect(deployedImage([base, app])).toBe(app);
    expect(deployedImage([])).toBeUndefined();
    const lu = customTarget('sync-only', root, ':', { liveUpdate: [{ type: 'sync', localPath: '.', remotePath: '/app' }] });
    expect(isLiveUpdateOnly(lu)).toBe(true);
    expect(isLiveUpdateOnly({ ...lu, liveUpdate: [] })).toBe(false);
  });
});

describe('builds tiltjs cannot do', () => {
  it('fails ssh= and secret= builds with a clear message, before talking to Docker', async () => {
    const docker = new Proxy({}, { get: () => () => Promise.reject(new Error('Docker must not be called')) }) as DockerClient;
    const b = new ImageBuilder({ docker, processes: nodeProcesses, env: () => ({}) });
    const dir = tree(join(root, 'ssh'), { Dockerfile: 'FROM scratch\n' });
    await expect(b.buildAll(recordingContext(), [dockerTarget('x', dir, { ssh: ['default'] })], { force: false, files: [] })).rejects.toThrow(
      /^docker_build\(ssh=\.\.\.\): not supported by tiltjs yet/,
    );
    await expect(b.buildAll(recordingContext(), [dockerTarget('y', dir, { secret: ['id=a'] })], { force: false, files: [] })).rejects.toThrow(
      /^docker_build\(secret=\.\.\.\): not supported by tiltjs yet/,
    );
  });
});
