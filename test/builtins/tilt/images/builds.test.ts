// docker_build / custom_build / default_registry through whole Tiltfile loads, deployed
// with a scripted Docker Compose so the image targets reach the manifests.

import { beforeEach, describe, expect, it } from 'vitest';
import { forgetComposeDetection } from '../../../../builtins/tilt/compose/cli.js';
import type { DockerBuildTarget } from '../../../../src/model/index.js';
import { fakeHost, load, ok, tempProject } from '../fake-host.js';

function composeHost(config: string, env: Record<string, string> = {}) {
  return fakeHost((argv) => (argv[2] === 'version' ? ok('Docker Compose version v2.24.5\n') : ok(config)), env);
}

const webConfig = 'services:\n  web:\n    image: acme/web\n';

beforeEach(() => forgetComposeDetection());

describe('docker_build', () => {
  it('records the target with defaults and reads the Dockerfile', () => {
    const dir = tempProject({
      'docker-compose.yml': webConfig,
      'web/Dockerfile': 'FROM node:20\n',
      Tiltfile: "docker_compose('docker-compose.yml')\ndocker_build('acme/web', 'web/')\n",
    });
    const r = load(dir, composeHost(webConfig));
    expect(r.error).toBeNull();
    const t = r.manifests[0].images[0] as DockerBuildTarget;
    expect(t).toMatchObject({
      kind: 'docker',
      ref: 'acme/web',
      normalizedRef: 'docker.io/acme/web',
      id: 'image:acme_web',
      context: `${dir}/web`,
      dockerfile: `${dir}/web/Dockerfile`,
      dockerfileContents: null,
      buildArgs: {},
      containerArgs: null,
      matchExact: false,
      localRef: 'acme/web',
      clusterRef: 'acme/web',
    });
    expect(r.configFiles).toContain(`${dir}/web/Dockerfile`);
    expect(r.configFiles).toContain(`${dir}/web/.dockerignore`);
  });

  it('sorts build args as docker receives them and keeps empty values bare', () => {
    const dir = tempProject({
      'docker-compose.yml': webConfig,
      Tiltfile: "docker_compose('docker-compose.yml')\ndocker_build('acme/web', '.', dockerfile_contents='FROM x', build_args={'Z': '1', 'A': '', 'M': 'm'})\n",
    });
    const t = load(dir, composeHost(webConfig)).manifests[0].images[0] as DockerBuildTarget;
    expect(Object.keys(t.buildArgs)).toEqual(['A', 'M', 'Z']);
  });

  it('checks argument types with Tilt\'s messages', () => {
    const cases: [string, string][] = [
      ["docker_build('a', 1)", 'expected path | string. Actual type: starlark.Int'],
      ["docker_build('a', '.', dockerfile_contents=1)", 'Argument (dockerfile_contents): must be string or blob.'],
      ["docker_build('a', '.', dockerfile_contents='FROM x', container_args='--x')", 'docker_build: for parameter "container_args": got string, want starlark.Sequence'],
      ["docker_build('a', '.', dockerfile_contents='FROM x', only=['a\\nb'])", 'only cannot contain newlines; found only: "a\\nb"'],
      ["docker_build(1, '.')", 'docker_build: for parameter ref: got int, want string'],
    ];
    for (const [call, msg] of cases) {
      const dir = tempProject({ Tiltfile: `${call}\n` });
      expect(load(dir, composeHost('')).error).toContain(msg);
    }
  });
});

describe('custom_build', () => {
  it('returns a value that prints its normalised ref', () => {
    const dir = tempProject({ Tiltfile: "cb = custom_build('gcr.io/a/b:dev', 'make', deps=['.'])\nprint(cb)\nprint(type(cb))\n" });
    const host = composeHost('');
    load(dir, host);
    expect(host.logs).toContain('custom_build("gcr.io/a/b:dev")');
    expect(host.logs).toContain('custom_build');
  });

  it('wraps command errors as Argument 2', () => {
    const dir = tempProject({ Tiltfile: "custom_build('a', 5, deps=['.'])\n" });
    expect(load(dir, composeHost('')).error).toContain('Error in custom_build: Argument 2 (command): a command must be a string or list of strings. found starlark.Int');
  });
});

describe('default_registry', () => {
  it('accepts registries with paths and ports, and reports both bad hosts', () => {
    const good = tempProject({ Tiltfile: "default_registry('gcr.io/acme-dev/team-a')\n" });
    expect(load(good, composeHost('')).defaultRegistry).toEqual({ host: 'gcr.io/acme-dev/team-a', hostFromCluster: '', singleName: '' });
    const bad = tempProject({ Tiltfile: "default_registry('reg', host_from_cluster='x')\n" });
    expect(load(bad, composeHost('')).error).toContain(
      'validating defaultRegistry: [host: Invalid value: "reg": repository name must be canonical, hostFromContainerRuntime: Invalid value: "x": repository name must be canonical]',
    );
    const empty = tempProject({ Tiltfile: "default_registry('')\n" });
    expect(load(empty, composeHost('')).error).toContain('validating defaultRegistry: host: Required value');
  });
});
