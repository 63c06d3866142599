// Functions defined in Starlark (def and lambda), and the cells that hold variables
// shared between a function and the functions nested in it.

import type { LineTable } from '../../../grammar/position.js';
import type { Thread } from '../thread.js';
import { StarObject, type HashKey, type Value } from './value.js';

/** Compiled statement: returns a completion code (see compile/completion.ts). */
export type StmtFn = (L: any[], T: Thread) => number;

/** A variable captured by an inner function. `v` is undefined until assigned. */
export class Cell {
  constructor(public v: Value | undefined) {}
}

/** Marks a keyword-only parameter without a default. */
export const MANDATORY = Symbol('mandatory');

/** What the compiler knows about a function, shared by every closure made from one def. */
export interface FunctionCode {
  name: string;
  /** offset of `def`/`lambda` */
  pos: number;
  /** where starlark-go places the function's first instruction, and so its argument-binding errors (compile/go-positions.ts) */
  entryPos: number;
  lines: LineTable;
  /** The module's global slots (the function's globals). */
  module: ModuleRuntime;
  /** ordinary parameters (excluding *args, **kwargs) */
  nparams: number;
  nkwonly: number;
  hasVarargs: boolean;
  hasKwargs: boolean;
  /** names of all parameters in slot order */
  paramNames: string[];
  nlocals: number;
  nfree: number;
  /** the argument count of a plain positional call that needs no binding logic, or -1 */
  simpleArity: number;
  /** local slots that hold cells */
  cells: number[];
  body: StmtFn;
}

/** The per-file state compiled code refers to. */
export interface ModuleRuntime {
  path: string;
  lines: LineTable;
  globals: (Value | undefined)[];
  globalNames: string[];
  allowRecursion: boolean;
}

export class StarFunction extends StarObject {
  readonly typeName = 'function';
  constructor(
    readonly code: FunctionCode,
    /** defaults of the trailing optional and keyword-only parameters (MANDATORY where required) */
    readonly defaults: (Value | typeof MANDATORY)[],
    readonly freevars: Cell[],
  ) {
    super();
  }
  get name(): string {
    return this.code.name;
  }
  writeRepr(out: string[]): void {
    out.push(`<function ${this.code.name}>`);
  }
  override hashKey(): HashKey {
    return this;
  }
  private frozen = false;
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const d of this.defaults) if (typeof d === 'object') d.freeze();
    for (const c of this.freevars) if (typeof c.v === 'object') c.v.freeze();
  }
}
