// Image builds (reference §1.2, §3.3, §3.5): docker_build(), custom_build(),
// default_registry(), and what the assembly steps and the k8s/compose plugins need:
// the declared builds, ref parsing and the matching of deploy references to builds.

import type { TiltPlugin } from '../../kit/index.js';
import { customBuildBuiltin } from './custom-build.js';
import { defaultRegistryBuiltin } from './default-registry.js';
import { dockerBuildBuiltin } from './docker-build.js';

export { IMAGES, CONSUMED_IMAGE_NAMES, DEFAULT_REGISTRY, type ImageDecl, type DefaultRegistry } from './state.js';
export {
  parseImageRef,
  tryParseImageRef,
  findImageTarget,
  findImageDecl,
  familiarName,
  familiarString,
  refString,
  imageTargetId,
  sanitizeName,
  ImageRefError,
  type ImageRef,
} from './ref.js';
export { registryRefs } from './default-registry.js';
export { dockerfileImageRefs } from './dockerfile.js';
export { closestN } from './closest-match.js';
export { onlyPatterns } from './args.js';
export { CustomBuildValue } from './custom-build.js';

export const imagesPlugin: TiltPlugin = {
  name: 'images',
  globals: {
    docker_build: dockerBuildBuiltin,
    custom_build: customBuildBuiltin,
    default_registry: defaultRegistryBuiltin,
  },
};
