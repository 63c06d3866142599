// The value of one config setting while config.parse() runs: set from a command-line
// flag (pflag's Value.Set) or from tilt_config.json, with Tilt's messages for repeated
// or mistyped values.

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { Float } from '../../../src/starlark/values/float.js';
import { isInt } from '../../../src/starlark/values/int.js';
import { List } from '../../../src/starlark/values/list.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { None, type Value } from '../../../src/starlark/values/value.js';
import { checkValid } from '../../universe/json-scan.js';
import { decodeGoJson } from '../data/index.js';
import type { SettingKind } from './state.js';

/** Go's %T of a value decoded from JSON into interface{}. */
function goJsonType(v: Value): string {
  if (v === None) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (isInt(v) || v instanceof Float) return 'float64';
  if (v instanceof List) return '[]interface {}';
  if (v instanceof Dict) return 'map[string]interface {}';
  return 'interface {}';
}

/** Go's strconv.ParseBool. */
function parseBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${toHost(repr(fromHost(s)))}: invalid syntax`);
}

export class SettingValue {
  isSet = false;
  private list: string[] = [];
  private text = '';
  private flag = false;
  private obj: Value | undefined;

  constructor(readonly kind: SettingKind) {}

  /** pflag's type name (the usage listing shows it). */
  get flagType(): string {
    return { string_list: 'stringList', string: 'string', bool: 'bool', object: 'object' }[this.kind];
  }

  /** The text pflag records as the default value (host text). */
  toString(): string {
    switch (this.kind) {
      case 'string_list':
        return toHost(this.list.join(','));
      case 'string':
        return toHost(this.text);
      case 'bool':
        return this.flag ? 'true' : 'false';
      case 'object':
        return this.obj === undefined ? 'None' : toHost(repr(this.obj));
    }
  }

  /** A command-line value (host text); throws Error with Tilt's message. */
  set(v: string): void {
    switch (this.kind) {
      case 'string_list':
        this.list.push(fromHost(v));
        break;
      case 'string':
        if (this.isSet) throw new Error(`string settings can only be specified once. multiple values found (last value: ${v})`);
        this.text = fromHost(v);
        break;
      case 'bool':
        if (this.isSet) throw new Error(`bool settings can only be specified once. multiple values found (last value: ${v})`);
        this.flag = parseBool(v);
        break;
      case 'object': {
        if (this.isSet) {
          throw new Error(`object settings can only be specified once. multiple values found (last value: ${this.toString()})`);
        }
        const bytes = fromHost(v);
        const err = checkValid(bytes);
        if (err !== null) throw new Error(toHost(`decoding JSON, got ${repr(bytes)}: ${err}`));
        this.obj = decodeGoJson(bytes);
        break;
      }
    }
    this.isSet = true;
  }

  /** A value from tilt_config.json (decoded JSON); throws Error with Tilt's message. */
  setFromFile(v: Value): void {
    if (v === None) {
      if (this.kind === 'string_list') this.list = [];
      return;
    }
    switch (this.kind) {
      case 'string_list': {
        if (!(v instanceof List)) throw new Error('expected array');
        this.list = v.elems.map((e) => {
          if (typeof e !== 'string') throw new Error(`expected string, got ${goJsonType(e)}`);
          return e;
        });
        break;
      }
      case 'string':
        if (typeof v !== 'string') throw new Error(`expected string, found ${goJsonType(v)}`);
        this.text = v;
        break;
      case 'bool':
        if (typeof v !== 'boolean') throw new Error(`expected bool, found ${goJsonType(v)}`);
        this.flag = v;
        break;
      case 'object':
        this.obj = v;
        break;
    }
    this.isSet = true;
  }

  /** The Starlark value config.parse() returns for this setting. */
  starlark(): Value {
    switch (this.kind) {
      case 'string_list':
        return new List([...this.list]);
      case 'string':
        return this.text;
      case 'bool':
        return this.flag;
      case 'object':
        return this.obj ?? None;
    }
  }
}
