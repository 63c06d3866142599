// config.parse(): settings from tilt_config.json (next to the calling Tiltfile), then
// from the Tiltfile args, args winning per setting. Only settings that were given appear
// in the result. Errors are plain Errors with Tilt's text (host text).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBytes, fromHost, toHost } from '../../../grammar/utf8.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { None, type Value } from '../../../src/starlark/values/value.js';
import { decodeGoJson } from '../data/index.js';
import { goPathError, isNotExist } from '../files/read.js';
import { flagUsages, parseFlags, type FlagDef } from './flags.js';
import type { ConfigState } from './state.js';
import { SettingValue } from './values.js';

export const USER_CONFIG_FILE = 'tilt_config.json';

export function userConfigPath(dir: string): string {
  return join(dir, USER_CONFIG_FILE);
}

/** Settings given in the config file (a missing file gives none). */
function readConfigFile(st: ConfigState, path: string): Map<string, SettingValue> {
  const out = new Map<string, SettingValue>();
  // Most projects have no tilt_config.json: skip building the error readFileSync would throw.
  if (!existsSync(path)) return out;
  let text: string;
  try {
    text = fromBytes(readFileSync(path));
  } catch (e) {
    if (isNotExist(e)) return out;
    throw new Error(`error opening ${path}: ${goPathError('open', path, e)}`);
  }
  let doc: Value;
  try {
    doc = decodeGoJson(text);
  } catch (e) {
    throw new Error(`error parsing json from ${path}: ${toHost((e as Error).message)}`);
  }
  if (!(doc instanceof Dict)) {
    if (doc === None) return out;
    throw new Error(`error parsing json from ${path}: ReadMapCB: expect { or n, but found ${text.trim()[0]}`);
  }
  for (const [k, v] of doc.entries()) {
    const name = toHost(k as string);
    const def = st.defs.get(name);
    if (!def) throw new Error(`${path} specified unknown setting name '${name}'`);
    const sv = new SettingValue(def.kind);
    try {
      sv.setFromFile(v);
    } catch (e) {
      throw new Error(`${path} specified invalid value for setting ${name}: ${(e as Error).message}`);
    }
    out.set(name, sv);
  }
  return out;
}

/** Settings given as Tiltfile args. */
function parseArgs(st: ConfigState, args: string[]): Map<string, SettingValue> {
  const values = new Map<string, SettingValue>();
  const flags: FlagDef[] = [];
  for (const [name, def] of st.defs) {
    const value = new SettingValue(def.kind);
    values.set(name, value);
    if (name !== st.positional) flags.push({ name, usage: def.usage, value, defValue: value.toString() });
  }
  let positional: string[];
  try {
    positional = parseFlags(flags, args);
  } catch (e) {
    throw new Error(`invalid Tiltfile config args: ${(e as Error).message}\nUsage:\n${flagUsages(flags)}`);
  }
  if (positional.length > 0) {
    if (st.positional === '') {
      throw new Error(
        `positional CLI args (${toHost(quoteString(fromHost(positional.join(' '))))}) were specified, but none were expected.\n` +
          'See https://docs.tilt.dev/tiltfile_config.html#positional-arguments for examples.',
      );
    }
    const target = values.get(st.positional)!;
    for (const arg of positional) {
      try {
        target.set(arg);
      } catch (e) {
        throw new Error(`error setting positional arg ${st.positional}: ${(e as Error).message}`);
      }
    }
  }
  return values;
}

/** The dict config.parse() returns. */
export function parseConfig(st: ConfigState, dir: string, args: string[]): Dict {
  const merged = readConfigFile(st, userConfigPath(dir));
  for (const [name, v] of parseArgs(st, args)) if (v.isSet) merged.set(name, v);
  const out = new Dict();
  // Definition order, for a stable result (Tilt builds it from a Go map).
  for (const name of st.defs.keys()) {
    const v = merged.get(name);
    if (v) out.setUnchecked(fromHost(name), v.starlark());
  }
  return out;
}
