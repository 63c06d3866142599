// The methods of Starlark strings (starlark-go as pinned by Tilt, 2024): registration,
// plus the methods that take no arguments and map or test the whole string.
//
// Importing this module registers the table; `stringMethods` is also exported for
// callers (and tests) that want the implementations without going through getattr.

import { registerMethods } from '../ops/attr.js';
import * as ops from '../text/string-ops.js';
import type { MethodImpl } from '../values/builtin.js';
import { unpackPositional } from '../unpack.js';
import type { Thread } from '../thread.js';
import { formatMethods } from './string-format.js';
import { searchMethods } from './string-search.js';
import { splitMethods } from './string-split.js';
import { viewMethods } from './string-views.js';

/** A method with no parameters whose result depends only on the receiver. */
function nullary(f: (s: string) => string | boolean): MethodImpl {
  return (_t: Thread, recv: string, args, kwargs, name) => {
    if (args.length !== 0 || kwargs !== null) unpackPositional(name, args, kwargs, 0);
    return f(recv);
  };
}

export const stringMethods: Record<string, MethodImpl> = {
  capitalize: nullary(ops.capitalize),
  isalnum: nullary(ops.isAlnum),
  isalpha: nullary(ops.isAlpha),
  isdigit: nullary(ops.isDigit),
  islower: nullary(ops.isLower),
  isspace: nullary(ops.isSpace),
  istitle: nullary(ops.isTitle),
  isupper: nullary(ops.isUpper),
  lower: nullary(ops.lower),
  title: nullary(ops.title),
  upper: nullary(ops.upper),
  ...formatMethods,
  ...searchMethods,
  ...splitMethods,
  ...viewMethods,
};

registerMethods('string', stringMethods);
