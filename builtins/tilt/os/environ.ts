// os.environ: a live, dict-like view of the environment Tilt passes to the processes it
// starts (the load's Host env). Reads and writes go straight to it, so a Tiltfile's
// `os.environ['X'] = 'y'` affects later local() calls. Keys and values may be blobs.
// Method errors are prefixed with the method name, as Tilt's copy of starlark-go's dict
// methods does ("pop: missing key").

import { fromHost } from '../../../grammar/utf8.js';
import { compareDepth } from '../../../src/starlark/ops/compare.js';
import { isIterable, iterate, toArray } from '../../../src/starlark/ops/iterate.js';
import { lengthOf } from '../../../src/starlark/ops/truth.js';
import { unpackPositional } from '../../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../../src/starlark/values/builtin.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { List } from '../../../src/starlark/values/list.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { makeTuple } from '../../../src/starlark/values/tuple.js';
import { None, StarObject, StarlarkError, type CompareOp, type HashKey, type StarIterator, type Value } from '../../../src/starlark/values/value.js';
import { asStringable, type Host } from '../../kit/index.js';

/** Sets a variable as Go's os.Setenv would; names Go rejects are silently ignored (as Tilt ignores the error). */
export function setEnv(host: Host, key: string, value: string): void {
  if (key === '' || key.includes('=') || key.includes('\0') || value.includes('\0')) return;
  host.env[key] = value;
}

export function unsetEnv(host: Host, key: string): void {
  delete host.env[key];
}

type Method = (self: Environ, args: Value[], kwargs: Kwargs | null, name: string) => Value;

const arity = (name: string, args: Value[], kwargs: Kwargs | null, min: number, max: number): Value[] =>
  unpackPositional(name, args, kwargs, min, ...Array.from({ length: max }, () => (v: Value) => v));

const METHODS: Record<string, Method> = {
  clear(self, args, kwargs, name) {
    arity(name, args, kwargs, 0, 0);
    for (const k of Object.keys(self.host.env)) unsetEnv(self.host, k);
    return None;
  },
  get(self, args, kwargs, name) {
    const [k, dflt] = arity(name, args, kwargs, 1, 2);
    return self.lookup(k) ?? dflt ?? None;
  },
  items(self, args, kwargs, name) {
    arity(name, args, kwargs, 0, 0);
    return new List(self.entries().map(([k, v]) => makeTuple([fromHost(k), fromHost(v)])));
  },
  keys(self, args, kwargs, name) {
    arity(name, args, kwargs, 0, 0);
    return new List(self.entries().map(([k]) => fromHost(k)));
  },
  values(self, args, kwargs, name) {
    arity(name, args, kwargs, 0, 0);
    return new List(self.entries().map(([, v]) => fromHost(v)));
  },
  pop(self, args, kwargs, name) {
    const [k, dflt] = arity(name, args, kwargs, 1, 2);
    const v = self.lookup(k);
    if (v !== undefined) {
      unsetEnv(self.host, asStringable(k)!);
      return v;
    }
    if (dflt !== undefined) return dflt;
    throw new StarlarkError(`${name}: missing key`);
  },
  popitem(self, args, kwargs, name) {
    arity(name, args, kwargs, 0, 0);
    const first = self.entries()[0];
    if (!first) throw new StarlarkError(`${name}: empty environ`);
    unsetEnv(self.host, first[0]);
    return makeTuple([fromHost(first[0]), fromHost(first[1])]);
  },
  setdefault(self, args, kwargs, name) {
    const [k, dflt = None] = arity(name, args, kwargs, 1, 2);
    const v = self.lookup(k);
    if (v !== undefined) return v;
    self.wrap(name, () => self.set(k, dflt));
    return dflt;
  },
  update(self, args, kwargs, name) {
    if (args.length > 1) throw new StarlarkError(`${name}: got ${args.length} arguments, want at most 1`);
    self.wrap(name, () => {
      if (args.length === 1) self.updateFrom(args[0]);
      for (const [k, v] of kwargs ?? []) self.set(k, v);
    });
    return None;
  },
};

export class Environ extends StarObject {
  readonly typeName = 'environ';
  constructor(readonly host: Host) {
    super();
  }

  /** The variables, as host strings, in the environment's order. */
  entries(): [string, string][] {
    const out: [string, string][] = [];
    for (const [k, v] of Object.entries(this.host.env)) if (v !== undefined) out.push([k, v]);
    return out;
  }

  asDict(): Dict {
    const d = new Dict();
    for (const [k, v] of this.entries()) d.setUnchecked(fromHost(k), fromHost(v));
    return d;
  }

  /** The value for a key, or undefined when absent (non-string keys are never present). */
  lookup(k: Value): Value | undefined {
    const key = asStringable(k);
    if (key === undefined) return undefined;
    const v = this.host.env[key];
    return v === undefined ? undefined : fromHost(v);
  }

  set(k: Value, v: Value): void {
    const key = asStringable(k);
    if (key === undefined) throw new StarlarkError(`putenv() key must be a string, not ${typeOf(k)}`);
    const val = asStringable(v);
    if (val === undefined) throw new StarlarkError(`putenv() value must be a string, not ${typeOf(v)}`);
    setEnv(this.host, key, val);
  }

  updateFrom(src: Value): void {
    if (src instanceof Dict || src instanceof Environ) {
      const pairs = src instanceof Dict ? src.entries() : src.asDict().entries();
      for (const [k, v] of pairs) this.set(k, v);
      return;
    }
    if (!isIterable(src)) throw new StarlarkError(`got ${typeOf(src)}, want iterable`);
    toArray(src).forEach((pair, i) => {
      if (!isIterable(pair)) throw new StarlarkError(`dictionary update sequence element #${i} is not iterable (${typeOf(pair)})`);
      const n = lengthOf(pair);
      if (n !== 2) throw new StarlarkError(`dictionary update sequence element #${i} has length ${n}, want 2`);
      const [k, v] = toArray(pair);
      this.set(k, v);
    });
  }

  wrap(name: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (e instanceof StarlarkError) throw new StarlarkError(`${name}: ${e.msg}`);
      throw e;
    }
  }

  writeRepr(out: string[], path: StarObject[]): void {
    this.asDict().writeRepr(out, path);
  }
  override truth(): boolean {
    return this.entries().length > 0;
  }
  override hashKey(): HashKey {
    throw new StarlarkError('unhashable type: environ');
  }
  override compareSameType(op: CompareOp, other: StarObject, depth: number): boolean {
    return compareDepth(op, this.asDict(), (other as Environ).asDict(), depth);
  }
  override getAttr(name: string): Value | undefined {
    const m = METHODS[name];
    if (!m) return undefined;
    return new Builtin(name, (_t, args, kwargs) => m(this, args, kwargs, name), this);
  }
  override attrNames(): string[] {
    return Object.keys(METHODS).sort();
  }
  override iterate(): StarIterator {
    return iterate(new List(this.entries().map(([k]) => fromHost(k))));
  }
  override len(): number {
    return this.entries().length;
  }
  override getItem(k: Value): Value {
    const v = this.lookup(k);
    if (v === undefined) throw new StarlarkError(`key ${repr(k)} not in environ`);
    return v;
  }
  override setItem(k: Value, v: Value): void {
    this.set(k, v);
  }
}
