// Starlark dicts: insertion-ordered hash maps keyed by Starlark equality.
//
// `map` goes from hash key to value. For most keys (strings, ints, bools, None) the hash
// key is the key itself; `orig` remembers the original key only where it differs (floats,
// tuples, ...), so string-keyed dicts carry no second map.

import { hashKeyOf } from './hash-key.js';
import { JsIterator } from './iterators.js';
import { writeValue } from './repr.js';
import { StarObject, StarlarkError, type HashKey, type StarIterator, type Value } from './value.js';

export class Dict extends StarObject {
  readonly typeName = 'dict';
  frozen = false;
  itercount = 0;
  readonly map = new Map<HashKey, Value>();
  private orig: Map<HashKey, Value> | null = null;

  writeRepr(out: string[], path: StarObject[]): void {
    if (path.includes(this)) {
      out.push('{...}');
      return;
    }
    path.push(this);
    out.push('{');
    let first = true;
    for (const [hk, v] of this.map) {
      if (!first) out.push(', ');
      first = false;
      writeValue(out, this.keyOf(hk), path);
      out.push(': ');
      writeValue(out, v, path);
    }
    out.push('}');
    path.pop();
  }
  override truth(): boolean {
    return this.map.size > 0;
  }
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const [hk, v] of this.map) {
      const k = this.keyOf(hk);
      if (typeof k === 'object') k.freeze();
      if (typeof v === 'object') v.freeze();
    }
  }
  checkMutable(verb: string): void {
    if (this.frozen) throw new StarlarkError(`cannot ${verb} frozen hash table`);
    if (this.itercount > 0) throw new StarlarkError(`cannot ${verb} hash table during iteration`);
  }

  /** The original key stored under hash key `hk`. */
  keyOf(hk: HashKey): Value {
    if (this.orig !== null) {
      const k = this.orig.get(hk);
      if (k !== undefined) return k;
    }
    return hk as Value;
  }

  get(k: Value): Value | undefined {
    return this.map.get(hashKeyOf(k));
  }
  has(k: Value): boolean {
    return this.map.has(hashKeyOf(k));
  }
  set(k: Value, v: Value): void {
    this.checkMutable('insert into');
    this.setUnchecked(k, v);
  }
  /** Insert without the mutability check (for building fresh dicts). */
  setUnchecked(k: Value, v: Value): void {
    const hk = hashKeyOf(k);
    if (hk !== k && !this.map.has(hk)) (this.orig ??= new Map()).set(hk, k);
    this.map.set(hk, v);
  }
  delete(k: Value): Value | undefined {
    this.checkMutable('delete from');
    const hk = hashKeyOf(k);
    const v = this.map.get(hk);
    if (v !== undefined) {
      this.map.delete(hk);
      this.orig?.delete(hk);
    }
    return v;
  }
  clear(): void {
    this.checkMutable('clear');
    this.map.clear();
    this.orig = null;
  }
  get size(): number {
    return this.map.size;
  }
  keys(): Value[] {
    const out: Value[] = [];
    for (const hk of this.map.keys()) out.push(this.keyOf(hk));
    return out;
  }
  *entries(): IterableIterator<[Value, Value]> {
    for (const [hk, v] of this.map) yield [this.keyOf(hk), v];
  }
  override iterate(): StarIterator {
    return new JsIterator(this.keys()[Symbol.iterator](), this);
  }
  override len(): number {
    return this.map.size;
  }
}
