// Starlark sets: insertion-ordered, elements keyed like dict keys.

import { hashKeyOf } from './hash-key.js';
import { JsIterator } from './iterators.js';
import { writeValue } from './repr.js';
import { StarObject, StarlarkError, type HashKey, type StarIterator, type Value } from './value.js';

export class StarSet extends StarObject {
  readonly typeName = 'set';
  frozen = false;
  itercount = 0;
  readonly map = new Map<HashKey, Value>();

  writeRepr(out: string[], path: StarObject[]): void {
    if (path.includes(this)) {
      out.push('set(...)');
      return;
    }
    path.push(this);
    out.push('set([');
    let first = true;
    for (const v of this.map.values()) {
      if (!first) out.push(', ');
      first = false;
      writeValue(out, v, path);
    }
    out.push('])');
    path.pop();
  }
  override truth(): boolean {
    return this.map.size > 0;
  }
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const v of this.map.values()) if (typeof v === 'object') v.freeze();
  }
  checkMutable(verb: string): void {
    if (this.frozen) throw new StarlarkError(`cannot ${verb} frozen hash table`);
    if (this.itercount > 0) throw new StarlarkError(`cannot ${verb} hash table during iteration`);
  }
  has(v: Value): boolean {
    return this.map.has(hashKeyOf(v));
  }
  add(v: Value): void {
    this.checkMutable('insert into');
    this.addUnchecked(v);
  }
  addUnchecked(v: Value): void {
    const hk = hashKeyOf(v);
    if (!this.map.has(hk)) this.map.set(hk, v);
  }
  delete(v: Value): boolean {
    this.checkMutable('delete from');
    return this.map.delete(hashKeyOf(v));
  }
  elems(): Value[] {
    return [...this.map.values()];
  }
  get size(): number {
    return this.map.size;
  }
  override iterate(): StarIterator {
    return new JsIterator(this.elems()[Symbol.iterator](), this);
  }
  override len(): number {
    return this.map.size;
  }
}
