// Starlark tuples: immutable sequences, hashable when their elements are.

import { compositeKey } from './hash-key.js';
import { writeValue } from './repr.js';
import { StarObject, type HashKey, type StarIterator, type Value } from './value.js';
import { ArrayIterator } from './iterators.js';

export class Tuple extends StarObject {
  readonly typeName = 'tuple';
  constructor(readonly elems: Value[]) {
    super();
  }
  writeRepr(out: string[], path: StarObject[]): void {
    out.push('(');
    const e = this.elems;
    for (let i = 0; i < e.length; i++) {
      if (i > 0) out.push(', ');
      writeValue(out, e[i], path);
    }
    out.push(e.length === 1 ? ',)' : ')');
  }
  override truth(): boolean {
    return this.elems.length > 0;
  }
  override freeze(): void {
    for (const e of this.elems) if (typeof e === 'object') e.freeze();
  }
  override hashKey(): HashKey {
    return compositeKey('t', this.elems);
  }
  override iterate(): StarIterator {
    return new ArrayIterator(this.elems, null);
  }
  override len(): number {
    return this.elems.length;
  }
}

export const EMPTY_TUPLE = new Tuple([]);

export function makeTuple(elems: Value[]): Tuple {
  return elems.length === 0 ? EMPTY_TUPLE : new Tuple(elems);
}
