// Live-update steps created by sync()/run()/... that no live_update= has consumed yet,
// keyed by creation position as Tilt keys them (two steps made at the same call site
// count once, and consuming one consumes that site).

import { stateSlot } from '../../kit/index.js';
import type { StepValue } from './steps.js';

export const UNUSED_STEPS = stateSlot<Map<string, StepValue>>('live-update.unused', () => new Map());
