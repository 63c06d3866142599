// The Docker Compose plugin: docker_compose() and dc_resource() (reference §1.5). The
// services become `dc` manifests in src/tiltfile/assemble/compose.ts.

import type { TiltPlugin } from '../../kit/index.js';
import { dcResourceBuiltin } from './dc-resource.js';
import { dockerComposeBuiltin } from './docker-compose.js';

export { COMPOSE, type ComposeProjectState, type ComposeService, type ServiceOptions } from './state.js';
export { checkComposeVersion } from './version.js';

export const composePlugin: TiltPlugin = {
  name: 'compose',
  globals: { docker_compose: dockerComposeBuiltin, dc_resource: dcResourceBuiltin },
};
