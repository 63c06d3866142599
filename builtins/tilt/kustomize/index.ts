// The kustomize plugin: kustomize() builds a kustomization into a YAML blob (reference §1.3).

import type { TiltPlugin } from '../../kit/index.js';
import { kustomizeBuiltin } from './kustomize.js';

export const kustomizePlugin: TiltPlugin = { name: 'kustomize', globals: { kustomize: kustomizeBuiltin } };
