// The Kubernetes builtins through whole Tiltfile loads: argument forms and error texts
// (reference §1.3, §1.7, §6.1).

import { describe, expect, it } from 'vitest';
import { deployment, errorOf, loadProject, manifest } from './helpers.js';

const foo = { 'foo.yaml': deployment('foo', 'gcr.io/foo') };

function withFoo(tiltfile: string): Record<string, string> {
  return { ...foo, Tiltfile: `k8s_yaml('foo.yaml')\n${tiltfile}\n` };
}

describe('port_forwards=', () => {
  it.each([
    ['8000', [{ localPort: 8000, containerPort: 0, host: '' }]],
    ["'10000'", [{ localPort: 10000, containerPort: 0 }]],
    ["'10000:8000'", [{ localPort: 10000, containerPort: 8000 }]],
    ["'0.0.0.0:10000:8000'", [{ localPort: 10000, containerPort: 8000, host: '0.0.0.0' }]],
    ["'tilt.dev:10000:8000'", [{ localPort: 10000, containerPort: 8000, host: 'tilt.dev' }]],
    ["port_forward(8001, 443, 'foo', 'v1/ui', 'elastic.local')", [{ localPort: 8001, containerPort: 443, name: 'foo', linkPath: 'v1/ui', host: 'elastic.local' }]],
    ["[8000, port_forward(8001, 443), '8002', '8003:444']", [{ localPort: 8000 }, { localPort: 8001, containerPort: 443 }, { localPort: 8002 }, { localPort: 8003, containerPort: 444 }]],
    ['None', []],
    ['[]', []],
  ])('accepts %s', (expr, want) => {
    const { result } = loadProject(withFoo(`k8s_resource('foo', port_forwards=${expr})`));
    expect(result.error).toBeNull();
    expect(manifest(result, 'foo').k8s!.portForwards).toMatchObject(want);
  });

  it.each([
    ['-1', 'k8s_resource "foo": portForward port value -1 is not in the valid range [0-65535]'],
    ['8000000', 'k8s_resource "foo": portForward port value 8000000 is not in the valid range [0-65535]'],
    ["'garbage'", 'k8s_resource "foo": portForward port value "garbage" is not in the valid range [0-65535]'],
    ["''", 'k8s_resource "foo": portForward port value "" is not in the valid range [0-65535]'],
    ["'80:99999'", 'k8s_resource "foo": portForward port value "99999" is not in the valid range [0-65535]'],
    ["'bad+host:10000:8000'", 'k8s_resource "foo": portForward host value "10000" is not a valid hostname or IP address'],
    ['True', 'k8s_resource "foo": port_forwards must be an int, a port_forward, or a sequence of those; is a starlark.Bool'],
    ["[8000, {'a': 1}]", 'k8s_resource "foo": port_forwards arg [8000, {"a": 1}] includes element {"a": 1} which must be an int or a port_forward; is a *starlark.Dict'],
  ])('rejects %s', (expr, want) => {
    expect(errorOf(withFoo(`k8s_resource('foo', port_forwards=${expr})`))).toBe(want);
  });
});

describe('port_forward()', () => {
  it.each([
    ["port_forward(container_port=443)", 'port_forward: missing argument for local_port'],
    ["port_forward('8001')", 'port_forward: for parameter local_port: got string, want int'],
    ['port_forward(8001, 443, 54321)', 'port_forward: for parameter name: got int, want string'],
    ['port_forward(8001, 443, host=54321)', 'port_forward: for parameter "host": got int, want string'],
    ["port_forward(8001, link_path='a%zzb')", 'parsing `path` param: parse "a%zzb": invalid URL escape "%zz"'],
    ["port_forward(8001, link_path='8080:ui')", 'parsing `path` param: parse "8080:ui": first path segment in URL cannot contain colon'],
  ])('%s fails', (expr, want) => {
    expect(errorOf({ Tiltfile: `x = ${expr}\n` })).toBe(want);
  });

  it('is unhashable and prints its fields', () => {
    expect(errorOf({ Tiltfile: "d = {port_forward(1): 2}\n" })).toBe('unhashable type: port_forward');
    const { logs } = loadProject({ Tiltfile: "print(port_forward(80, name='web \"ui\"'))\n" });
    expect(logs).toContain('port_forward(local_port=80, container_port=0, name="web \\"ui\\"")');
  });
});

