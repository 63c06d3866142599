// The methods of Starlark bytes values. As of the starlark-go Tilt pins, bytes has a
// single method, elems(), whose view yields the bytes as ints (see values/bytes.ts).
//
// Importing this module registers the table.

import { registerMethods } from '../ops/attr.js';
import { BytesElems, type Bytes } from '../values/bytes.js';
import type { MethodImpl } from '../values/builtin.js';
import { unpackPositional } from '../unpack.js';
import type { Thread } from '../thread.js';

const elems: MethodImpl = (_t: Thread, recv: Bytes, args, kwargs, name) => {
  unpackPositional(name, args, kwargs, 0);
  return new BytesElems(recv.data);
};

export const bytesMethods: Record<string, MethodImpl> = { elems };

registerMethods('bytes', bytesMethods);
