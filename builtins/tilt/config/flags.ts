// Parsing Tiltfile args (`tilt up -- --foo bar baz`) the way Tilt does with spf13/pflag:
// `--name value`, `--name=value`, bare `--name` for bools, `--` ending the flags,
// positional args anywhere, no shorthand flags. Errors and the usage listing use pflag's
// wording and layout. All text here is host text.

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import type { SettingValue } from './values.js';

export interface FlagDef {
  name: string;
  usage: string;
  value: SettingValue;
  /** pflag's DefValue: the value's text when the flag was registered */
  defValue: string;
}

/** Go's %q of host text. */
function goQuote(s: string): string {
  return toHost(quoteString(fromHost(s)));
}

/** Parses `args` against `flags`; returns the positional args or throws Error(pflag's message). */
export function parseFlags(flags: FlagDef[], args: string[]): string[] {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const positional: string[] = [];
  const set = (f: FlagDef, value: string): void => {
    try {
      f.value.set(value);
    } catch (e) {
      throw new Error(`invalid argument ${goQuote(value)} for ${goQuote(`--${f.name}`)} flag: ${(e as Error).message}`);
    }
  };
  for (let i = 0; i < args.length; i++) {
    const s = args[i];
    if (s.length < 2 || s[0] !== '-') {
      positional.push(s);
      continue;
    }
    if (s === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (s[1] !== '-') {
      // No setting has a shorthand, so the first letter is always unknown.
      const c = s[1];
      if (c === 'h') throw new Error('pflag: help requested');
      throw new Error(`unknown shorthand flag: ${goQuote(c).replace(/^"|"$/g, "'")} in ${s}`);
    }
    const body = s.slice(2);
    if (body[0] === '-' || body[0] === '=') throw new Error(`bad flag syntax: ${s}`);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const f = byName.get(name);
    if (!f) {
      if (name === 'help') throw new Error('pflag: help requested');
      throw new Error(`unknown flag: --${name}`);
    }
    if (eq >= 0) set(f, body.slice(eq + 1));
    else if (f.value.kind === 'bool') set(f, 'true');
    else if (i + 1 < args.length) set(f, args[++i]);
    else throw new Error(`flag needs an argument: ${s}`);
  }
  return positional;
}

/** pflag's UnquoteUsage: a `back-quoted` word in the usage names the value. */
function unquoteUsage(f: FlagDef): [string, string] {
  const i = f.usage.indexOf('`');
  if (i >= 0) {
    const j = f.usage.indexOf('`', i + 1);
    if (j >= 0) {
      const name = f.usage.slice(i + 1, j);
      return [name, f.usage.slice(0, i) + name + f.usage.slice(j + 1)];
    }
  }
  const t = f.value.flagType;
  return [t === 'bool' ? '' : t, f.usage];
}

/** pflag's FlagUsages(): one aligned line per flag, sorted by name. */
export function flagUsages(flags: FlagDef[]): string {
  const lines: [string, string][] = [];
  let maxlen = 0;
  for (const f of [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const [varname, usage] = unquoteUsage(f);
    let head = `      --${f.name}`;
    if (varname !== '') head += ' ' + varname;
    maxlen = Math.max(maxlen, head.length + 1);
    let tail = usage;
    if (!['', '0', 'false', '<nil>'].includes(f.defValue)) {
      tail += f.value.flagType === 'string' ? ` (default ${goQuote(f.defValue)})` : ` (default ${f.defValue})`;
    }
    lines.push([head, tail]);
  }
  return lines
    .map(([head, tail]) => `${head} ${' '.repeat(maxlen - head.length)} ${tail.split('\n').join('\n' + ' '.repeat(maxlen + 2))}\n`)
    .join('');
}
