// Live update (reference §1.6, §4.1): the step constructors, parseLiveUpdate() for every
// builtin taking live_update=, and the bookkeeping of steps created but never used.

import type { TiltPlugin } from '../../kit/index.js';
import { fallBackOnBuiltin, initialSyncBuiltin, restartContainerBuiltin, runBuiltin, syncBuiltin } from './steps.js';

export { parseLiveUpdate, restartsContainer } from './parse.js';
export { StepValue, isStep, cmdString } from './steps.js';
export { UNUSED_STEPS } from './state.js';
export { callPosition, type CallPosition } from './position.js';

export const liveUpdatePlugin: TiltPlugin = {
  name: 'live-update',
  globals: {
    sync: syncBuiltin,
    run: runBuiltin,
    fall_back_on: fallBackOnBuiltin,
    restart_container: restartContainerBuiltin,
    initial_sync: initialSyncBuiltin,
  },
};
