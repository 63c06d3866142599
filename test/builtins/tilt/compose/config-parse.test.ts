// Reading `compose config` output: service order, profiles, ports, volumes, builds and
// dependencies, for both the v1 (YAML with short forms) and v2 (long forms) styles.

import { describe, expect, it } from 'vitest';
import { isRemoteContext, parseComposeConfig } from '../../../../builtins/tilt/compose/config-parse.js';

const v1 = `services:
  web:
    build:
      context: /src/web
    depends_on:
      redis:
        condition: service_started
      db:
        condition: service_started
    image: shop/web
    ports:
    - published: 8000
      target: 8000
    - 127.0.0.1:9229:9229/tcp
    - target: 5000
    volumes:
    - /src/web/src:/app/src:rw
    - static:/static:rw
    - /anonymous
  worker:
    build:
      context: ./worker
      dockerfile: Dockerfile.dev
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:15
  redis:
    image: redis:7
version: '3.9'
`;

describe('parseComposeConfig', () => {
  it('visits services sorted, dependencies first', () => {
    const names = parseComposeConfig(v1, '/src', []).map((s) => s.name);
    expect(names).toEqual(['db', 'redis', 'web', 'worker']);
  });

  it('orders chains of dependencies', () => {
    const cfg = 'services:\n  a: {depends_on: [c]}\n  b: {}\n  c: {depends_on: [b]}\n';
    expect(parseComposeConfig(cfg, '/p', []).map((s) => s.name)).toEqual(['b', 'c', 'a']);
  });

  it('reads v1 short and long forms', () => {
    const web = parseComposeConfig(v1, '/src', []).find((s) => s.name === 'web')!;
    expect(web.image).toBe('shop/web');
    expect(web.publishedPorts).toEqual([8000, 9229]);
    expect(web.volumeSources).toEqual(['/src/web/src', 'static']);
    expect(web.build).toEqual({ context: '/src/web', dockerfile: '' });
    expect(web.dependsOn).toEqual([
      { name: 'redis', required: true },
      { name: 'db', required: true },
    ]);
    const worker = parseComposeConfig(v1, '/src', []).find((s) => s.name === 'worker')!;
    expect(worker.build).toEqual({ context: '/src/worker', dockerfile: 'Dockerfile.dev' });
  });

  it('reads v2 long forms and ignores port ranges', () => {
    const v2 = JSON.stringify({
      services: {
        api: {
          image: 'acme/api',
          build: { context: 'https://github.com/acme/api.git#main' },
          ports: [
            { target: 80, published: '8080', protocol: 'tcp' },
            { target: 90, published: '9000-9001' },
            { target: 91, published: '0' },
            '3000:3000',
            '4000',
          ],
          volumes: [{ type: 'bind', source: '/data', target: '/data' }, { type: 'tmpfs', target: '/tmp' }],
          depends_on: { db: { condition: 'service_started', required: false } },
        },
      },
    });
    const [api] = parseComposeConfig(v2, '/p', []);
    expect(api.publishedPorts).toEqual([8080, 3000]);
    expect(api.volumeSources).toEqual(['/data']);
    expect(api.build).toEqual({ context: 'https://github.com/acme/api.git#main', dockerfile: '' });
    expect(isRemoteContext(api.build!.context)).toBe(true);
  });

  it('keeps only services whose profiles are active', () => {
    const cfg = 'services:\n  app: {}\n  debug: {profiles: [debug]}\n  both: {profiles: [debug, test]}\n';
    expect(parseComposeConfig(cfg, '/p', []).map((s) => s.name)).toEqual(['app']);
    expect(parseComposeConfig(cfg, '/p', ['test']).map((s) => s.name)).toEqual(['app', 'both']);
    expect(parseComposeConfig(cfg, '/p', ['*']).map((s) => s.name)).toEqual(['app', 'both', 'debug']);
  });

  it('fails on a required dependency that is not enabled', () => {
    const cfg = 'services:\n  app: {depends_on: [db]}\n  db: {profiles: [db]}\n';
    expect(() => parseComposeConfig(cfg, '/p', [])).toThrow('no such service: db: not found');
    const optional = 'services:\n  app: {depends_on: {db: {required: false}}}\n  db: {profiles: [db]}\n';
    expect(parseComposeConfig(optional, '/p', []).map((s) => s.name)).toEqual(['app']);
  });
});
