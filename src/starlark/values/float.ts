// Starlark floats: IEEE doubles boxed so that 1 (int) and 1.0 (float) stay distinct types.

import { formatFloat } from '../text/float-format.js';
import { StarObject, type HashKey } from './value.js';

export class Float extends StarObject {
  readonly typeName = 'float';
  constructor(readonly v: number) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(formatFloat(this.v));
  }
  override truth(): boolean {
    return this.v !== 0; // NaN is true, as in starlark-go (NaN != 0)
  }
  /** Integral floats hash like the equal int, so {1: x}[1.0] finds x. */
  override hashKey(): HashKey {
    return floatHashKey(this.v);
  }
}

export function floatHashKey(f: number): HashKey {
  if (Number.isInteger(f)) {
    if (Number.isSafeInteger(f)) return f === 0 ? 0 : f;
    return BigInt(f);
  }
  return f;
}

export function isFloat(v: unknown): v is Float {
  return v instanceof Float;
}

export function makeFloat(f: number): Float {
  return new Float(f);
}
