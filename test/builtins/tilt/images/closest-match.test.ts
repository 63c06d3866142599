// The "Did you mean" ranking of the unused-image warning.

import { describe, expect, it } from 'vitest';
import { closestN } from '../../../../builtins/tilt/images/closest-match.js';

describe('closestN', () => {
  it('ranks candidates by shared substrings', () => {
    expect(closestN(['gcr.io/foo', 'golang'], 'gcr.typo.io/foo', 3)).toEqual(['gcr.io/foo']);
    expect(closestN(['redis', 'gcr.io/acme/storefront', 'node'], 'gcr.io/acme/storefornt', 3)).toEqual(['gcr.io/acme/storefront', 'redis']);
  });

  it('returns nothing without overlap and at most n names', () => {
    expect(closestN(['zzz'], 'abc', 3)).toEqual([]);
    expect(closestN(['app1', 'app2', 'app3', 'app4'], 'app', 2)).toHaveLength(2);
  });
});
