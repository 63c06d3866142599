// Tilt's read-only namespaces (os, os.path, config, sys, shlex, v1alpha1): values of type
// `module` that print as `[module: NAME]` (unlike starlark-go's module(), which prints
// `<module "NAME">`).

import { StarObject, StarlarkError, type HashKey, type Value } from '../../src/starlark/values/value.js';

export class TiltModule extends StarObject {
  readonly typeName = 'module';
  constructor(
    readonly name: string,
    readonly members: Map<string, Value>,
  ) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(`[module: ${this.name}]`);
  }
  override hashKey(): HashKey {
    throw new StarlarkError('unhashable: module');
  }
  override getAttr(name: string): Value | undefined {
    return this.members.get(name);
  }
  override attrNames(): string[] {
    return [...this.members.keys()].sort();
  }
}
