// Struct-like values with their own type name (Probe, ExecAction, HTTPGetAction, ...):
// read-only fields, printed as `Name(a = 1, b = "x")` with fields in name order.

import { writeValue } from '../../../src/starlark/values/repr.js';
import { StarObject, StarlarkError, type HashKey, type StarObject as Obj, type Value } from '../../../src/starlark/values/value.js';

export class TypedStruct extends StarObject {
  private frozen = false;
  constructor(
    readonly typeName: string,
    readonly fields: ReadonlyMap<string, Value>,
  ) {
    super();
  }
  writeRepr(out: string[], path: Obj[]): void {
    out.push(this.typeName, '(');
    [...this.fields.keys()].sort().forEach((k, i) => {
      if (i > 0) out.push(', ');
      out.push(k, ' = ');
      writeValue(out, this.fields.get(k)!, path);
    });
    out.push(')');
  }
  override hashKey(): HashKey {
    throw new StarlarkError(`unhashable type: ${this.typeName}`);
  }
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const v of this.fields.values()) if (typeof v === 'object') v.freeze();
  }
  override getAttr(name: string): Value | undefined {
    return this.fields.get(name);
  }
  override attrNames(): string[] {
    return [...this.fields.keys()].sort();
  }
}
