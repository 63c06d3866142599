// Iterators over Starlark sequences. Iterating a list, dict or set marks it "being
// iterated" so that mutation during the loop fails, as in starlark-go.

import type { StarIterator, Value } from './value.js';

export interface IterGuarded {
  itercount: number;
}

export class ArrayIterator implements StarIterator {
  private i = 0;
  constructor(
    private readonly a: readonly Value[],
    private owner: IterGuarded | null,
  ) {
    if (owner) owner.itercount++;
  }
  next(): Value | undefined {
    return this.i < this.a.length ? this.a[this.i++] : undefined;
  }
  done(): void {
    if (this.owner) {
      this.owner.itercount--;
      this.owner = null;
    }
  }
}

export class JsIterator implements StarIterator {
  constructor(
    private readonly it: Iterator<Value>,
    private owner: IterGuarded | null,
  ) {
    if (owner) owner.itercount++;
  }
  next(): Value | undefined {
    const r = this.it.next();
    return r.done ? undefined : r.value;
  }
  done(): void {
    if (this.owner) {
      this.owner.itercount--;
      this.owner = null;
    }
  }
}
