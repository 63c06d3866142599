// Wiring of the Docker side of the engine: one Docker client, one compose CLI and one
// image builder (with its session-wide image cache) shared by every executor of a run.
// Nothing connects to Docker until a resource needs it.

import { ComposeCliRunner } from './adapters/compose/cli.js';
import { DockerodeClient } from './adapters/docker/dockerode.js';
import { nodeProcesses } from './adapters/proc/node-processes.js';
import { ComposeExecutor } from './engine/executors/compose.js';
import { ImageBuilder } from './engine/executors/image-build.js';
import type { ExecutorServices } from './engine/executors/index.js';
import type { UpdateMode } from './engine/update-mode.js';

export function composeServices(env: () => Record<string, string>, updateMode: UpdateMode = 'auto'): Partial<ExecutorServices> {
  const docker = new DockerodeClient(process.env);
  const compose = new ComposeCliRunner(nodeProcesses, env);
  const images = new ImageBuilder({ docker, processes: nodeProcesses, env });
  const downDone = new Set<string>();
  return {
    images,
    compose: (m) => new ComposeExecutor(m, { docker, compose, images, downDone, updateMode }),
  };
}
