// Plugins: each Tilt module or builtin group is a plugin contributing names to the
// Tiltfile's predeclared environment. Dotted names ("os.path.join") build nested modules.

import type { Value } from '../../src/starlark/values/value.js';
import { unsupportedBuiltin } from './declare.js';
import { TiltModule } from './module-value.js';

export interface TiltPlugin {
  name: string;
  /** names it adds, possibly dotted ("os.path.join"), with their values */
  globals: ReadonlyMap<string, Value> | Record<string, Value>;
}

/** The predeclared environment of a Tiltfile: every plugin's names, modules assembled. */
export function buildEnvironment(plugins: readonly TiltPlugin[], expected: readonly string[]): Map<string, Value> {
  const flat = new Map<string, Value>();
  for (const p of plugins) {
    const entries = p.globals instanceof Map ? [...p.globals] : Object.entries(p.globals);
    for (const [name, v] of entries) {
      if (flat.has(name)) throw new Error(`internal error: plugin ${p.name} redefines ${name}`);
      flat.set(name, v);
    }
  }
  for (const name of expected) if (!flat.has(name)) flat.set(name, unsupportedBuiltin(name));
  return nest(flat);
}

/** Turns dotted names into module values: {"os.path.join": f} → os = [module os] with path = [module os.path]. */
function nest(flat: Map<string, Value>): Map<string, Value> {
  const top = new Map<string, Value>();
  const modules = new Map<string, Map<string, Value>>();
  const membersOf = (path: string): Map<string, Value> => {
    let m = modules.get(path);
    if (!m) {
      m = new Map();
      modules.set(path, m);
    }
    return m;
  };
  for (const [name, v] of flat) {
    const parts = name.split('.');
    if (parts.length === 1) {
      top.set(name, v);
      continue;
    }
    membersOf(parts.slice(0, -1).join('.')).set(parts[parts.length - 1], v);
    for (let i = parts.length - 2; i >= 1; i--) membersOf(parts.slice(0, i).join('.'));
  }
  // Build the deepest modules first so parents can hold them.
  const paths = [...modules.keys()].sort((a, b) => b.split('.').length - a.split('.').length);
  const built = new Map<string, TiltModule>();
  for (const path of paths) {
    const members = modules.get(path)!;
    const mod = new TiltModule(path, members);
    built.set(path, mod);
    const dot = path.lastIndexOf('.');
    if (dot < 0) top.set(path, mod);
    else membersOf(path.slice(0, dot)).set(path.slice(dot + 1), mod);
  }
  return top;
}
