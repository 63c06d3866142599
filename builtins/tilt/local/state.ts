// Local resources declared by local_resource() / test(), in call order.

import { stateSlot } from '../../kit/index.js';
import type { Link, LocalTarget, TriggerMode } from '../../../src/model/index.js';

export interface LocalResourceDecl {
  name: string;
  target: LocalTarget;
  /** undefined = the global trigger mode */
  triggerMode: TriggerMode | undefined;
  resourceDeps: string[];
  autoInit: boolean;
  links: Link[];
  labels: string[];
}

export const LOCAL_RESOURCES = stateSlot<LocalResourceDecl[]>('local-resources', () => []);
