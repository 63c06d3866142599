// Trigger modes: the TRIGGER_MODE_AUTO / TRIGGER_MODE_MANUAL values, the global
// trigger_mode() default, and the `trigger_mode=` argument converter.

import { StarObject, StarlarkError, type HashKey, type Value } from '../../../src/starlark/values/value.js';
import { defineBuiltin, stateSlot, type Conv, type TiltPlugin } from '../../kit/index.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import type { TriggerMode } from '../../../src/model/index.js';

export class TriggerModeValue extends StarObject {
  readonly typeName = 'TriggerMode';
  constructor(readonly mode: TriggerMode) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(this.mode === 'auto' ? 'TRIGGER_MODE_AUTO' : 'TRIGGER_MODE_MANUAL');
  }
  override hashKey(): HashKey {
    return this;
  }
}

export const AUTO = new TriggerModeValue('auto');
export const MANUAL = new TriggerModeValue('manual');

export const triggerModeArg: Conv<TriggerMode> = (v: Value) => {
  if (!(v instanceof TriggerModeValue)) throw new StarlarkError(`got ${typeOf(v)}, want TriggerMode`);
  return v.mode;
};

export const GLOBAL_TRIGGER_MODE = stateSlot<{ mode: TriggerMode; setAt: string | null }>('trigger-mode', () => ({ mode: 'auto', setAt: null }));

const triggerMode = defineBuiltin('trigger_mode', { trigger_mode: triggerModeArg }, (cx, a) => {
  const st = cx.load.get(GLOBAL_TRIGGER_MODE);
  if (st.setAt !== null) throw new StarlarkError(`trigger_mode can only be called once. It was already called at ${st.setAt}`);
  st.mode = a.trigger_mode;
  st.setAt = cx.load.currentFile;
});

export const triggerModePlugin: TiltPlugin = {
  name: 'trigger-mode',
  globals: { TRIGGER_MODE_AUTO: AUTO, TRIGGER_MODE_MANUAL: MANUAL, trigger_mode: triggerMode },
};
