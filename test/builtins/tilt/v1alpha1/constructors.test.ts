// The v1alpha1 module: registering constructors record API objects (apiObjects in the
// result), nested constructors return frozen dicts, and errors read as Tilt's.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fakeHost, load, tempProject } from '../fake-host.js';
import type { LoadResult } from '../../../../src/model/index.js';

function run(src: string, files: Record<string, string> = {}): { r: LoadResult; logs: string[]; dir: string } {
  const dir = tempProject({ Tiltfile: src, ...files });
  const host = fakeHost(() => ({ status: 0 }));
  return { r: load(dir, host), logs: host.logs, dir };
}

function errorOf(src: string): string {
  const { r } = run(src);
  if (r.error === null) throw new Error(`no error from: ${src}`);
  return r.error.split('\n').pop()!;
}

describe('nested constructors', () => {
  it('return frozen dicts of the given arguments', () => {
    const { r, logs } = run(
      "p = v1alpha1.probe(period_seconds=2)\nprint(type(p), p, len(p))\nprint(v1alpha1.ui_input_spec(name='x', text={}))\np['x'] = 1\n",
    );
    expect(logs).toEqual(['dict {"period_seconds": 2} 1', '{"name": "x", "text": {}}']);
    expect(r.error).toContain('Error: cannot insert into frozen hash table');
  });

  it('check the arguments they were given', () => {
    expect(errorOf("v1alpha1.forward(local_port='80')")).toBe('Error in v1alpha1.forward: Expected int, got: got string, want int');
    expect(errorOf('v1alpha1.tcp_socket_action(host=1)')).toBe('Error in v1alpha1.tcp_socket_action: Expected string, actual: int');
    expect(errorOf('v1alpha1.exec_action(command=1)')).toBe(
      'Error in v1alpha1.exec_action: unpacking command: value should be a List or Tuple of strings, but is of type int',
    );
    expect(errorOf("v1alpha1.http_get_action(http_headers=[{'name': 'a', 'nope': 1}])")).toBe(
      'Error in v1alpha1.http_get_action: unpacking http_headers: at index 0: Unexpected attribute name: nope',
    );
    expect(errorOf('v1alpha1.ignore_def(base_path=1)')).toBe('Error in v1alpha1.ignore_def: unpacking base_path: expected path | string. Actual type: starlark.Int');
    expect(errorOf('v1alpha1.exec_action(1, 2)')).toBe('Error in v1alpha1.exec_action: v1alpha1.exec_action: got 2 arguments, want at most 1');
  });

  it("keep the parameters Tilt's own types reject", () => {
    expect(errorOf('v1alpha1.probe(handler={})')).toBe('Error in v1alpha1.probe: Unexpected attribute name: handler');
    expect(errorOf("v1alpha1.start_on_spec(start_after='2020')")).toBe('Error in v1alpha1.start_on_spec: Unexpected attribute name: start_after');
    expect(errorOf("v1alpha1.pod_log_stream_template_spec(since_time='x')")).toBe(
      'Error in v1alpha1.pod_log_stream_template_spec: Unexpected attribute name: since_time',
    );
  });

  it('accept only their own kind, or a plain dict', () => {
    expect(errorOf('v1alpha1.handler(exec=v1alpha1.tcp_socket_action(port=1))')).toBe('Error in v1alpha1.handler: unpacking exec: expected dict, actual: dict');
    expect(errorOf("v1alpha1.handler(exec='ls')")).toBe('Error in v1alpha1.handler: unpacking exec: expected dict, actual: string');
    expect(errorOf('v1alpha1.handler(exec={1: 2})')).toBe('Error in v1alpha1.handler: unpacking exec: key must be string. Got: int');
    expect(errorOf('v1alpha1.port_forward_template_spec(forwards=({},))')).toBe(
      'Error in v1alpha1.port_forward_template_spec: unpacking forwards: expected list, actual: tuple',
    );
  });
});

