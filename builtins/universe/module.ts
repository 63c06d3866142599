// module(name, **members): a named namespace of values (starlark-go's starlarkstruct.Module).
// Host code uses the same type for the modules it exposes, such as json.

import { quoteString } from '../../src/starlark/text/quote.js';
import { A, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, type Kwargs } from '../../src/starlark/values/builtin.js';
import { StarObject, StarlarkError, type HashKey, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';

export class Module extends StarObject {
  readonly typeName = 'module';
  private frozen = false;

  constructor(
    readonly name: string,
    readonly members: Map<string, Value>,
  ) {
    super();
  }

  writeRepr(out: string[]): void {
    out.push(`<module ${quoteString(this.name)}>`);
  }
  override hashKey(): HashKey {
    throw new StarlarkError('unhashable: module');
  }
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const v of this.members.values()) if (typeof v === 'object') v.freeze();
  }
  override getAttr(name: string): Value | undefined {
    return this.members.get(name);
  }
  override attrNames(): string[] {
    return [...this.members.keys()].sort();
  }
}

function module(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [name] = unpackPositional('module', args, null, 1, A.string) as [string];
  return new Module(name, new Map(kwargs ?? []));
}

export const moduleBuiltin = new Builtin('module', module);
