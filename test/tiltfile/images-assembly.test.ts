// Image assembly (reference §3.3, §3.5, §4.1): build order with shared bases, ignore
// rules and the .dockerignore choice, registry refs per manifest kind, and the checks
// that run once the manifests exist.

import { describe, expect, it } from 'vitest';
import { fakeHost, load, tempProject } from '../builtins/tilt/fake-host.js';

function deployment(name: string, ...images: string[]): string {
  const containers = images.map((img, i) => `      - name: c${i}\n        image: ${img}\n`).join('');
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
${containers}---
`;
}

const host = () => fakeHost(() => ({ status: 0 }));

describe('image build order', () => {
  it('lists a diamond of bases once, dependencies first', () => {
    const dir = tempProject({
      'k8s.yaml': deployment('app', 'acme/app', 'acme/sidecar'),
      Tiltfile: `k8s_yaml('k8s.yaml')
docker_build('acme/root', '.', dockerfile_contents='FROM alpine')
docker_build('acme/left', '.', dockerfile_contents='FROM acme/root')
docker_build('acme/right', '.', dockerfile_contents='FROM acme/root')
docker_build('acme/app', '.', dockerfile_contents='FROM acme/left\\nCOPY --from=acme/right / /')
docker_build('acme/sidecar', '.', dockerfile_contents='FROM acme/right')
`,
    });
    const r = load(dir, host());
    expect(r.error).toBeNull();
    expect(r.manifests[0].images.map((t) => t.ref)).toEqual(['acme/root', 'acme/left', 'acme/right', 'acme/app', 'acme/sidecar']);
    expect(r.warnings).toEqual([]);
  });

  it('reports a cycle from the deployed image', () => {
    const dir = tempProject({
      'k8s.yaml': deployment('app', 'acme/a'),
      Tiltfile: `k8s_yaml('k8s.yaml')
docker_build('acme/a', '.', dockerfile_contents='FROM acme/b')
docker_build('acme/b', '.', dockerfile_contents='FROM acme/a')
`,
    });
    expect(load(dir, host()).error).toBe('getting image build info for app: Image dependency cycle: docker.io/acme/a');
  });
});

describe('ignore rules', () => {
  it('prefers <dockerfile>.dockerignore and records the file even when missing', () => {
    const dir = tempProject({
      'k8s.yaml': deployment('app', 'acme/app', 'acme/tool'),
      'app/Dockerfile': 'FROM alpine\n',
      'app/Dockerfile.dockerignore': '\uFEFF# comment\n  ./build/  \n!/build/keep\n\n',
      'app/.dockerignore': 'ignored\n',
      Tiltfile: `k8s_yaml('k8s.yaml')
docker_build('acme/app', 'app')
custom_build('acme/tool', 'make', deps=['tool', 'app'], ignore='*.tmp')
`,
    });
    const r = load(dir, host());
    expect(r.error).toBeNull();
    const [app, tool] = r.manifests[0].images;
    expect(app.dockerignores).toEqual([{ localPath: `${dir}/app`, source: `${dir}/app/Dockerfile.dockerignore`, patterns: ['build', '!build/keep'] }]);
    expect(tool.dockerignores).toEqual([
      { localPath: `${dir}/app`, source: 'custom_build("acme/tool") ignores=', patterns: ['*.tmp'] },
      { localPath: `${dir}/app`, source: `${dir}/app/.dockerignore`, patterns: ['ignored'] },
    ]);
    expect(r.configFiles).toContain(`${dir}/app/Dockerfile.dockerignore`);
  });
});

describe('live update checks', () => {
  it('accepts syncs under a base image context and rejects others', () => {
    const files = {
      'k8s.yaml': deployment('app', 'acme/app'),
      'base/Dockerfile': 'FROM alpine\n',
    };
    const ok = tempProject({
      ...files,
      Tiltfile: `k8s_yaml('k8s.yaml')
docker_build('acme/base', 'base')
docker_build('acme/app', 'wrapper', dockerfile_contents='FROM acme/base', live_update=[sync('base/src', '/src')])
`,
    });
    expect(load(ok, host()).error).toBeNull();
    const bad = tempProject({
      ...files,
      Tiltfile: `k8s_yaml('k8s.yaml')
docker_build('acme/base', 'base')
docker_build('acme/app', 'wrapper', dockerfile_contents='FROM acme/base', live_update=[sync('other', '/src')])
`,
    });
    expect(load(bad, host()).error).toBe(`sync step source '${bad}/other' is not a child of any watched filepaths ([${bad}/base ${bad}/wrapper])`);
  });

  it('ignores the live update of an image used only as a base', () => {
    const dir = tempProject({
      'k8s.yaml': deployment('app', 'acme/app'),
      Tiltfile: `k8s_yaml('k8s.yaml')
docker_build('acme/base', 'base', dockerfile_contents='FROM alpine', live_update=[sync('elsewhere', '/x')])
docker_build('acme/app', 'app', dockerfile_contents='FROM acme/base')
`,
    });
    expect(load(dir, host()).error).toBeNull();
  });

  it('tracks steps by their creating call site, as Tilt does (one use consumes the site)', () => {
    const dir = tempProject({
      Tiltfile: `def steps():
    return [sync('.', '/app')]
used = steps()
unused = [steps(), steps()]
docker_build('acme/app', '.', dockerfile_contents='FROM alpine', live_update=used)
`,
    });
    expect(load(dir, host()).error).toBeNull();
  });
});
