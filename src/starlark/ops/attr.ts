// Attribute access x.name: fields of application values and methods of built-in types.
//
// Built-in types keep their methods in tables registered by src/starlark/methods; a
// method call x.f(...) is compiled to callMethod, which skips allocating a bound method.

import { nearest } from '../resolve/spell.js';
import { bindMethod, typeOf, type Kwargs, type MethodImpl } from '../values/builtin.js';
import { StarObject, StarlarkError, type Value } from '../values/value.js';
import type { Thread } from '../thread.js';

const methodTables = new Map<string, Record<string, MethodImpl>>();

/** Registers the methods of a built-in type, by its type() name. */
export function registerMethods(typeName: string, table: Record<string, MethodImpl>): void {
  methodTables.set(typeName, table);
}

export function methodsOf(typeName: string): Record<string, MethodImpl> | undefined {
  return methodTables.get(typeName);
}

function methodTable(x: Value): Record<string, MethodImpl> | undefined {
  return methodTables.get(typeOf(x));
}

/** x.name, or undefined when there is no such field or method. */
export function getAttrOrUndefined(x: Value, name: string): Value | undefined {
  const table = methodTable(x);
  if (table !== undefined && Object.prototype.hasOwnProperty.call(table, name)) return bindMethod(name, table[name], x);
  if (x instanceof StarObject && x.getAttr) return x.getAttr(name);
  return undefined;
}

export function attrNames(x: Value): string[] {
  const names = new Set<string>();
  const table = methodTable(x);
  if (table) for (const k of Object.keys(table)) names.add(k);
  if (x instanceof StarObject && x.attrNames) for (const k of x.attrNames()) names.add(k);
  return [...names].sort();
}

function noSuchAttr(x: Value, name: string): StarlarkError {
  let msg = x instanceof StarObject && x.noSuchAttrMessage ? x.noSuchAttrMessage(name) : `${typeOf(x)} has no .${name} field or method`;
  const hint = nearest(name, attrNames(x));
  if (hint) msg += ` (did you mean .${hint}?)`;
  return new StarlarkError(msg);
}

export function getAttr(x: Value, name: string): Value {
  const v = getAttrOrUndefined(x, name);
  if (v === undefined) throw noSuchAttr(x, name);
  return v;
}

/**
 * Thrown by StarObject.setAttr when the object has no such field; the evaluator adds a
 * spelling hint (starlark-go's NoSuchAttrError).
 */
export class NoSuchAttrError extends StarlarkError {}

export function setAttr(x: Value, name: string, v: Value): void {
  if (x instanceof StarObject && x.setAttr) {
    try {
      x.setAttr(name, v);
    } catch (e) {
      if (e instanceof NoSuchAttrError) {
        const hint = nearest(name, attrNames(x));
        if (hint) throw new StarlarkError(`${e.msg} (did you mean .${hint}?)`);
      }
      throw e;
    }
    return;
  }
  throw new StarlarkError(`can't assign to .${name} field of ${typeOf(x)}`);
}

/** x.name(args...) without materialising the bound method when it is a built-in one. */
export function methodImpl(x: Value, name: string): MethodImpl | undefined {
  const table = methodTable(x);
  if (table !== undefined && Object.prototype.hasOwnProperty.call(table, name)) return table[name];
  return undefined;
}

export type { Kwargs, Thread };
