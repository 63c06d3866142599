// Decoding Kubernetes YAML streams (reference §1.3) and Go's base64 error offsets.

import { describe, expect, it } from 'vitest';
import { YamlDecodeError, base64ErrorOffset, dumpK8sYaml, parseK8sYaml } from '../../../../builtins/tilt/k8s/yaml-docs.js';

function decodeError(text: string): YamlDecodeError {
  try {
    parseK8sYaml(text);
  } catch (e) {
    if (e instanceof YamlDecodeError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parseK8sYaml', () => {
  it('reads multi-document streams, skipping empty and null documents', () => {
    const objs = parseK8sYaml('---\n# nothing\n---\nnull\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a, namespace: x}\n---\n');
    expect(objs.map((o) => [o.apiVersion, o.kind, o.name, o.namespace, o.group])).toEqual([['v1', 'Service', 'a', 'x', '']]);
  });

  it('flattens lists and reads JSON', () => {
    const list = parseK8sYaml('apiVersion: v1\nkind: List\nitems:\n- {apiVersion: apps/v1, kind: Deployment, metadata: {name: d}}\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}\n');
    expect(list.map((o) => `${o.group}/${o.kind}/${o.name}`)).toEqual(['apps/Deployment/d', '/ConfigMap/c']);
    expect(parseK8sYaml('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}')[0].name).toBe('p');
  });

  it('keeps the last of duplicated keys and the written key order', () => {
    const [o] = parseK8sYaml('kind: ConfigMap\napiVersion: v1\nmetadata: {name: a}\ndata: {z: "1", a: "2", z: "3"}\n');
    expect(o.doc.data).toEqual({ z: '3', a: '2' });
    expect(dumpK8sYaml([o.doc])).toBe('kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: a\ndata:\n  z: \'3\'\n  a: \'2\'\n');
  });

  it('reports documents that are not objects', () => {
    const e = decodeError('im not yaml\n');
    expect(e.message).toBe('json parse error: json: cannot unmarshal string into Go value of type map[string]interface {}');
    expect(e.jsonParse).toBe(true);
    expect(decodeError('- a\n- b\n').message).toContain('cannot unmarshal array');
  });

  it('requires kind and apiVersion', () => {
    expect(decodeError('metadata: {name: a}\nb: 1\n').message).toBe('Object \'Kind\' is missing in \'{"b":1,"metadata":{"name":"a"}}\'');
    expect(decodeError('kind: Pod\n').message).toBe('Object \'apiVersion\' is missing in \'{"kind":"Pod"}\'');
  });

  it('reports YAML syntax errors with a line number', () => {
    expect(decodeError('a: b\n c: d\n').message).toMatch(/^error converting YAML to JSON: yaml: line 2: /);
  });

  it('decodes Secret data as base64', () => {
    expect(decodeError('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: "!"}\n').message).toBe(
      'decoding Secret "s": illegal base64 data at input byte 0',
    );
    expect(parseK8sYaml('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: aGk=}\nstringData: {b: "!"}\n')).toHaveLength(1);
  });
});

describe('base64ErrorOffset', () => {
  it('accepts padded standard base64, with newlines', () => {
    for (const ok of ['', 'YWJj', 'YWI=', 'YQ==', 'YQ==\n', 'YW\nJj']) expect(base64ErrorOffset(ok)).toBeNull();
  });

  it('reports the offset Go reports', () => {
    expect(base64ErrorOffset('!')).toBe(0);
    expect(base64ErrorOffset('abc')).toBe(0);
    expect(base64ErrorOffset('abcde')).toBe(4);
    expect(base64ErrorOffset('ab=c')).toBe(2);
    expect(base64ErrorOffset('YQ=')).toBe(3);
    expect(base64ErrorOffset('YQ==x')).toBe(4);
    expect(base64ErrorOffset('Y===')).toBe(1);
  });
});
