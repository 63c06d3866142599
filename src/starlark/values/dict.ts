// Starlark dicts: insertion-ordered hash maps keyed by Starlark equality.
//
// `map` goes from hash key to value. For most keys (strings, ints, bools, None) the hash
// key is the key itself; `orig` remembers the original key only where it differs (floats,
// tuples, ...), so string-keyed dicts carry no second map.
//
// Bulk access (keys, values, entries, copying) returns plain arrays or loops over the Map
// directly: generators and iterator objects cost far more than the loop itself.

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
    if (this.orig === null) return Array.from(this.map.keys()) as Value[];
    const out: Value[] = [];
    for (const hk of this.map.keys()) out.push(this.keyOf(hk));
    return out;
  }
  values(): Value[] {
    return Array.from(this.map.values());
  }
  /** The [key, value] pairs, in order, as a fresh array. */
  entries(): [Value, Value][] {
    const out: [Value, Value][] = new Array(this.map.size);
    let i = 0;
    if (this.orig === null) {
      for (const e of this.map) out[i++] = e as [Value, Value];
    } else {
      for (const [hk, v] of this.map) out[i++] = [this.keyOf(hk), v];
    }
    return out;
  }
  /** Copies every entry of `src` into this dict, without the mutability check. */
  setAllUnchecked(src: Dict): void {
    const orig = src.orig;
    const map = this.map;
    if (orig === null) {
      src.map.forEach((v, hk) => map.set(hk, v));
      return;
    }
    src.map.forEach((v, hk) => {
      const k = orig.get(hk);
      if (k !== undefined && !map.has(hk)) (this.orig ??= new Map()).set(hk, k);
      map.set(hk, v);
    });
  }
  override iterate(): StarIterator {
    return new JsIterator(this.keys()[Symbol.iterator](), this);
  }
  override len(): number {
    return this.map.size;
  }
}
