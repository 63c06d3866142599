// The config module (reference §1.11): config.define_string_list / define_string /
// define_bool / define_object, config.parse, config.set_enabled_resources,
// config.clear_enabled_resources, and the values config.tilt_subcommand,
// config.main_path and config.main_dir (bound per load, see bindConfigValues).

import { dirname } from 'node:path';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { toArray } from '../../../src/starlark/ops/iterate.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { str } from '../../../src/starlark/values/repr.js';
import { StarObject, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, TiltModule, defineBuiltin, goTypeName, type Conv, type LoadContext, type TiltPlugin } from '../../kit/index.js';
import { recordReadPath } from '../files/read.js';
import { parseConfig, userConfigPath } from './parse.js';
import { CONFIG_STATE, type SettingKind } from './state.js';

export { CONFIG_STATE, type ConfigState } from './state.js';

function defineSetting(kind: SettingKind) {
  const fn = `config.define_${kind}`;
  return defineBuiltin(fn, { name: T.string, 'args?': T.bool, 'usage?': T.string }, (cx, a) => {
    if (a.name === '') throw new StarlarkError("'name' is required");
    const st = cx.load.get(CONFIG_STATE);
    if (st.parseCalled) throw new StarlarkError(`${fn} cannot be called after config.parse is called`);
    if (st.defs.has(a.name)) throw new StarlarkError(fromHost(`${a.name} defined multiple times`));
    if (a.args) {
      if (st.positional !== '') throw new StarlarkError(fromHost(`both ${a.name} and ${st.positional} are defined as positional args`));
      st.positional = a.name;
    }
    st.defs.set(a.name, { kind, usage: a.usage ?? '' });
  });
}

const parse = defineBuiltin('config.parse', {}, (cx) => {
  const st = cx.load.get(CONFIG_STATE);
  const wd = cx.load.currentDir;
  if (st.parseDir !== null && st.parseDir !== wd) {
    throw new StarlarkError(
      fromHost(`config.parse can only be called from one Tiltfile working directory per run. It was called from ${st.parseDir} and ${wd}`),
    );
  }
  st.parseDir = wd;
  st.parseCalled = true;
  recordReadPath(cx.load, userConfigPath(wd), false);
  try {
    return parseConfig(st, wd, cx.load.args);
  } catch (e) {
    if (e instanceof StarlarkError) throw e;
    throw new StarlarkError(fromHost((e as Error).message));
  }
});

/** Any Starlark sequence (iterable with a length: list, tuple, dict, set, range). */
const sequence: Conv<Value[]> = (v) => {
  if (v instanceof StarObject && v.iterate && v.len) return toArray(v);
  throw new StarlarkError(`cannot unpack ${typeOf(v)} into starlark.Sequence`);
};

const setEnabledResources = defineBuiltin('config.set_enabled_resources', { resources: sequence }, (cx, a) => {
  const names = a.resources.map((r) => {
    if (typeof r !== 'string') throw new StarlarkError(`resources must be a list of string: '${str(r)}' is a ${goTypeName(r)}, not a string`);
    return toHost(r);
  });
  const st = cx.load.get(CONFIG_STATE);
  st.disableAll = false;
  // An empty list resets the selection (Tilt turns it into a nil slice).
  st.enabledResources = names.length === 0 ? null : names;
});

const clearEnabledResources = defineBuiltin('config.clear_enabled_resources', {}, (cx) => {
  cx.load.get(CONFIG_STATE).disableAll = true;
});

export const configPlugin: TiltPlugin = {
  name: 'config',
  globals: {
    'config.define_string_list': defineSetting('string_list'),
    'config.define_string': defineSetting('string'),
    'config.define_bool': defineSetting('bool'),
    'config.define_object': defineSetting('object'),
    'config.parse': parse,
    'config.set_enabled_resources': setEnabledResources,
    'config.clear_enabled_resources': clearEnabledResources,
    // Replaced per load by bindConfigValues.
    'config.tilt_subcommand': '',
    'config.main_path': '',
    'config.main_dir': '',
  },
};

/** Sets the per-load values of the config module in a freshly built environment. */
export function bindConfigValues(env: Map<string, Value>, cx: LoadContext): void {
  const config = env.get('config');
  if (!(config instanceof TiltModule)) return;
  config.members.set('tilt_subcommand', fromHost(cx.subcommand));
  config.members.set('main_path', fromHost(cx.mainPath));
  config.members.set('main_dir', fromHost(dirname(cx.mainPath)));
}
