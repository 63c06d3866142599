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
