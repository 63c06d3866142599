// The local plugin: local(), local_resource() and the deprecated test().

import type { TiltPlugin } from '../../kit/index.js';
import { localBuiltin } from './local.js';
import { localResourceBuiltin, testBuiltin } from './local-resource.js';

export { LOCAL_RESOURCES, type LocalResourceDecl } from './state.js';
export { processEnv } from './process-env.js';
export { prependTiltShim, tiltShimDir } from './tilt-shim.js';

export const localPlugin: TiltPlugin = {
  name: 'local',
  globals: { local: localBuiltin, local_resource: localResourceBuiltin, test: testBuiltin },
};