describe('k8s_resource()', () => {
  it.each([
    ["extra_pod_selectors='hello'", 'pod labels must be a dict or a list; got starlark.String'],
    ["extra_pod_selectors=None", 'pod labels must be a dict or a list; got starlark.NoneType'],
    ["extra_pod_selectors=['hello']", 'pod labels elements must be dicts; got starlark.String'],
    ["extra_pod_selectors=[{54321: 'hello'}]", "pod label keys must be strings; got '54321' of type starlark.Int"],
    ["extra_pod_selectors=[{'hello': 54321}]", "pod label values must be strings; got '54321' of type starlark.Int"],
    ["pod_readiness=1", 'k8s_resource: for parameter "pod_readiness": Must be a string. Got: int'],
    ["resource_deps='db'", 'k8s_resource: for parameter "resource_deps": got string, want sequence'],
    ["objects=[1]", "k8s_resource: resource_deps: '1' is a starlark.Int, not a string"],
    ["auto_init=1", 'k8s_resource: for parameter "auto_init": got int, want bool'],
    ["trigger_mode='manual'", 'k8s_resource: for parameter "trigger_mode": got string, want TriggerMode'],
    ["labels=['a/b']", 'k8s_resource: for parameter "labels": Invalid label "a/b": may not contain \'/\''],
  ])('rejects %s', (arg, want) => {
    expect(errorOf(withFoo(`k8s_resource('foo', ${arg})`))).toBe(want);
  });

  it('accepts every option and merges repeated calls', () => {
    const { result } = loadProject(
      withFoo(`k8s_resource('foo', extra_pod_selectors=[{'a': 'b'}, {}], pod_readiness='ignore', resource_deps=('x',), labels='one')
k8s_resource('foo', extra_pod_selectors={'c': 'd'}, labels=['two', 'one'], discovery_strategy='default', auto_init=False)
k8s_resource(workload='foo', pod_readiness='')`),
    );
    expect(result.error).toBeNull();
    const m = manifest(result, 'foo');
    expect(m).toMatchObject({ labels: ['one', 'two'], autoInit: false, resourceDeps: [] });
    expect(m.k8s).toMatchObject({ extraPodSelectors: [{ a: 'b' }, { c: 'd' }], podReadiness: 'ignore', discoveryStrategy: 'default' });
    expect(result.warnings).toEqual(['resource foo specified a dependency on unknown resource x - dependency ignored']);
  });
});

describe('k8s_yaml() / filter_yaml()', () => {
  it('accepts a path that yields no objects', () => {
    const { result } = loadProject({ 'empty.yaml': '# nothing yet\n', Tiltfile: "k8s_yaml('empty.yaml')\n" });
    expect(result.error).toBeNull();
    expect(result.manifests).toEqual([]);
  });

  it('rejects empty input and non-path values', () => {
    expect(errorOf({ Tiltfile: 'k8s_yaml(None)\n' })).toBe('Empty YAML passed to k8s_yaml');
    expect(errorOf({ Tiltfile: 'k8s_yaml(1)\n' })).toBe('expected path | string. Actual type: starlark.Int');
    expect(errorOf({ Tiltfile: "k8s_yaml('')\n" })).toMatch(/^error reading yaml file: read .*: is a directory$/);
  });

  it('reports bad YAML from commands with their source', () => {
    expect(errorOf({ Tiltfile: "k8s_yaml(local('echo hi'))\n" })).toBe(
      'Error reading yaml from local: echo hi: json parse error: json: cannot unmarshal string into Go value of type map[string]interface {}',
    );
  });

  it('filters by every selector and keeps the rest', () => {
    const yaml = `${deployment('doggos', 'doggos', ', namespace: the-dog-zone, labels: {app: doggos}')}---
apiVersion: v1
kind: Service
metadata: {name: doggos, labels: {app: doggos}}
---
${deployment('snack', 'snack')}`;
    const probe = (args: string): string => {
      const { result, logs } = loadProject({
        'k8s.yaml': yaml,
        Tiltfile: `a, b = filter_yaml('k8s.yaml', ${args})\nprint(len(decode_yaml_stream(a)), len(decode_yaml_stream(b)))\n`,
      });
      return result.error ?? logs.join(',');
    };
    expect(probe("labels={'app': 'doggos'}")).toBe('2 1');
    expect(probe("name='dogg'")).toBe('2 1');
    expect(probe("name='^doggos$', kind='deployment'")).toBe('1 2');
    expect(probe("namespace='the-dog-zone'")).toBe('1 2');
    expect(probe("api_version='^v1$'")).toBe('1 2');
    expect(probe("namespace='dne', kind='deployment'")).toBe('0 3');
    expect(probe("labels={'app': 'doggos'}, kind='Service'")).toBe('1 2');
  });
});

