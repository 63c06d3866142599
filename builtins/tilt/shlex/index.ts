// The shlex module (reference §1.12): shlex.quote(name), POSIX shell quoting as Tilt does
// it: strings of safe characters pass unchanged, '' for the empty string, otherwise the
// text is single-quoted with each ' written as '"'"'.

import { StarlarkError } from '../../../src/starlark/values/value.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { defineBuiltin, type Conv, type TiltPlugin } from '../../kit/index.js';

const UNSAFE = /[^\w@%+=:,./-]/;

/** Quotes a byte string (non-ASCII bytes are never safe). */
export function shellQuote(s: string): string {
  if (s === '') return "''";
  if (!UNSAFE.test(s)) return s;
  return "'" + s.split("'").join(`'"'"'`) + "'";
}

const plainBytes: Conv<string> = (v) => {
  if (typeof v !== 'string') throw new StarlarkError(`got ${typeOf(v)}, want string`);
  return v;
};

const quote = defineBuiltin('shlex.quote', { name: plainBytes }, (_cx, a) => shellQuote(a.name));

export const shlexPlugin: TiltPlugin = { name: 'shlex', globals: { 'shlex.quote': quote } };
