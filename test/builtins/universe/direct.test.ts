// The universe as an embedder sees it: the exact set of names, and builtins called
// directly with a Thread (no parser involved).

import { describe, expect, it } from 'vitest';
import { starlarkExtras, universe } from '../../../builtins/universe/index.js';
import { call } from '../../../src/starlark/call.js';
import { backtrace, callStack } from '../../../src/starlark/errors.js';
import { Thread } from '../../../src/starlark/thread.js';
import { Builtin } from '../../../src/starlark/values/builtin.js';
import { Float } from '../../../src/starlark/values/float.js';
import { List } from '../../../src/starlark/values/list.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';

const names =
  'None True False abs all any bool bytes chr dict dir enumerate fail float getattr hasattr hash int len list max min ord print range repr reversed set sorted str tuple type zip';

describe('universe', () => {
  it('has exactly the names of starlark-go at Tilt pin', () => {
    expect([...universe.keys()].sort()).toEqual(names.split(' ').sort());
    expect(universe.get('None')).toBe(None);
    expect(universe.get('True')).toBe(true);
    for (const [k, v] of universe) if (v instanceof Builtin) expect(v.name).toBe(k);
  });

  it('gives struct, module and json as extras, json fresh per call', () => {
    const a = starlarkExtras();
    expect([...a.keys()]).toEqual(['struct', 'module', 'json']);
    expect(repr(a.get('json')!)).toBe('<module "json">');
    expect(starlarkExtras().get('json')).not.toBe(a.get('json'));
  });
});

describe('direct calls', () => {
  const t = new Thread({ print: () => {} });
  const f = (name: string): Value => universe.get(name)!;

  it('runs builtins without a parser', () => {
    expect(call(t, f('len'), ['abc'], null)).toBe(3);
    expect(repr(call(t, f('sorted'), [new List([3, 1, 2])], [['reverse', true]]))).toBe('[3, 2, 1]');
    expect(repr(call(t, f('max'), [new Float(1.5), 2], null))).toBe('2');
    expect(repr(call(t, f('dict'), [], [['a', 1]]))).toBe('{"a": 1}');
  });

  it('calls back into callables (key functions)', () => {
    const neg = new Builtin('neg', (_t, args) => -(args[0] as number));
    expect(repr(call(t, f('sorted'), [new List([1, 3, 2])], [['key', neg]]))).toBe('[3, 2, 1]');
    expect(call(t, f('min'), [1, 3, 2], [['key', neg]])).toBe(3);
  });

  it('sends print through the thread hook', () => {
    const lines: string[] = [];
    const pt = new Thread({ print: (_t, msg) => lines.push(msg) });
    call(pt, f('print'), ['x', 1, None], [['sep', '|']]);
    expect(lines).toEqual(['x|1|None']);
  });

  it('reports errors with the builtin frame', () => {
    try {
      call(t, f('fail'), ['boom', 1], null);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StarlarkError);
      expect((e as StarlarkError).msg).toBe('fail: boom 1');
      expect(callStack(e as StarlarkError).map((fr) => fr.name)).toEqual(['fail']);
      expect(backtrace(e as StarlarkError)).toContain('Error in fail: fail: boom 1');
    }
  });

  it('builds structs and modules', () => {
    const ex = starlarkExtras();
    expect(repr(call(t, ex.get('struct')!, [], [['b', 1], ['a', 'x']]))).toBe('struct(a = "x", b = 1)');
    expect(repr(call(t, ex.get('module')!, ['m'], [['a', 1]]))).toBe('<module "m">');
  });
});
