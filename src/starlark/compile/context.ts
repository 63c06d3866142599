// What the compiler needs while turning one function (or a file's top level) into closures.

import type { FunctionInfo } from '../resolve/binding.js';
import type { Thread } from '../thread.js';
import type { ModuleRuntime } from '../values/function.js';
import type { Value } from '../values/value.js';

/** A compiled expression: evaluates against a frame's local slots. */
export type Ex = (L: any[], T: Thread) => Value;
/** A compiled statement: returns a completion code. */
export type St = (L: any[], T: Thread) => number;
/** A compiled assignment target: stores v. */
export type Store = (L: any[], T: Thread, v: Value) => void;

export interface CompileContext {
  module: ModuleRuntime;
  /** null while compiling the file's top level */
  fn: FunctionInfo | null;
  /** number of local slots of the function being compiled; free variables follow them */
  nlocals: number;
  predeclared: ReadonlyMap<string, Value>;
  universe: ReadonlyMap<string, Value>;
}
