// Values the starlark-go evaluator tests predeclare: `hasfields()` (a value with arbitrary
// settable fields, hash 42, and `list + hasfields == 42`) and `fibonacci` (an infinite,
// unhashable iterable). They exist only for the conformance suite.

import { NoSuchAttrError } from '../src/starlark/ops/attr.js';
import { Builtin, type Kwargs } from '../src/starlark/values/builtin.js';
import { List } from '../src/starlark/values/list.js';
import { A, unpackArgs } from '../src/starlark/unpack.js';
import { Struct } from '../builtins/universe/index.js';
import { None, StarObject, StarlarkError, type HashKey, type StarIterator, type Value } from '../src/starlark/values/value.js';

class HasFields extends StarObject {
  readonly typeName = 'hasfields';
  private frozen = false;
  private readonly attrs = new Map<string, Value>();
  writeRepr(out: string[]): void {
    out.push('hasfields');
  }
  override hashKey(): HashKey {
    return this;
  }
  override freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    for (const v of this.attrs.values()) if (typeof v === 'object') v.freeze();
  }
  override getAttr(name: string): Value | undefined {
    return this.attrs.get(name);
  }
  override attrNames(): string[] {
    return [...this.attrs.keys()].sort();
  }
  override setAttr(name: string, v: Value): void {
    if (this.frozen) throw new StarlarkError('cannot set field on a frozen hasfields');
    if (name.startsWith('no')) throw new NoSuchAttrError(`no .${name} field`);
    this.attrs.set(name, v);
  }
  override binaryOp(op: string, other: Value): Value | undefined {
    return op === '+' && other instanceof List ? 42 : undefined;
  }
}

class Fibonacci extends StarObject {
  readonly typeName = 'fib';
  writeRepr(out: string[]): void {
    out.push('fib');
  }
  override hashKey(): HashKey {
    throw new StarlarkError('fib is unhashable');
  }
  override iterate(): StarIterator {
    let x = 0;
    let y = 1;
    return {
      next: () => {
        const r = x;
        [x, y] = [y, x + y];
        return r;
      },
      done: () => {},
    };
  }
}

/** A symbol made by gensym(name): a constructor of branded structs (struct_test.go's helper). */
class SymbolValue extends StarObject {
  readonly typeName = 'symbol';
  constructor(readonly name: string) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(this.name);
  }
  override hashKey(): HashKey {
    throw new StarlarkError('unhashable: symbol');
  }
  override callAs(_t: unknown, args: Value[], kwargs: Kwargs | null): Value {
    if (args.length > 0) throw new StarlarkError(`${this.name}: unexpected positional arguments`);
    return new Struct(this, kwargs ?? []);
  }
}

const gensym = new Builtin('gensym', (_t, args, kwargs) => {
  const [name] = unpackArgs('gensym', args, kwargs, 'name', A.string);
  return new SymbolValue(name);
});

export function testPredeclared(): Map<string, Value> {
  return new Map<string, Value>([
    [
      'hasfields',
      new Builtin('hasfields', (_t, args: Value[], kwargs: Kwargs | null, self) => {
        if (args.length + (kwargs?.length ?? 0) > 0) throw new StarlarkError(`${self.name}: unexpected arguments`);
        return new HasFields();
      }),
    ],
    ['fibonacci', new Fibonacci()],
    ['gensym', gensym],
  ]);
}

/** The `b` a bench_* function receives: b.n iterations, and timer controls that do nothing here. */
export function benchmarkValue(n: number): Value {
  const noop = (name: string) => new Builtin(name, () => None);
  return new Struct('benchmark', [
    ['n', n],
    ['restart', noop('restart')],
    ['start', noop('start')],
    ['stop', noop('stop')],
  ]);
}
