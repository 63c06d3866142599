// Compose assembly: pairing services with Tilt builds (by `image:`, dc_resource(image=)
// or the default `<project>_<service>` name), image dependencies first, compose-managed
// builds, and the errors Tilt raises for entrypoints, default_registry and old compose.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadContext } from '../../builtins/kit/index.js';
import { COMPOSE, type ComposeProjectState, type ComposeService } from '../../builtins/tilt/compose/index.js';
import { newServiceOptions } from '../../builtins/tilt/compose/state.js';
import { imageTargetId, parseImageRef } from '../../builtins/tilt/images/ref.js';
import { CONSUMED_IMAGE_NAMES, DEFAULT_REGISTRY, IMAGES } from '../../builtins/tilt/images/state.js';
import { assembleCompose } from '../../src/tiltfile/assemble/compose.js';
import type { DockerBuildTarget } from '../../src/model/index.js';

function context(): LoadContext {
  const dir = mkdtempSync(join(tmpdir(), 'tiltjs-t4-asm-'));
  return new LoadContext({
    mainPath: join(dir, 'Tiltfile'),
    args: [],
    subcommand: 'up',
    host: { env: {}, runCommand: () => ({ status: 0, stdout: '', stderr: '' }), which: () => null },
  });
}

function build(ref: string, extra: Partial<DockerBuildTarget> = {}): DockerBuildTarget {
  return {
    kind: 'docker', ref, normalizedRef: ref, id: imageTargetId(parseImageRef(ref)), basePath: '/src', liveUpdate: [],
    matchInEnvVars: false, entrypoint: [], containerArgs: null, ignores: [], imageDeps: [], context: '/src',
    dockerfile: '/src/Dockerfile', dockerfileContents: null, buildArgs: {}, target: '', only: [], network: '',
    platform: '', extraTags: [], cacheFrom: [], pull: false, ssh: [], secret: [], extraHosts: [],
    matchExact: false, localRef: ref, clusterRef: ref, tagPrefix: '', dockerignores: [], liveUpdateOnly: false, ...extra,
  };
}

function declare(cx: LoadContext, t: DockerBuildTarget): void {
  cx.get(IMAGES).push({ target: t, pos: 'Tiltfile:1:1', selector: parseImageRef(t.ref), exactMatch: false, matched: false });
}

function service(name: string, fields: Partial<ComposeService> = {}): ComposeService {
  return { name, serviceName: name, config: {}, image: '', build: null, publishedPorts: [], volumeSources: [], dependsOn: [], options: newServiceOptions(), ...fields };
}

function project(cx: LoadContext, name: string, services: ComposeService[]): ComposeProjectState {
  const st: ComposeProjectState = {
    project: { name, configPaths: ['/src/docker-compose.yml'], projectDir: '/src', envFile: '', profiles: [], wait: false },
    tiltfilePath: cx.mainPath,
    serviceNames: services.map((s) => s.name),
    services: new Map(services.map((s) => [s.name, s])),
    options: new Map(services.map((s) => [s.name, s.options])),
  };
  cx.get(COMPOSE).projects.set(name, st);
  return st;
}

