// What the config module records during a load: the settings defined with
// config.define_*, whether and where config.parse() ran, and the resource selection made
// with config.set_enabled_resources() / config.clear_enabled_resources(), which
// src/tiltfile/enabled.ts applies after assembly.

import { stateSlot } from '../../kit/index.js';

export type SettingKind = 'string_list' | 'string' | 'bool' | 'object';

export interface SettingDef {
  kind: SettingKind;
  usage: string;
}

export interface ConfigState {
  /** defined settings, in definition order */
  defs: Map<string, SettingDef>;
  /** the setting that receives positional args ('' when none) */
  positional: string;
  parseCalled: boolean;
  /** the directory config.parse() was first called from */
  parseDir: string | null;
  /** set_enabled_resources' list; null = not set (an empty list also resets it) */
  enabledResources: string[] | null;
  /** clear_enabled_resources() was called (and not overridden by a later set) */
  disableAll: boolean;
}

export const CONFIG_STATE = stateSlot<ConfigState>('config', () => ({
  defs: new Map(),
  positional: '',
  parseCalled: false,
  parseDir: null,
  enabledResources: null,
  disableAll: false,
}));