describe('registering constructors', () => {
  it('record objects with labels, annotations and paths resolved against the current file', () => {
    const { r, dir } = run(
      "load('sub/defs.star', 'fw')\nfw()\nv1alpha1.cmd(name='c', args=('a', 'b'), labels={'l': 'v'}, annotations={'a': 'b'}, dir='tools')\n",
      { 'sub/defs.star': "v1alpha1.cmd(name='top', args=['x'])\ndef fw():\n    v1alpha1.file_watch(name='w', watched_paths='src')\n" },
    );
    expect(r.error).toBeNull();
    expect(r.apiObjects).toEqual([
      { kind: 'Cmd', name: 'top', spec: { dir: join(dir, 'sub'), args: ['x'] } },
      { kind: 'FileWatch', name: 'w', spec: { watchedPaths: [join(dir, 'src')] } },
      { kind: 'Cmd', name: 'c', labels: { l: 'v' }, annotations: { a: 'b' }, spec: { dir: join(dir, 'tools'), args: ['a', 'b'] } },
    ]);
  });

  it('freeze the plain dicts they convert', () => {
    const { r } = run("d = {'command': ['true']}\nv1alpha1.cmd(name='c', readiness_probe={'exec': d})\nd['x'] = 1\n");
    expect(r.error).toContain('Error: cannot insert into frozen hash table');
  });

  it('check argument types with UnpackArgs wording', () => {
    expect(errorOf('v1alpha1.config_map()')).toBe('Error in v1alpha1.config_map: v1alpha1.config_map: missing argument for name');
    expect(errorOf("v1alpha1.config_map('x', data={'a': 1})")).toBe(
      'Error in v1alpha1.config_map: v1alpha1.config_map: for parameter "data": value is not a string: starlark.Int (1)',
    );
    expect(errorOf("v1alpha1.ui_button('b', text=1)")).toBe('Error in v1alpha1.ui_button: v1alpha1.ui_button: for parameter "text": got int, want string');
    expect(errorOf("v1alpha1.ui_button('b', disabled=1)")).toBe('Error in v1alpha1.ui_button: v1alpha1.ui_button: for parameter "disabled": got int, want bool');
    expect(errorOf("v1alpha1.kubernetes_apply('k', yaml='x', timeout=5)")).toBe(
      'Error in v1alpha1.kubernetes_apply: v1alpha1.kubernetes_apply: for parameter "timeout": Expected string. Got: int',
    );
    expect(errorOf("v1alpha1.file_watch('w', watched_paths=[1])")).toBe(
      'Error in v1alpha1.file_watch: v1alpha1.file_watch: for parameter "watched_paths": unpacking list item at index 0: expected path | string. Actual type: starlark.Int',
    );
  });

  it('validate objects as Tilt does', () => {
    expect(errorOf("v1alpha1.extension_repo('r')")).toBe(
      'Error in v1alpha1.extension_repo: spec.url: Invalid value: "": URLs must start with http(s):// or file://',
    );
    expect(errorOf("v1alpha1.kubernetes_discovery('k')")).toBe('Error in v1alpha1.kubernetes_discovery: spec.watches: Required value: One or more watches are required');
    expect(errorOf("v1alpha1.kubernetes_discovery('k', watches=[{'name': 'a'}, {'namespace': 'n'}, {}])")).toBe(
      'Error in v1alpha1.kubernetes_discovery: [spec.watches[0]: Required value: Namespace must be provided, spec.watches[2]: Required value: Namespace must be provided]',
    );
    expect(errorOf("v1alpha1.ui_button('b', text='t', location={'component_id': 'a', 'component_type': 'Global'}, inputs=[{'name': 'x', 'text': {}, 'bool': {}}])")).toContain(
      'must specify exactly one input type',
    );
  });

  it('accept a second registration only with the same spec', () => {
    expect(run("v1alpha1.extension(name='e', repo_path='a')\nv1alpha1.extension(name='e', repo_path='a', labels={'x': 'y'})\n").r.error).toBeNull();
    expect(errorOf("v1alpha1.file_watch(name='w', watched_paths=['a'])\nv1alpha1.file_watch(name='w', watched_paths=['b'])")).toBe(
      'Error in v1alpha1.file_watch: filewatches "w" already registered',
    );
    expect(errorOf("v1alpha1.kubernetes_discovery(name='k', watches=[{'namespace': 'a'}])\nv1alpha1.kubernetes_discovery(name='k', watches=[{'namespace': 'b'}])")).toBe(
      'Error in v1alpha1.kubernetes_discovery: kubernetesdiscoveries "k" already registered',
    );
  });

  it('format timeouts as Go durations', () => {
    const { r } = run("v1alpha1.kubernetes_apply(name='k', yaml='x', timeout='3600s')\nv1alpha1.kubernetes_apply(name='j', yaml='x')\n");
    expect(r.apiObjects.map((o) => o.spec.timeout)).toEqual(['1h0m0s', '0s']);
  });
});
