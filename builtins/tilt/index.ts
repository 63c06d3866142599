// Every Tilt builtin, as plugins (one folder per Tilt module or builtin group). The order
// of the list does not matter: names must not overlap. Names in TILT_GLOBALS that no plugin
// provides fail with "not supported by tiltjs yet".

import { moduleBuiltin, structBuiltin } from '../universe/index.js';
import { buildEnvironment, type TiltPlugin } from '../kit/index.js';
import type { Value } from '../../src/starlark/values/value.js';
import { controlPlugin } from './control/index.js';
import { localPlugin } from './local/index.js';
import { portsPlugin } from './ports/index.js';
import { triggerModePlugin } from './trigger-mode/index.js';
import { TILT_GLOBALS } from './names.js';

const starlarkExtrasPlugin: TiltPlugin = { name: 'starlark', globals: { struct: structBuiltin, module: moduleBuiltin } };

export const TILT_PLUGINS: TiltPlugin[] = [starlarkExtrasPlugin, controlPlugin, localPlugin, portsPlugin, triggerModePlugin];

/** The predeclared names of a Tiltfile. */
export function tiltEnvironment(): Map<string, Value> {
  return buildEnvironment(TILT_PLUGINS, TILT_GLOBALS);
}

export { TILT_GLOBALS };
