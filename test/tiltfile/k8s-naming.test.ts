// The resource names Kubernetes assembly generates for workloads (reference §3.2) and the
// fragment table k8s_resource(objects=) looks selectors up in (§3.4).

import { describe, expect, it } from 'vitest';
import { makeObject } from '../../builtins/tilt/k8s/object.js';
import { fragmentTable, potentialNames, uniqueNames } from '../../src/tiltfile/assemble/k8s/naming.js';

function obj(kind: string, name: string, namespace = '', apiVersion = 'apps/v1') {
  return makeObject({ apiVersion, kind, metadata: namespace ? { name, namespace } : { name } });
}

describe('workload names', () => {
  it('takes the shortest unique lower-cased name', () => {
    const names = (objs: ReturnType<typeof obj>[]) => uniqueNames(objs);
    expect(names([obj('Deployment', 'foo'), obj('Deployment', 'bar')])).toEqual(['foo', 'bar']);
    expect(names([obj('Deployment', 'foo'), obj('CronJob', 'foo', '', 'batch/v1')])).toEqual(['foo:deployment', 'foo:cronjob']);
    expect(names([obj('Deployment', 'foo'), obj('Deployment', 'foo', 'fission')])).toEqual(['foo:deployment:default', 'foo:deployment:fission']);
    expect(names([obj('Deployment', 'foo', '', 'a/v1'), obj('Deployment', 'foo', '', 'b/v1')])).toEqual([
      'foo:deployment:default:a',
      'foo:deployment:default:b',
    ]);
    expect(
      names([obj('Deployment', 'foo', '', 'a/v1'), obj('Deployment', 'foo', 'fission', 'b/v1'), obj('CronJob', 'foo', '', 'b/v1')]),
    ).toEqual(['foo:deployment:default', 'foo:deployment:fission', 'foo:cronjob']);
  });

  it('appends the index to true duplicates and escapes colons', () => {
    expect(uniqueNames([obj('Service', 'x', '', 'v1'), obj('Deployment', 'a:b'), obj('Service', 'x', '', 'v1')])).toEqual([
      'x:service:default:core:0',
      'a\\:b',
      'x:service:default:core:2',
    ]);
    expect(potentialNames(obj('Pod', 'Web', '', 'v1'))).toEqual(['web', 'web:pod', 'web:pod:default', 'web:pod:default:core']);
  });

  it('indexes every fragment', () => {
    const t = fragmentTable([obj('Secret', 'bar', '', 'v1'), obj('Namespace', 'bar', '', 'v1')]);
    expect(t.get('bar')).toHaveLength(2);
    expect(t.get('bar:secret')).toHaveLength(1);
    expect(t.get('bar:namespace:default:core')).toHaveLength(1);
  });
});
