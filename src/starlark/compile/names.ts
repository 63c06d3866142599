// Reading and writing variables, by the scope the resolver gave them.
//
// Locals live in the frame's slot array L; cells (locals captured by inner functions)
// and free variables hold a Cell in their slot; globals live in the module's array.
// An unassigned slot is `undefined`.

import type { Ident } from '../../../grammar/ast.js';
import { atPos } from '../errors.js';
import type { Binding } from '../resolve/binding.js';
import type { Cell } from '../values/function.js';
import { StarlarkError, type Value } from '../values/value.js';
import type { CompileContext, Ex, Store } from './context.js';

function unassigned(kind: 'local' | 'global', name: string, pos: number): StarlarkError {
  return atPos(new StarlarkError(`${kind} variable ${name} referenced before assignment`), pos);
}

function slotOf(b: Binding, cx: CompileContext): number {
  return b.scope === 'free' ? cx.nlocals + b.index : b.index;
}

export function compileLoad(id: Ident, cx: CompileContext): Ex {
  const b = id.binding as Binding;
  const name = id.name;
  const pos = id.pos;
  switch (b.scope) {
    case 'local': {
      const i = b.index;
      return (L) => {
        const v = L[i];
        if (v !== undefined) return v;
        throw unassigned('local', name, pos);
      };
    }
    case 'cell':
    case 'free': {
      const i = slotOf(b, cx);
      return (L) => {
        const v = (L[i] as Cell).v;
        if (v !== undefined) return v;
        throw unassigned('local', name, pos);
      };
    }
    case 'global': {
      const G = cx.module.globals;
      const i = b.index;
      return () => {
        const v = G[i];
        if (v !== undefined) return v;
        throw unassigned('global', name, pos);
      };
    }
    case 'predeclared':
    case 'universal': {
      const v = (b.scope === 'predeclared' ? cx.predeclared : cx.universe).get(name);
      if (v === undefined) {
        return () => {
          throw atPos(new StarlarkError(`internal error: ${b.scope} variable ${name} is uninitialized`), pos);
        };
      }
      return () => v;
    }
    default:
      throw new Error(`internal error: unresolved identifier ${name}`);
  }
}

export function compileStoreName(id: Ident, cx: CompileContext): Store {
  const b = id.binding as Binding;
  switch (b.scope) {
    case 'local': {
      const i = b.index;
      return (L, _T, v) => {
        L[i] = v;
      };
    }
    case 'cell':
    case 'free': {
      const i = slotOf(b, cx);
      return (L, _T, v) => {
        (L[i] as Cell).v = v;
      };
    }
    case 'global': {
      const G = cx.module.globals;
      const i = b.index;
      return (_L, _T, v) => {
        G[i] = v;
      };
    }
    default:
      throw new Error(`internal error: cannot assign to ${b.scope} ${id.name}`);
  }
}

export type { Value };
