// Every Tilt builtin, as plugins (one folder per Tilt module or builtin group). The order
// of the list does not matter: names must not overlap. Names in TILT_GLOBALS that no plugin
// provides fail with "not supported by tiltjs yet".

import { moduleBuiltin, structBuiltin } from '../universe/index.js';
import { buildEnvironment, type LoadContext, type TiltPlugin } from '../kit/index.js';
import type { Value } from '../../src/starlark/values/value.js';
import { composePlugin } from './compose/index.js';
import { bindConfigValues, configPlugin } from './config/index.js';
import { dataPlugin } from './data/index.js';
import { filesPlugin } from './files/index.js';
import { bindEnviron, osPlugin } from './os/index.js';
import { settingsPlugin } from './settings/index.js';
import { shlexPlugin } from './shlex/index.js';
import { bindSysValues, sysPlugin } from './sys/index.js';
import { controlPlugin } from './control/index.js';
import { helmPlugin } from './helm/index.js';
import { imagesPlugin } from './images/index.js';
import { k8sPlugin } from './k8s/index.js';
import { k8sContextPlugin } from './k8s-context/index.js';
import { kustomizePlugin } from './kustomize/index.js';
import { liveUpdatePlugin } from './live-update/index.js';
import { localPlugin } from './local/index.js';
import { portsPlugin } from './ports/index.js';
import { triggerModePlugin } from './trigger-mode/index.js';
import { v1alpha1Plugin } from './v1alpha1/index.js';
import { TILT_GLOBALS } from './names.js';

const starlarkExtrasPlugin: TiltPlugin = { name: 'starlark', globals: { struct: structBuiltin, module: moduleBuiltin } };

export const TILT_PLUGINS: TiltPlugin[] = [starlarkExtrasPlugin, controlPlugin, localPlugin, portsPlugin, triggerModePlugin, v1alpha1Plugin, composePlugin, helmPlugin, kustomizePlugin, imagesPlugin, liveUpdatePlugin, k8sPlugin, k8sContextPlugin, filesPlugin, dataPlugin, osPlugin, sysPlugin, shlexPlugin, configPlugin, settingsPlugin];

/** The predeclared names of a Tiltfile; with `cx`, the values that depend on the load (os.environ, config.main_path, ...) are bound to it. */
export function tiltEnvironment(cx?: LoadContext): Map<string, Value> {
  const env = buildEnvironment(TILT_PLUGINS, TILT_GLOBALS);
  if (cx) {
    bindEnviron(env, cx);
    bindConfigValues(env, cx);
    bindSysValues(env);
  }
  return env;
}

export { TILT_GLOBALS };
