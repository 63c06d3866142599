// Image targets and compose manifests for executor tests, with the defaults a plain
// docker_build / custom_build / docker_compose call would produce.

import { join } from 'node:path';
import type { ComposeProject, CustomBuildTarget, DockerBuildTarget, ImageTarget, ImageTargetCommon, Manifest } from '../../../src/model/index.js';

/** The fields every image target has, as a plain docker_build / custom_build of `ref` sets them. */
function commonTarget(ref: string, basePath: string): ImageTargetCommon {
  const repository = ref.replace(/:[^/]*$/, '');
  return {
    ref,
    normalizedRef: ref.includes('/') ? ref : `docker.io/library/${ref}`,
    id: `image:${ref.replace(/\//g, '_')}`,
    basePath,
    liveUpdate: [],
    matchInEnvVars: false,
    entrypoint: [],
    containerArgs: null,
    ignores: [],
    imageDeps: [],
    matchExact: ref.includes(':'),
    localRef: repository,
    clusterRef: repository,
    tagPrefix: '',
    dockerignores: [],
    liveUpdateOnly: false,
  };
}

export function dockerTarget(ref: string, context: string, over: Partial<DockerBuildTarget> = {}): DockerBuildTarget {
  return {
    kind: 'docker',
    ...commonTarget(ref, context),
    context,
    dockerfile: join(context, 'Dockerfile'),
    dockerfileContents: null,
    buildArgs: {},
    target: '',
    only: [],
    network: '',
    platform: '',
    extraTags: [],
    cacheFrom: [],
    pull: false,
    ssh: [],
    secret: [],
    extraHosts: [],
    ...over,
  };
}

export function customTarget(ref: string, dir: string, command: string, over: Partial<CustomBuildTarget> = {}): CustomBuildTarget {
  return {
    kind: 'custom',
    ...commonTarget(ref, dir),
    command: ['sh', '-c', command],
    dir,
    deps: [dir],
    tag: '',
    disablePush: false,
    skipsLocalDocker: false,
    outputsImageRefTo: '',
    env: {},
    ...over,
  };
}

export function composeManifest(name: string, project: ComposeProject, images: ImageTarget[] = [], over: Partial<Manifest> = {}): Manifest {
  return {
    name,
    type: 'dc',
    resourceDeps: [],
    triggerMode: 'auto',
    autoInit: true,
    labels: [],
    links: [],
    images,
    dc: {
      project,
      service: name,
      image: images.length ? images[images.length - 1].ref : '',
      publishedPorts: [],
      volumeSources: [],
      serviceConfig: {},
      build: null,
    },
    ...over,
  };
}

export function composeProject(name: string, dir: string, files = ['docker-compose.yml']): ComposeProject {
  return { name, configPaths: files.map((f) => join(dir, f)), projectDir: dir, envFile: '', profiles: [], wait: false };
}
