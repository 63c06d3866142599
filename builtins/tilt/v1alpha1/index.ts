// The v1alpha1 module (reference §1.14): constructors for Tilt API objects. Registering
// constructors record objects (state.ts) that the load result lists as apiObjects; nested
// constructors return frozen dict-backed specs.

import type { LoadContext, TiltPlugin } from '../../kit/index.js';
import type { ApiObjectRecord } from '../../../src/model/index.js';
import { NESTED_CONSTRUCTORS } from './nested.js';
import { OBJECT_CONSTRUCTORS } from './objects.js';
import { apiObjects } from './state.js';

export { API_OBJECTS, ANNOTATION_MANAGED_BY, ApiObjectSet, apiObjects, type ApiObject } from './state.js';
export { SpecDict, type Spec, type SpecValue } from './spec-dict.js';

export const v1alpha1Plugin: TiltPlugin = {
  name: 'v1alpha1',
  globals: { ...OBJECT_CONSTRUCTORS, ...NESTED_CONSTRUCTORS },
};

/** The registered objects in the load result's form. */
export function apiObjectsForResult(cx: LoadContext): ApiObjectRecord[] {
  return apiObjects(cx)
    .all()
    .map((o) => ({
      kind: o.kind,
      name: o.name,
      ...(Object.keys(o.labels).length > 0 ? { labels: o.labels } : {}),
      ...(Object.keys(o.annotations).length > 0 ? { annotations: o.annotations } : {}),
      spec: o.spec,
    }));
}
