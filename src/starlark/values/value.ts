// The Starlark value model.
//
// A Value is one of:
//   string   — a Starlark string, held as a byte string (one char per UTF-8 byte)
//   number   — a Starlark int in the safe-integer range (always an integer)
//   bigint   — a Starlark int outside the safe-integer range (never inside it)
//   boolean  — a Starlark bool
//   StarObject — everything else (None, float, list, dict, function, ...)
// Primitives keep the hot paths (ints, strings, bools) free of allocation; every other
// type is a small class with its behaviour on it.

export type Value = string | number | bigint | boolean | StarObject;

/** A mutable or immutable heap value. Optional capabilities are methods a subclass may override. */
export abstract class StarObject {
  /** The string `type(x)` returns. */
  abstract readonly typeName: string;

  /** Appends the repr of this value (as a byte string) to `out`; `path` holds the containers being printed (cycle check). */
  abstract writeRepr(out: string[], path: StarObject[]): void;

  /** str(x); defaults to repr. */
  writeStr(out: string[], path: StarObject[]): void {
    this.writeRepr(out, path);
  }

  truth(): boolean {
    return true;
  }

  /** Marks the value and everything reachable from it immutable. */
  freeze(): void {}

  /** Key used by dicts and sets; throws for unhashable values. */
  hashKey(): HashKey {
    throw new StarlarkError(`unhashable type: ${this.typeName}`);
  }

  /**
   * Comparison with another value of the same type (called only when both have the same
   * typeName). Types without it compare by identity and are not ordered.
   */
  compareSameType?(op: CompareOp, other: StarObject, depth: number): boolean;

  /** Attribute lookup (fields and methods); undefined when absent. */
  getAttr?(name: string): Value | undefined;
  /** Attribute names for dir() and spelling hints. */
  attrNames?(): string[];
  /** Message for a missing attribute when not "T has no .x field or method" (structs). */
  noSuchAttrMessage?(name: string): string;
  setAttr?(name: string, v: Value): void;

  /** Iteration; the returned iterator's `done()` (if any) must be called when the loop ends. */
  iterate?(): StarIterator;
  len?(): number;
  /** Sequence element at a non-negative in-range index (bounds already checked by the caller via len()). */
  indexAt?(i: number): Value;
  /** Mapping-style x[k] for non-sequence types (dicts, application types). */
  getItem?(k: Value): Value;
  setItem?(k: Value, v: Value): void;
  /** Makes the value callable (application types); builtins and functions are handled directly. */
  callAs?(thread: any, args: Value[], kwargs: [string, Value][] | null): Value;
  /** Binary operator hook for application types (`side` tells whether this is the left operand). */
  binaryOp?(op: string, other: Value, side: 'left' | 'right'): Value | undefined;
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface StarIterator {
  next(): Value | undefined; // undefined when exhausted
  done(): void;
}

/** Keys for dict/set hash tables: primitives map to themselves; see hash-key.ts. */
export type HashKey = string | number | bigint | boolean | object;

/**
 * An error raised by Starlark evaluation, without position. The evaluator adds the
 * position and call stack (see ../errors.ts). `msg` is a byte string.
 */
export class StarlarkError extends Error {
  constructor(readonly msg: string) {
    super(msg);
    this.name = 'StarlarkError';
  }
}

// ---------------------------------------------------------------------------
// None

export class NoneType extends StarObject {
  readonly typeName = 'NoneType';
  writeRepr(out: string[]): void {
    out.push('None');
  }
  override truth(): boolean {
    return false;
  }
  override hashKey(): HashKey {
    return this;
  }
}

export const None: NoneType = new NoneType();
