// Picks the executor for a manifest by its type.

import type { Manifest } from '../../model/index.js';
import type { Executor, ExecutorFactory } from '../executor.js';
import type { ImageBuilder } from './image-build.js';
import { LocalExecutor, type LocalServices } from './local.js';
import { UnsupportedExecutor } from './unsupported.js';

export interface ExecutorServices extends LocalServices {
  /** executor for Docker Compose services, when Docker is available */
  compose?: (m: Manifest) => Executor;
  /** executor for Kubernetes resources, when a cluster is available */
  k8s?: (m: Manifest) => Executor;
  /** the session's image builder (docker_build / custom_build, image reuse), shared by executors that deploy images */
  images?: ImageBuilder;
}

export function executorFactory(services: ExecutorServices): ExecutorFactory {
  return (m) => {
    switch (m.type) {
      case 'local':
        return new LocalExecutor(m, services);
      case 'dc':
        return services.compose ? services.compose(m) : new UnsupportedExecutor(m, 'Docker Compose (no Docker connection)');
      case 'k8s':
        return services.k8s ? services.k8s(m) : new UnsupportedExecutor(m, 'Kubernetes deploys are');
    }
  };
}
