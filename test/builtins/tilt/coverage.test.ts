// Every name Tilt predeclares is implemented: none is left as a "not supported by tiltjs
// yet" builtin (the README lists any that ever are).

import { describe, expect, it } from 'vitest';
import { isUnsupported, TiltModule } from '../../../builtins/kit/index.js';
import { TILT_GLOBALS, tiltEnvironment } from '../../../builtins/tilt/index.js';
import type { Value } from '../../../src/starlark/values/value.js';

function lookup(env: Map<string, Value>, dotted: string): Value | undefined {
  const [first, ...rest] = dotted.split('.');
  let v: Value | undefined = env.get(first);
  for (const part of rest) v = v instanceof TiltModule ? v.getAttr(part) : undefined;
  return v;
}

describe('Tilt builtin coverage', () => {
  it('provides every predeclared name, none unsupported', () => {
    const env = tiltEnvironment();
    const missing = TILT_GLOBALS.filter((n) => lookup(env, n) === undefined);
    const unsupported = TILT_GLOBALS.filter((n) => {
      const v = lookup(env, n);
      return v !== undefined && isUnsupported(v);
    });
    expect(missing).toEqual([]);
    expect(unsupported).toEqual([]);
  });
});
