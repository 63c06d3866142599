// Commands as Tilt takes them: a string runs through `sh -c` (trimmed), a list is argv,
// "" / [] / None mean "no command".

import { toHost } from '../../grammar/utf8.js';
import { None, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import { typeOf } from '../../src/starlark/values/builtin.js';
import { Blob } from './blob.js';
import type { Conv } from './declare.js';
import { goTypeName } from './go-types.js';
import { sequenceElems } from './convert.js';

/** argv for a shell script. */
export function shellArgv(script: string): string[] {
  return ['sh', '-c', script];
}

export function toCommand(v: Value): string[] {
  if (v === None) return [];
  if (typeof v === 'string' || v instanceof Blob) {
    const s = toHost(typeof v === 'string' ? v : v.text).trim();
    return s === '' ? [] : shellArgv(s);
  }
  const elems = sequenceElems(v);
  if (!elems) throw new StarlarkError(`a command must be a string or list of strings. found ${goTypeName(v)}`);
  return elems.map((e) => {
    if (typeof e !== 'string') {
      throw new StarlarkError(`a command must be a string or a list of strings: element ${typeOf(e)} is not a string`);
    }
    return toHost(e);
  });
}

export const command: Conv<string[]> = (v) => toCommand(v);

/** How a command is shown in logs: the script of `sh -c`, else argv joined by spaces. */
export function displayCommand(argv: string[]): string {
  if (argv.length === 3 && argv[0] === 'sh' && argv[1] === '-c') return argv[2];
  return argv.join(' ');
}
