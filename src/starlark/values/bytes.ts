// Starlark bytes: immutable byte sequences, held as byte strings.

import { quoteBytes } from '../text/quote.js';
import { StarObject, StarlarkError, type CompareOp, type HashKey, type StarIterator, type Value } from './value.js';
import { compareStrings, threeway } from './threeway.js';

export class Bytes extends StarObject {
  readonly typeName = 'bytes';
  constructor(readonly data: string) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(quoteBytes(this.data));
  }
  override truth(): boolean {
    return this.data.length > 0;
  }
  override hashKey(): HashKey {
    return '\u0101' + this.data;
  }
  override compareSameType(op: CompareOp, other: StarObject): boolean {
    return threeway(op, compareStrings(this.data, (other as Bytes).data));
  }
  override len(): number {
    return this.data.length;
  }
}

/**
 * The iterable view b.elems(): the bytes as ints. As starlark-go's bytesIterable it is
 * only iterable (no len, no indexing), always truthy, unhashable, and equal to another
 * view of the same bytes.
 */
export class BytesElems extends StarObject {
  readonly typeName = 'bytes.elems';
  constructor(readonly data: string) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(`${quoteBytes(this.data)}.elems()`);
  }
  override hashKey(): HashKey {
    throw new StarlarkError(`unhashable: ${this.typeName}`);
  }
  override compareSameType(op: CompareOp, other: StarObject): boolean {
    const eq = this.data === (other as BytesElems).data;
    if (op === '==') return eq;
    if (op === '!=') return !eq;
    throw new StarlarkError(`${this.typeName} ${op} ${this.typeName} not implemented`);
  }
  override iterate(): StarIterator {
    let i = 0;
    const d = this.data;
    return { next: (): Value | undefined => (i < d.length ? d.charCodeAt(i++) : undefined), done: () => {} };
  }
}
