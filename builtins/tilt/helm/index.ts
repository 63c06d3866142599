// The helm plugin: helm() renders a local chart into a YAML blob (reference §1.3).

import type { TiltPlugin } from '../../kit/index.js';
import { helmBuiltin } from './helm.js';

export { runTool } from './run-tool.js';

export const helmPlugin: TiltPlugin = { name: 'helm', globals: { helm: helmBuiltin } };
