// Starlark lists: mutable sequences; frozen after their module finishes, and locked
// against mutation while being iterated.

import { writeValue } from './repr.js';
import { ArrayIterator } from './iterators.js';
import { StarObject, StarlarkError, type StarIterator, type Value } from './value.js';

export class List extends StarObject {
  readonly typeName = 'list';
  frozen = false;
  itercount = 0;
  constructor(public elems: Value[]) {
    super();
  }
  writeRepr(out: string[], path: StarObject[]): void {
    if (path.includes(this)) {
      out.push('[...]');
      return;
    }
    path.push(this);
    out.push('[');
    const e = this.elems;
    for (let i = 0; i < e.length; i++) {
      if (i > 0) out.push(', ');
      writeValue(out, e[i], path);
    }
    out.push(']');
    path.pop();
  }
  override truth(): boolean {
    return this.elems.length > 0;
  }
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const e of this.elems) if (typeof e === 'object') e.freeze();
  }
  /** Throws unless the list may be mutated; `verb` completes "cannot VERB frozen list". */
  checkMutable(verb: string): void {
    if (this.frozen) throw new StarlarkError(`cannot ${verb} frozen list`);
    if (this.itercount > 0) throw new StarlarkError(`cannot ${verb} list during iteration`);
  }
  override iterate(): StarIterator {
    return new ArrayIterator(this.elems, this);
  }
  override len(): number {
    return this.elems.length;
  }
}
