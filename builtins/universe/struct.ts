// struct(**kwargs): immutable records with named fields (starlark-go's starlarkstruct).
//
// Fields are kept sorted by name, which is the order repr, dir and json.encode show.
// A struct remembers its constructor: plain struct() calls use the string "struct";
// embedders may brand structs with another value (the upstream tests' gensym symbols),
// which then prefixes repr and error messages and takes part in equality.

import { compareDepth, equals } from '../../src/starlark/ops/compare.js';
import { Builtin, type Kwargs } from '../../src/starlark/values/builtin.js';
import { compositeKey } from '../../src/starlark/values/hash-key.js';
import { str, writeValue } from '../../src/starlark/values/repr.js';
import { StarObject, StarlarkError, type CompareOp, type HashKey, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';

export const DEFAULT_CONSTRUCTOR = 'struct';

export class Struct extends StarObject {
  readonly typeName = 'struct';
  /** Fields in name order. */
  readonly fields: Map<string, Value>;
  private frozen = false;

  constructor(
    readonly ctor: Value,
    entries: Iterable<[string, Value]>,
  ) {
    super();
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.fields = new Map(sorted);
  }

  writeRepr(out: string[], path: StarObject[]): void {
    if (this.ctor === DEFAULT_CONSTRUCTOR) out.push('struct');
    else writeValue(out, this.ctor, path);
    out.push('(');
    let first = true;
    for (const [k, v] of this.fields) {
      if (!first) out.push(', ');
      first = false;
      out.push(k, ' = ');
      writeValue(out, v, path);
    }
    out.push(')');
  }
  override hashKey(): HashKey {
    const parts: Value[] = [this.ctor];
    for (const [k, v] of this.fields) parts.push(k, v);
    return compositeKey('S', parts);
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
    return [...this.fields.keys()];
  }
  override noSuchAttrMessage(name: string): string {
    const ctor = this.ctor === DEFAULT_CONSTRUCTOR ? '' : str(this.ctor) + ' ';
    return `${ctor}struct has no .${name} attribute`;
  }
  override compareSameType(op: CompareOp, other: StarObject, depth: number): boolean {
    if (op === '==') return this.sameAs(other as Struct, depth);
    if (op === '!=') return !this.sameAs(other as Struct, depth);
    throw new StarlarkError(`struct ${op} struct not implemented`);
  }
  private sameAs(y: Struct, depth: number): boolean {
    if (this.fields.size !== y.fields.size || !equals(this.ctor, y.ctor)) return false;
    const ys = y.fields.entries();
    for (const [k, v] of this.fields) {
      const [yk, yv] = ys.next().value as [string, Value];
      if (k !== yk || !compareDepth('==', v, yv, depth - 1)) return false;
    }
    return true;
  }
  /** struct + struct: the union of the fields, the right operand winning. */
  override binaryOp(op: string, other: Value, side: 'left' | 'right'): Value | undefined {
    if (op !== '+' || !(other instanceof Struct)) return undefined;
    const [x, y] = side === 'left' ? [this, other] : [other, this];
    if (!equals(x.ctor, y.ctor)) {
      throw new StarlarkError(`cannot add structs of different constructors: ${str(x.ctor)} + ${str(y.ctor)}`);
    }
    const merged = new Map(x.fields);
    for (const [k, v] of y.fields) merged.set(k, v);
    return new Struct(x.ctor, merged);
  }
}

function struct(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  if (args.length > 0) throw new StarlarkError('struct: unexpected positional arguments');
  return new Struct(DEFAULT_CONSTRUCTOR, kwargs ?? []);
}

export const structBuiltin = new Builtin('struct', struct);