describe('assembleCompose', () => {
  it('pairs builds by image:, by dc_resource(image=) and by the default name', () => {
    const cx = context();
    declare(cx, build('gcr.io/shop/web'));
    declare(cx, build('worker-dev'));
    declare(cx, build('shop_cron'));
    const worker = service('worker', { image: 'ignored/by-override' });
    worker.options.imageRef = 'worker-dev';
    project(cx, 'shop', [service('web', { image: 'gcr.io/shop/web:latest' }), worker, service('cron'), service('db', { image: 'postgres' })]);
    const ms = assembleCompose(cx);
    expect(ms.map((m) => [m.name, m.images.map((i) => i.ref)])).toEqual([
      ['web', ['gcr.io/shop/web']],
      ['worker', ['worker-dev']],
      ['cron', ['shop_cron']],
      ['db', []],
    ]);
    expect(ms[1].dc!.image).toBe('worker-dev');
    expect(cx.get(IMAGES).every((d) => d.matched)).toBe(true);
    expect(cx.get(CONSUMED_IMAGE_NAMES)).toEqual(['gcr.io/shop/web', 'worker-dev', 'shop_cron', 'postgres']);
  });

  it('lists the images a build is made from first, once', () => {
    const cx = context();
    const base = build('base');
    const lib = build('lib', { imageDeps: [base.id] });
    declare(cx, base);
    declare(cx, lib);
    declare(cx, build('app', { imageDeps: [lib.id, base.id] }));
    project(cx, 'p', [service('app', { image: 'app' })]);
    expect(assembleCompose(cx)[0].images.map((i) => i.ref)).toEqual(['base', 'lib', 'app']);
  });

  it('makes a compose-managed build when no Tilt build matches', () => {
    const cx = context();
    const dir = mkdtempSync(join(tmpdir(), 'tiltjs-t4-ctx-'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'Dockerfile.dev.dockerignore'), 'node_modules\n\n# comment\ndist\n');
    const svc = service('web', { build: { context: join(dir, 'web'), dockerfile: 'Dockerfile.dev' } });
    const remote = service('remote', { build: { context: 'https://github.com/acme/remote.git', dockerfile: '' } });
    project(cx, 'p', [svc, remote]);
    const [web, r] = assembleCompose(cx);
    expect(web.dc!.build).toEqual({ context: join(dir, 'web'), dockerfile: join(dir, 'web', 'Dockerfile.dev'), ignores: ['node_modules', 'dist'] });
    expect([...cx.configFiles]).toEqual([join(dir, 'web', 'Dockerfile.dev.dockerignore')]);
    expect(r.dc!.build).toEqual({ context: 'https://github.com/acme/remote.git', dockerfile: '', ignores: [] });
  });

  it('infers links from published ports unless told not to, before explicit links', () => {
    const cx = context();
    const a = service('a', { publishedPorts: [8000, 9000] });
    a.options.links.push({ url: 'http://docs', name: 'docs' });
    const b = service('b', { publishedPorts: [7000] });
    b.options.inferLinks = false;
    project(cx, 'p', [a, b]);
    const [ma, mb] = assembleCompose(cx);
    expect(ma.links).toEqual([
      { url: 'http://localhost:8000/', name: '' },
      { url: 'http://localhost:9000/', name: '' },
      { url: 'http://docs', name: 'docs' },
    ]);
    expect(mb.links).toEqual([]);
  });

  it('rejects entrypoint overrides on builds compose runs', () => {
    const cx = context();
    declare(cx, build('app', { entrypoint: ['sh', '-c', './run'] }));
    project(cx, 'p', [service('app', { image: 'app' })]);
    expect(() => assembleCompose(cx)).toThrow('docker_build/custom_build.entrypoint not supported for Docker Compose resources');
  });

  it('rejects default_registry with compose services', () => {
    const cx = context();
    cx.get(DEFAULT_REGISTRY).value = { host: 'gcr.io/acme', hostFromCluster: '', singleName: '' };
    project(cx, 'p', [service('app')]);
    expect(() => assembleCompose(cx)).toThrow('default_registry is not supported with docker compose');
  });

  it('checks the compose version it ran with', () => {
    const cx = context();
    project(cx, 'p', [service('app')]);
    cx.get(COMPOSE).cli = { argv: ['docker-compose'], version: 'v1.27.0' };
    expect(() => assembleCompose(cx)).toThrow('Tilt requires Docker Compose v1.28.3+ (you have v1.27.0). Please upgrade and re-launch Tilt.');
    cx.get(COMPOSE).cli = { argv: ['docker', 'compose'], version: 'v2.1.0' };
    assembleCompose(cx);
    expect(cx.warnings).toEqual([
      'Using Docker Compose v2.1.0 (version < 2.2) may result in errors or broken functionality.\nFor best results, we recommend upgrading to Docker Compose >= v2.2.0.',
    ]);
  });
});
