// range(start, stop, step): a lazy, indexable, sliceable arithmetic sequence.

import { StarObject, StarlarkError, type CompareOp, type StarIterator, type Value } from './value.js';

export class Range extends StarObject {
  readonly typeName = 'range';
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
    this.length = rangeLen(start, stop, step);
  }
  writeRepr(out: string[]): void {
    if (this.step !== 1) out.push(`range(${this.start}, ${this.stop}, ${this.step})`);
    else if (this.start !== 0) out.push(`range(${this.start}, ${this.stop})`);
    else out.push(`range(${this.stop})`);
  }
  override truth(): boolean {
    return this.length > 0;
  }
  override hashKey(): never {
    throw new StarlarkError('unhashable: range'); // sic: not "unhashable type: range"
  }
  /** Ranges are equal when they denote the same sequence; they are not ordered. */
  override compareSameType(op: CompareOp, other: StarObject): boolean {
    if (op === '==') return this.sameSequence(other as Range);
    if (op === '!=') return !this.sameSequence(other as Range);
    throw new StarlarkError(`range ${op} range not implemented`);
  }
  private sameSequence(o: Range): boolean {
    if (this.length !== o.length) return false;
    if (this.length === 0) return true;
    if (this.start !== o.start) return false;
    return this.length === 1 || this.step === o.step;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
  contains(x: number): boolean {
    if (this.step > 0 ? !(x >= this.start && x < this.stop) : !(x <= this.start && x > this.stop)) return false;
    return (x - this.start) % this.step === 0;
  }
  override iterate(): StarIterator {
    let i = 0;
    return {
      next: (): Value | undefined => (i < this.length ? this.start + i++ * this.step : undefined),
      done: () => {},
    };
  }
  override len(): number {
    return this.length;
  }
}

export function rangeLen(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}
