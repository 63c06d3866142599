// Image targets: docker_build and custom_build.

import type { LiveUpdateStep } from './live-update.js';

export interface ImageTargetCommon {
  /** the ref as written in the Tiltfile */
  ref: string;
  /** normalized repository name + optional tag, e.g. docker.io/library/foo:dev */
  normalizedRef: string;
  /** target id, e.g. image:gcr.io_foo */
  id: string;
  /** directory of the Tiltfile that declared the image; live-update paths are relative to it */
  basePath: string;
  liveUpdate: LiveUpdateStep[];
  matchInEnvVars: boolean;
  /** command override for the containers running this image (argv), or [] */
  entrypoint: string[];
  /** args override, or null when not given */
  containerArgs: string[] | null;
  /** dockerignore-style patterns excluded from the context and the file watch */
  ignores: string[];
  /** ids of image targets this one is built from */
  imageDeps: string[];
  /** true: the ref only matches deploy references with exactly its tag (§3.3); false: any tag of the repository */
  matchExact: boolean;
  /** repository (familiar form, no tag) Tilt pushes to, after default_registry() rewriting */
  localRef: string;
  /** repository (familiar form, no tag) written into deploy configs, after default_registry() rewriting */
  clusterRef: string;
  /** prefix of every tag the build gets: '' except under default_registry(single_name=...), `<escaped basename>-` */
  tagPrefix: string;
  /** ignore rule sets applied to the build context / deps (ignore=, only=, .dockerignore); filled at assembly */
  dockerignores: Dockerignore[];
  /** custom_build(command=':') with a live update: never built, only live-updated */
  liveUpdateOnly: boolean;
}

/** Dockerignore-syntax patterns relative to localPath, with where they came from. */
export interface Dockerignore {
  localPath: string;
  /** e.g. `docker_build("foo") ignores=`, `docker_build("foo") only=`, or the .dockerignore path */
  source: string;
  patterns: string[];
}

export interface DockerBuildTarget extends ImageTargetCommon {
  kind: 'docker';
  context: string;
  /** path of the Dockerfile, or '' when dockerfileContents is given */
  dockerfile: string;
  dockerfileContents: string | null;
  buildArgs: Record<string, string>;
  target: string;
  /** whitelist relative to the context ([] = everything) */
  only: string[];
  network: string;
  platform: string;
  extraTags: string[];
  cacheFrom: string[];
  pull: boolean;
  ssh: string[];
  secret: string[];
  extraHosts: string[];
}

export interface CustomBuildTarget extends ImageTargetCommon {
  kind: 'custom';
  command: string[];
  /** working directory of the command */
  dir: string;
  deps: string[];
  tag: string;
  disablePush: boolean;
  skipsLocalDocker: boolean;
  outputsImageRefTo: string;
  env: Record<string, string>;
}

export type ImageTarget = DockerBuildTarget | CustomBuildTarget;
