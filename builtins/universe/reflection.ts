// Universe functions about values themselves and the outside world:
// dir fail getattr hasattr hash print type.

import { attrNames, getAttrOrUndefined } from '../../src/starlark/ops/attr.js';
import { bytesHash, stringHash } from '../../src/starlark/text/hash.js';
import { A, unpackArgs, unpackPositional } from '../../src/starlark/unpack.js';
import { Builtin, typeOf, type Kwargs } from '../../src/starlark/values/builtin.js';
import { Bytes } from '../../src/starlark/values/bytes.js';
import { List } from '../../src/starlark/values/list.js';
import { repr } from '../../src/starlark/values/repr.js';
import { None, StarObject, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import type { Thread } from '../../src/starlark/thread.js';
import { noKwargs } from './args.js';

function dir(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('dir', kwargs);
  if (args.length !== 1) throw new StarlarkError(`dir: got ${args.length} arguments, want 1`);
  return new List(attrNames(args[0]));
}

function getattr(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x, name, dflt] = unpackPositional('getattr', args, kwargs, 2, A.value, A.string, A.value) as [Value, string, Value | undefined];
  let v: Value | undefined;
  try {
    v = getAttrOrUndefined(x, name);
  } catch (e) {
    // A field that exists but fails to compute: the default wins, as in starlark-go.
    if (!(e instanceof StarlarkError)) throw e;
    if (dflt !== undefined) return dflt;
    throw new StarlarkError(`getattr: ${e.msg}`);
  }
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  const msg = x instanceof StarObject && x.noSuchAttrMessage ? x.noSuchAttrMessage(name) : `${typeOf(x)} has no .${name} field or method`;
  throw new StarlarkError(`getattr: ${msg}`);
}

function hasattr(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x, name] = unpackPositional('hasattr', args, kwargs, 2, A.value, A.string) as [Value, string];
  try {
    return getAttrOrUndefined(x, name) !== undefined;
  } catch (e) {
    // An attribute that fails to compute may still exist: ask for the names.
    if (!(e instanceof StarlarkError)) throw e;
    return attrNames(x).includes(name);
  }
}

function hash(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [x] = unpackPositional('hash', args, kwargs, 1, A.value);
  if (typeof x === 'string') return stringHash(x);
  if (x instanceof Bytes) return bytesHash(x.data);
  throw new StarlarkError(`hash: got ${typeOf(x)}, want string or bytes`);
}

/** print's text for one argument: strings and bytes as they are, anything else as repr. */
function printed(v: Value, rawBytes: boolean): string {
  if (typeof v === 'string') return v;
  if (rawBytes && v instanceof Bytes) return v.data;
  return repr(v);
}

function print(thread: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [sep = ' '] = unpackArgs('print', [], kwargs, 'sep?', A.string) as [string | undefined];
  thread.print(thread, args.map((v) => printed(v, true)).join(sep));
  return None;
}

function fail(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  const [sep = ' '] = unpackArgs('fail', [], kwargs, 'sep?', A.string) as [string | undefined];
  throw new StarlarkError('fail: ' + args.map((v) => printed(v, false)).join(sep));
}

function type(_t: Thread, args: Value[], kwargs: Kwargs | null): Value {
  noKwargs('type', kwargs);
  if (args.length !== 1) throw new StarlarkError(`type: got ${args.length} arguments, want exactly 1`);
  return typeOf(args[0]);
}

export const reflectionBuiltins: Builtin[] = [
  new Builtin('dir', dir),
  new Builtin('fail', fail),
  new Builtin('getattr', getattr),
  new Builtin('hasattr', hasattr),
  new Builtin('hash', hash),
  new Builtin('print', print),
  new Builtin('type', type).withUnary((x) => typeOf(x)),
];
