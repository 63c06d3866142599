// The config module: defining settings, pflag-style argument parsing with Tilt's messages,
// tilt_config.json, and the selection of enabled resources.

import { describe, expect, it } from 'vitest';
import { flagUsages, parseFlags, type FlagDef } from '../../../../builtins/tilt/config/flags.js';
import { SettingValue } from '../../../../builtins/tilt/config/values.js';
import { errorOf, printed, runTiltfile } from '../snippets.js';

function flags(defs: [string, 'string_list' | 'string' | 'bool' | 'object', string][]): FlagDef[] {
  return defs.map(([name, kind, usage]) => {
    const value = new SettingValue(kind);
    return { name, usage, value, defValue: value.toString() };
  });
}

function parseError(fs: FlagDef[], args: string[]): string {
  try {
    parseFlags(fs, args);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('argument parsing', () => {
  it('reads flags the pflag way and returns positional args', () => {
    const fs = flags([
      ['list', 'string_list', ''],
      ['str', 'string', ''],
      ['on', 'bool', ''],
    ]);
    expect(parseFlags(fs, ['a', '--list', 'x', '--on', 'false', '--list=y', '--str', '--z', '--', '--list', 'q'])).toEqual(['a', 'false', '--list', 'q']);
    expect(fs.map((f) => f.value.starlark())).toEqual([expect.anything(), '--z', true]);
    expect(fs[0].value.toString()).toBe('x,y');
  });

  it("uses pflag's messages", () => {
    const fs = () => flags([['str', 'string', ''], ['on', 'bool', '']]);
    expect(parseError(fs(), ['--nope'])).toBe('unknown flag: --nope');
    expect(parseError(fs(), ['-x'])).toBe("unknown shorthand flag: 'x' in -x");
    expect(parseError(fs(), ['-h'])).toBe('pflag: help requested');
    expect(parseError(fs(), ['--help'])).toBe('pflag: help requested');
    expect(parseError(fs(), ['---str'])).toBe('bad flag syntax: ---str');
    expect(parseError(fs(), ['--str'])).toBe('flag needs an argument: --str');
    expect(parseError(fs(), ['--on=maybe'])).toBe('invalid argument "maybe" for "--on" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(parseError(fs(), ['--on', '--on'])).toBe(
      'invalid argument "true" for "--on" flag: bool settings can only be specified once. multiple values found (last value: true)',
    );
  });

  it('lists usages aligned and sorted, with back-quoted value names and defaults', () => {
    const fs = flags([
      ['zeta', 'string', 'the `NAME` of it'],
      ['a', 'bool', 'turn on\nacross lines'],
      ['obj', 'object', ''],
    ]);
    expect(flagUsages(fs)).toBe(
      '      --a            turn on\n                     across lines\n      --obj object    (default None)\n      --zeta NAME    the NAME of it\n',
    );
  });
});

describe('config.parse', () => {
  it('returns only the settings that were given, with args winning over the file', () => {
    const files = { 'tilt_config.json': '{"a": ["1"], "b": "file", "c": {"k": [1, 2.5]}}' };
    const src = [
      "config.define_string_list('a')",
      "config.define_string('b')",
      "config.define_object('c')",
      "config.define_bool('d')",
      "config.define_string_list('pos', args=True)",
      'print(config.parse())',
    ].join('\n');
    expect(printed(src, files, ['x', '--b', 'arg', 'y'])).toEqual(['{"a": ["1"], "b": "arg", "c": {"k": [1, 2.5]}, "pos": ["x", "y"]}']);
    expect(printed(src, {}, [])).toEqual(['{}']);
  });

  it('records tilt_config.json next to the calling Tiltfile, even when missing', () => {
    const r = runTiltfile("config.parse()\nconfig.parse()\nlocal_resource('a', cmd='x')");
    expect(r.result.configFiles).toEqual([`${r.dir}/Tiltfile`, `${r.dir}/tilt_config.json`]);
  });

  it('rejects bad definitions', () => {
    expect(errorOf("config.define_string('')")).toBe("Error in config.define_string: 'name' is required");
    expect(errorOf("config.define_string('a')\nconfig.define_bool('a')")).toBe('Error in config.define_bool: a defined multiple times');
    expect(errorOf("config.define_string_list('a', args=True)\nconfig.define_string_list('b', args=True)")).toBe(
      'Error in config.define_string_list: both b and a are defined as positional args',
    );
    expect(errorOf("config.define_string(1)")).toBe('Error in config.define_string: config.define_string: for parameter name: got int, want string');
  });

  it('reports positional and config file problems', () => {
    expect(errorOf("config.define_string('s', args=True)\nconfig.parse()", {}, ['a', 'b'])).toBe(
      'Error in config.parse: error setting positional arg s: string settings can only be specified once. multiple values found (last value: b)',
    );
    expect(errorOf("config.define_string('s')\nconfig.parse()", { 'tilt_config.json': '{"s": 1}' })).toMatch(
      /^Error in config\.parse: .*\/tilt_config\.json specified invalid value for setting s: expected string, found float64$/,
    );
    expect(errorOf("config.define_bool('s')\nconfig.parse()", { 'tilt_config.json': '{"s": "yes"}' })).toMatch(/expected bool, found string$/);
    expect(errorOf("config.define_string_list('s')\nconfig.parse()", { 'tilt_config.json': '{"s": "x"}' })).toMatch(/expected array$/);
    expect(errorOf("config.parse()", { 'tilt_config.json': '{"s": 1}' })).toMatch(/tilt_config\.json specified unknown setting name 's'$/);
    expect(errorOf("config.parse()", { 'tilt_config.json': '{"s": ' })).toMatch(/^Error in config\.parse: error parsing json from .*tilt_config\.json: unexpected EOF$/);
    expect(errorOf("config.define_object('o')\nconfig.parse()", {}, ['--o', '{x}'])).toBe(
      'Error in config.parse: invalid Tiltfile config args: invalid argument "{x}" for "--o" flag: decoding JSON, got "{x}": invalid character \'x\' looking for beginning of object key string\nUsage:\n      --o object    (default None)\n',
    );
  });

  it('may run again, but only from one directory', () => {
    const r = runTiltfile("config.parse()\ninclude('sub/Tiltfile')", { 'sub/Tiltfile': 'config.parse()\n' });
    expect(r.result.error).toContain(
      `Error in config.parse: config.parse can only be called from one Tiltfile working directory per run. It was called from ${r.dir} and ${r.dir}/sub`,
    );
  });
});

describe('resource selection', () => {
  const resources = "local_resource('a', cmd='a')\nlocal_resource('b', cmd='b', resource_deps=['a'])\nlocal_resource('c', cmd='c')\n";
  const enabled = (src: string, args: string[] = []): string[] | string => {
    const r = runTiltfile(resources + src, {}, args);
    return r.result.error ?? r.result.enabledResources;
  };

  it('follows args, config.parse, set_enabled_resources and clear_enabled_resources', () => {
    expect(enabled('')).toEqual(['a', 'b', 'c']);
    expect(enabled('', ['b'])).toEqual(['a', 'b']);
    expect(enabled("config.define_string_list('x', args=True)\nconfig.parse()", ['b'])).toEqual(['a', 'b', 'c']);
    expect(enabled("config.set_enabled_resources(['c'])", ['b'])).toEqual(['c']);
    expect(enabled("config.set_enabled_resources(('b',))")).toEqual(['a', 'b']);
    expect(enabled("config.set_enabled_resources({'c': 1})")).toEqual(['c']);
    expect(enabled("config.set_enabled_resources(['c'])\nconfig.set_enabled_resources([])", ['b'])).toEqual(['a', 'b']);
    expect(enabled('config.clear_enabled_resources()', ['b'])).toEqual([]);
    expect(enabled("config.clear_enabled_resources()\nconfig.set_enabled_resources(['c'])")).toEqual(['c']);
    expect(enabled("config.set_enabled_resources(['c'])\nconfig.clear_enabled_resources()")).toEqual([]);
  });

  it('checks set_enabled_resources arguments', () => {
    expect(errorOf("config.set_enabled_resources('a')")).toBe(
      'Error in config.set_enabled_resources: config.set_enabled_resources: for parameter resources: cannot unpack string into starlark.Sequence',
    );
    expect(errorOf('config.set_enabled_resources([1])')).toBe(
      "Error in config.set_enabled_resources: resources must be a list of string: '1' is a starlark.Int, not a string",
    );
    expect(errorOf('config.clear_enabled_resources(1)')).toBe(
      'Error in config.clear_enabled_resources: config.clear_enabled_resources: got 1 arguments, want at most 0',
    );
  });

  it('names unknown resources and those that were not requested', () => {
    expect(enabled('', ['b', 'zz', 'yy'])).toBe(
      'You specified some resources that could not be found: "zz", "yy"\nIs this a typo? Existing resources in Tiltfile: "a", "c"',
    );
  });
});

describe('config values', () => {
  it('describe the main Tiltfile and the subcommand', () => {
    const r = runTiltfile('print(config.main_path, config.main_dir, config.tilt_subcommand)');
    expect(r.logs).toEqual([`${r.dir}/Tiltfile ${r.dir} up`]);
  });
});
