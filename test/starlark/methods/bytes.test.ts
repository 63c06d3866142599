// bytes has one method, elems(); its view is iterable only (starlark-go's bytesIterable).
import { describe, expect, it } from 'vitest';
import '../../../src/starlark/methods/index.js';
import { attrNames, getAttr, methodsOf } from '../../../src/starlark/ops/attr.js';
import { equals } from '../../../src/starlark/ops/compare.js';
import { getIndex } from '../../../src/starlark/ops/index.js';
import { toArray } from '../../../src/starlark/ops/iterate.js';
import { lengthOf, truth } from '../../../src/starlark/ops/truth.js';
import { Thread } from '../../../src/starlark/thread.js';
import { typeOf, type Kwargs } from '../../../src/starlark/values/builtin.js';
import { Bytes } from '../../../src/starlark/values/bytes.js';
import { hashKeyOf } from '../../../src/starlark/values/hash-key.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';

function elems(data: string, args: Value[] = [], kwargs: Kwargs | null = null): Value {
  return methodsOf('bytes')!.elems(new Thread(), new Bytes(data), args, kwargs, 'elems');
}

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof StarlarkError) return e.msg;
    throw e;
  }
  throw new Error('no error');
}

describe('bytes methods', () => {
  it('are just elems', () => {
    expect(attrNames(new Bytes('ab'))).toEqual(['elems']);
    expect(repr(getAttr(new Bytes('ab'), 'elems'))).toBe('<built-in method elems of bytes value>');
    expect(err(() => getAttr(new Bytes('ab'), 'upper'))).toBe('bytes has no .upper field or method');
  });
  it('elems() yields the byte values', () => {
    expect(toArray(elems('a\xff\x00\xc3\xa9'))).toEqual([0x61, 0xff, 0, 0xc3, 0xa9]);
    expect(toArray(elems(''))).toEqual([]);
  });
  it('elems() view: type, repr, truth, hash, equality', () => {
    const v = elems('a\xff"');
    expect(typeOf(v)).toBe('bytes.elems');
    expect(repr(v)).toBe('b"a\\xff\\"".elems()');
    expect(truth(elems(''))).toBe(true);
    expect(err(() => hashKeyOf(v))).toBe('unhashable: bytes.elems');
    expect(equals(elems('ab'), elems('ab'))).toBe(true);
    expect(equals(elems('ab'), elems('abc'))).toBe(false);
  });
  it('elems() view has no len and no index', () => {
    expect(lengthOf(elems('ab'))).toBe(-1);
    expect(err(() => getIndex(elems('ab'), 0))).toBe('unhandled index operation bytes.elems[int]');
  });
  it('elems() takes no arguments', () => {
    expect(err(() => elems('a', [1]))).toBe('elems: got 1 arguments, want 0');
    expect(err(() => elems('a', [], [['x', 1]]))).toBe('elems: unexpected keyword arguments');
  });
});