describe('k8s_kind() / k8s_image_json_path()', () => {
  it.each([
    ["k8s_kind('Environment', image_object={'json_path': 'a', 'repo_field': 'b', 'tag_field': 'c', 'x': 'y'})", "k8s_kind: for parameter \"image_object\": Expected dict of the form {'json_path': str, 'repo_field': str, 'tag_field': str}: Unexpected key: \"x\""],
    ["k8s_kind('Environment', image_object='x')", "k8s_kind: for parameter \"image_object\": Expected dict of the form {'json_path': str, 'repo_field': str, 'tag_field': str}. Actual: \"x\""],
    ["k8s_kind('Environment', image_object={'json_path': 1, 'repo_field': 'b', 'tag_field': 'c'})", "k8s_kind: for parameter \"image_object\": Expected dict of the form {'json_path': str, 'repo_field': str, 'tag_field': str}: Expected string at key \"\\\"json_path\\\"\". Got: int"],
    ["k8s_kind('Environment', api_version='*')", 'error parsing apiVersion regexp: error parsing regexp: missing argument to repetition operator: `*`'],
    ["k8s_kind('Environment', image_json_path='{.spec')", 'unclosed action'],
    ["k8s_kind('Environment', pod_readiness='sometimes')", 'k8s_kind: for parameter "pod_readiness": Invalid value. Allowed: {ignore, wait}. Got: sometimes'],
    ["k8s_image_json_path(kind='MyType', paths=8)", 'k8s_image_json_path: for parameter "paths": Expected string, got: 8'],
    ["k8s_image_json_path(kind='MyType')", 'k8s_image_json_path: missing argument for paths'],
    ["k8s_image_json_path('{.a}', name='*')", 'error parsing name regexp: error parsing regexp: missing argument to repetition operator: `*`'],
  ])('%s fails', (call, want) => {
    expect(errorOf({ Tiltfile: `${call}\n` })).toBe(want);
  });
});

describe('workload_to_resource_function()', () => {
  it('rejects builtins and wrong arities', () => {
    expect(errorOf({ Tiltfile: 'workload_to_resource_function(len)\n' })).toBe(
      'workload_to_resource_function: for parameter func: got builtin_function_or_method, want function',
    );
    expect(errorOf({ Tiltfile: 'def f():\n  return "x"\nworkload_to_resource_function(f)\n' })).toBe(
      'workload_to_resource_function arg must take 1 argument. f takes 0',
    );
    expect(errorOf({ Tiltfile: 'def f(a, *rest):\n  return "x"\nworkload_to_resource_function(f)\n' })).toBe(
      'workload_to_resource_function arg must take 1 argument. f takes 2',
    );
  });

  it('passes a K8sObjectID', () => {
    const { result, logs } = loadProject({
      ...foo,
      Tiltfile: `k8s_yaml('foo.yaml')
def f(id):
  print(id, repr(id), id.name, id.kind, id.namespace, id.group, bool(id), {id: 1}[id])
  return id.name + '-svc'
workload_to_resource_function(f)
`,
    });
    expect(result.error).toBeNull();
    expect(result.manifests.map((m) => m.name)).toEqual(['foo-svc']);
    expect(logs).toContain('foo:deployment:default:apps foo:deployment:default:apps foo Deployment default apps True 1');
  });

  it('reports unknown attributes as Tilt does', () => {
    const { result } = loadProject({ ...foo, Tiltfile: "k8s_yaml('foo.yaml')\nworkload_to_resource_function(lambda id: id.uid)\n" });
    expect(result.error).toContain("error determining resource name for 'foo:deployment:default:apps': tiltfile.k8sObjectID has no attribute 'uid'");
  });
});
