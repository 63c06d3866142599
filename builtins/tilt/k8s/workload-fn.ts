// workload_to_resource_function(func) and the K8sObjectID value its callback receives
// (reference §1.3): the callback replaces the default shortest-unique naming.

import { fromHost } from '../../../grammar/utf8.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { StarFunction } from '../../../src/starlark/values/function.js';
import { StarObject, StarlarkError, type HashKey, type Value } from '../../../src/starlark/values/value.js';
import { defineBuiltin, type Conv } from '../../kit/index.js';
import { K8S } from './state.js';

const interned = new Map<string, object>();

export class K8sObjectId extends StarObject {
  readonly typeName = 'K8sObjectID';
  constructor(
    readonly name: string,
    readonly kind: string,
    readonly namespace: string,
    readonly group: string,
  ) {
    super();
  }
  /** `name:kind:namespace:group`, lower-cased (host string) */
  get id(): string {
    return `${this.name}:${this.kind}:${this.namespace}:${this.group}`.toLowerCase();
  }
  writeRepr(out: string[]): void {
    out.push(fromHost(this.id));
  }
  override truth(): boolean {
    return this.name !== '' || this.kind !== '' || this.namespace !== '' || this.group !== '';
  }
  override hashKey(): HashKey {
    const k = JSON.stringify([this.name, this.kind, this.namespace, this.group]);
    let key = interned.get(k);
    if (!key) interned.set(k, (key = {}));
    return key;
  }
  override getAttr(name: string): Value | undefined {
    switch (name) {
      case 'name':
        return fromHost(this.name);
      case 'kind':
        return fromHost(this.kind);
      case 'namespace':
        return fromHost(this.namespace);
      case 'group':
        return fromHost(this.group);
    }
    return undefined;
  }
  override attrNames(): string[] {
    return ['name', 'kind', 'namespace', 'group'];
  }
  override noSuchAttrMessage(name: string): string {
    return `tiltfile.k8sObjectID has no attribute '${name}'`;
  }
}

const starlarkFunction: Conv<StarFunction> = (v) => {
  if (!(v instanceof StarFunction)) throw new StarlarkError(`got ${typeOf(v)}, want function`);
  return v;
};

export const workloadToResourceFunctionBuiltin = defineBuiltin('workload_to_resource_function', { func: starlarkFunction }, (cx, a) => {
  const f = a.func;
  const n = f.code.paramNames.length;
  if (n !== 1) {
    // f.name is already a byte string
    throw new StarlarkError(`workload_to_resource_function arg must take 1 argument. ${f.name} takes ${n}`);
  }
  cx.load.get(K8S).workloadToResource = { fn: f, position: f.code.lines.format(f.code.pos) };
});
