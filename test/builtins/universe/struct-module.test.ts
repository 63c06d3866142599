// struct() and module() values.

import { describe, expect, it } from 'vitest';
import { Struct } from '../../../builtins/universe/struct.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { equals } from '../../../src/starlark/ops/compare.js';
import { binary } from '../../../src/starlark/ops/binary.js';
import { getAttr } from '../../../src/starlark/ops/attr.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { callAfterFreeze, errorOf, outcome } from './helpers.js';

describe('struct and module', () => {
  it.each([
    ['struct(a=1, b="x")', 'struct(a = 1, b = "x")'],
    ['struct(1)', 'ERR struct: unexpected positional arguments'],
    ['struct(b=[1], a=(1,))', 'struct(a = (1,), b = [1])'],
    ['struct(a=1) == struct(a=1)', 'True'],
    ['struct(a=1) == struct(a=2)', 'False'],
    ['struct(a=1) != struct(b=1)', 'True'],
    ['struct(a=1) < struct(a=2)', 'ERR struct < struct not implemented'],
    ['struct(a=1) + struct(b=2)', 'struct(a = 1, b = 2)'],
    ['struct(a=1, b=1) + struct(b=2)', 'struct(a = 1, b = 2)'],
    ['struct(a=1) + 1', 'ERR unknown binary op: struct + int'],
    ['1 + struct(a=1)', 'ERR unknown binary op: int + struct'],
    ['struct(a=1).b', 'ERR struct has no .b attribute'],
    ['struct(a=1, bb=2).b', 'ERR struct has no .b attribute'],
    ['struct(apple=1).appel', 'ERR struct has no .appel attribute (did you mean .apple?)'],
    ['{struct(a=1): 1}', '{struct(a = 1): 1}'],
    ['{struct(a=[]): 1}', 'ERR unhashable type: list'],
    ['str(struct(a=1))', '"struct(a = 1)"'],
    ['struct() == struct()', 'True'],
    ['bool(struct())', 'True'],
    ['struct(a=struct(b=None))', 'struct(a = struct(b = None))'],
    ['module("m")', '<module "m">'],
    ['module("m", a=1).a', '1'],
    ['module("m", a=1).b', 'ERR module has no .b field or method'],
    ['module("m", aa=1).a', 'ERR module has no .a field or method'],
    ['module()', 'ERR module: got 0 arguments, want 1'],
    ['module(1)', 'ERR module: for parameter 1: got int, want string'],
    ['module("m", "n")', 'ERR module: got 2 arguments, want 1'],
    ['dir(module("m", b=1, a=2))', '["a", "b"]'],
    ['{module("m"): 1}', 'ERR unhashable: module'],
    ['module("m") == module("m")', 'False'],
    ['struct', '<built-in function struct>'],
    ['module', '<built-in function module>'],
    ['type(struct(a=1))', '"struct"'],
    ['type(module("m"))', '"module"'],
    ['getattr(struct(a=1), "b")', 'ERR getattr: struct has no .b attribute'],
    ['hasattr(module("m", a=1), "a")', 'True'],
    ['module("a\\"b")', '<module "a\\"b">'],
    ['struct(a=1).a', '1'],
    ['json.encode(struct(b=1, a=struct(z=None)))', '"{\\"a\\":{\\"z\\":null},\\"b\\":1}"'],
    ['struct(a=1, c=[1, "x"], b=struct())', 'struct(a = 1, b = struct(), c = [1, "x"])'],
  ])('%s', (expr, want) => {
    expect(outcome(expr)).toBe(want);
  });

  it('is immutable but its field values are not', () => {
    expect(errorOf('s = struct(a=1)\ns.a = 2')).toBe("can't assign to .a field of struct");
    expect(errorOf('m = module("m", a=1)\nm.a = 2')).toBe("can't assign to .a field of module");
    expect(outcome('f()', 's = struct(a=[])\ndef f():\n    s.a.append(1)\n    return s')).toBe('struct(a = [1])');
    expect(callAfterFreeze('s = struct(a=[])\ndef f():\n    s.a.append(1)\n')).toBe('append: cannot append to frozen list');
    expect(callAfterFreeze('m = module("m", a=[])\ndef f():\n    m.a.append(1)\n')).toBe('append: cannot append to frozen list');
  });

  it('supports branded constructors', () => {
    const sym = 'hostport-symbol';
    const a = new Struct(sym, [['port', 80], ['host', 'localhost']]);
    const b = new Struct(sym, [['host', 'localhost'], ['port', 80]]);
    const plain = new Struct('struct', [['host', 'localhost'], ['port', 80]]);
    expect(repr(a)).toBe('"hostport-symbol"(host = "localhost", port = 80)');
    expect(equals(a, b)).toBe(true);
    expect(equals(a, plain)).toBe(false);
    expect(() => getAttr(a, 'protocol')).toThrow('hostport-symbol struct has no .protocol attribute');
    expect(() => binary('+', a, plain)).toThrow(new StarlarkError('cannot add structs of different constructors: hostport-symbol + struct'));
  });
});
