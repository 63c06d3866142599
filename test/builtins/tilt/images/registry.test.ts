// default_registry() ref rewriting (reference §1.2): where a build is pushed (localRef)
// and how deploy configs name it (clusterRef).

import { describe, expect, it } from 'vitest';
import { registryRefs } from '../../../../builtins/tilt/images/default-registry.js';
import { parseImageRef } from '../../../../builtins/tilt/images/ref.js';

const reg = (host: string, hostFromCluster = '', singleName = '') => ({ host, hostFromCluster, singleName });

describe('registryRefs', () => {
  it('keeps refs without a registry (dropping the tag)', () => {
    expect(registryRefs(parseImageRef('acme/web:dev'), null)).toEqual({ localRef: 'acme/web', clusterRef: 'acme/web', tagPrefix: '' });
  });

  it('escapes the familiar name under the registry host', () => {
    expect(registryRefs(parseImageRef('gcr.io/foo'), reg('abc.io'))).toEqual({ localRef: 'abc.io/gcr.io_foo', clusterRef: 'abc.io/gcr.io_foo', tagPrefix: '' });
    expect(registryRefs(parseImageRef('localhost:5000/app:1'), reg('reg.io/team'))).toEqual({
      localRef: 'reg.io/team/localhost_5000_app',
      clusterRef: 'reg.io/team/localhost_5000_app',
      tagPrefix: '',
    });
  });

  it('uses host_from_cluster for the deploy side', () => {
    expect(registryRefs(parseImageRef('web'), reg('localhost:5001', 'kind-registry:5000'))).toEqual({
      localRef: 'localhost:5001/web',
      clusterRef: 'kind-registry:5000/web',
      tagPrefix: '',
    });
  });

  it('leaves names already in the registry alone', () => {
    expect(registryRefs(parseImageRef('localhost:5001/web'), reg('localhost:5001'))).toEqual({
      localRef: 'localhost:5001/web',
      clusterRef: 'localhost:5001/web',
      tagPrefix: '',
    });
  });

  it('puts every image under one name with single_name', () => {
    expect(registryRefs(parseImageRef('acme/fe'), reg('123.dkr.ecr.us-east-1.amazonaws.com', '', 'team-a/dev'))).toEqual({
      localRef: '123.dkr.ecr.us-east-1.amazonaws.com/team-a/dev',
      clusterRef: '123.dkr.ecr.us-east-1.amazonaws.com/team-a/dev',
      tagPrefix: 'fe-',
    });
  });
});
