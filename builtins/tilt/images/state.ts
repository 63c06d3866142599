// Image builds declared by docker_build() / custom_build(), in call order, plus what the
// matching pass (findImageTarget, reference §3.3) learns while k8s/compose assembly asks
// about the image references it finds.

import { stateSlot } from '../../kit/index.js';
import type { ImageTarget } from '../../../src/model/index.js';
import type { ImageRef } from './ref.js';

export interface ImageDecl {
  target: ImageTarget;
  /** call position of the docker_build/custom_build, `file:line:col` */
  pos: string;
  /** the parsed ref the image is selected by */
  selector: ImageRef;
  /**
   * Whether the selector only matches its exact ref. True when the ref has a tag, and for
   * every build sharing a repository with another build (§3.3).
   */
  exactMatch: boolean;
  /** set when some deploy config (or another image's FROM) consumed this image */
  matched: boolean;
  /** docker_build: the Dockerfile text (read at load time or inline) */
  dockerfileText?: string;
  /** docker_build: the Dockerfile path used to find `<dockerfile>.dockerignore` */
  dockerfilePath?: string;
  /** docker_build: build args as passed to docker (`KEY=VALUE`, or `KEY` for ""), sorted */
  buildArgList?: string[];
  /** custom_build: the image_deps refs */
  imageDepRefs?: ImageRef[];
}

export const IMAGES = stateSlot<ImageDecl[]>('images', () => []);

/**
 * Familiar names of every image reference that assembly looked up, in first-seen order:
 * the candidates for the "Did you mean" block of the unused-image warning.
 */
export const CONSUMED_IMAGE_NAMES = stateSlot<string[]>('images.consumed', () => []);

export interface DefaultRegistry {
  host: string;
  hostFromCluster: string;
  singleName: string;
}

/** default_registry(): null until called (it may be called at most once). */
export const DEFAULT_REGISTRY = stateSlot<{ value: DefaultRegistry | null }>('images.default-registry', () => ({ value: null }));
