// Executors for Docker Compose services, once the Docker adapters exist.

import type { ExecutorServices } from './engine/executors/index.js';

export function composeServices(_env: () => Record<string, string>): Partial<ExecutorServices> {
  return {};
}
