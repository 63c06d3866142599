// Functions implemented in TypeScript: universe builtins, host builtins and bound methods.

import type { Thread } from '../thread.js';
import { StarObject, StarlarkError, type CompareOp, type HashKey, type Value } from './value.js';

/** Keyword arguments as [name (byte string), value] pairs, in call order. */
export type Kwargs = [string, Value][];

export type BuiltinImpl = (thread: Thread, args: Value[], kwargs: Kwargs | null, self: Builtin) => Value;

/** A method implementation: like a builtin, with the receiver first. */
export type MethodImpl = (thread: Thread, recv: any, args: Value[], kwargs: Kwargs | null, name: string) => Value;

export class Builtin extends StarObject {
  readonly typeName = 'builtin_function_or_method';
  /**
   * Optional fast path for a call with exactly one positional argument and no keywords:
   * must behave exactly as `impl(thread, [x], null, this)` (results and errors). The
   * compiler uses it to skip the argument array (str(x), len(x), ...).
   */
  unary: ((x: Value) => Value) | undefined = undefined;
  constructor(
    readonly name: string,
    readonly impl: BuiltinImpl,
    /** The receiver of a bound method. */
    readonly recv?: Value,
  ) {
    super();
  }
  writeRepr(out: string[]): void {
    if (this.recv === undefined) out.push(`<built-in function ${this.name}>`);
    else out.push(`<built-in method ${this.name} of ${typeOf(this.recv)} value>`);
  }
  /** Sets the one-argument fast path (see `unary`); returns this. */
  withUnary(f: (x: Value) => Value): this {
    this.unary = f;
    return this;
  }
  override hashKey(): HashKey {
    return this;
  }
  /** Bound methods are equal when their receivers (by identity) and names are. */
  override compareSameType(op: CompareOp, other: StarObject): boolean {
    const o = other as Builtin;
    const eq = this === o || (this.recv !== undefined && this.recv === o.recv && this.name === o.name);
    if (op === '==') return eq;
    if (op === '!=') return !eq;
    throw new StarlarkError(`${this.typeName} ${op} ${this.typeName} not implemented`);
  }
}

export function typeOf(v: Value): string {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    default:
      return v.typeName;
  }
}

/** Binds a method implementation to its receiver. */
export function bindMethod(name: string, impl: MethodImpl, recv: Value): Builtin {
  return new Builtin(name, (t, args, kwargs) => impl(t, recv, args, kwargs, name), recv);
}
