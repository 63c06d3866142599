// Test helpers for the engine: manifests built in code and executors that record calls.

import { emptyLoadResult, type LoadResult, type Manifest } from '../../src/model/index.js';
import type { Executor, ExecutorContext, UpdateRequest } from '../../src/engine/executor.js';

export function localManifest(name: string, over: Partial<Manifest> = {}, local: Partial<NonNullable<Manifest['local']>> = {}): Manifest {
  return {
    name,
    type: 'local',
    resourceDeps: [],
    triggerMode: 'auto',
    autoInit: true,
    labels: [],
    links: [],
    images: [],
    local: {
      cmd: ['true'],
      serveCmd: [],
      deps: [],
      ignores: [],
      dir: '/tmp',
      serveDir: '/tmp',
      env: {},
      serveEnv: {},
      allowParallel: false,
      readinessProbe: null,
      ...local,
    },
    ...over,
  };
}

export function loadResult(manifests: Manifest[], over: Partial<LoadResult> = {}): LoadResult {
  return { ...emptyLoadResult('/tmp/Tiltfile'), manifests, enabledResources: manifests.map((m) => m.name), ...over };
}

export interface Recorded {
  name: string;
  req: UpdateRequest;
}

/** An executor whose updates take `ms` and optionally fail; every call is recorded. */
export class FakeExecutor implements Executor {
  static calls: Recorded[] = [];
  static running = 0;
  static maxRunning = 0;
  constructor(
    readonly name: string,
    private readonly ms = 5,
    private readonly fail: () => boolean = () => false,
  ) {}
  async update(ctx: ExecutorContext, req: UpdateRequest): Promise<void> {
    FakeExecutor.calls.push({ name: this.name, req });
    FakeExecutor.running++;
    FakeExecutor.maxRunning = Math.max(FakeExecutor.maxRunning, FakeExecutor.running);
    await new Promise((r) => setTimeout(r, this.ms));
    FakeExecutor.running--;
    if (this.fail()) throw new (await import('../../src/engine/executor.js')).UpdateError(`${this.name} failed`);
    ctx.setRuntime('not_applicable');
  }
  async stop(): Promise<void> {}
  static reset(): void {
    FakeExecutor.calls = [];
    FakeExecutor.running = 0;
    FakeExecutor.maxRunning = 0;
  }
}

export function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      if (cond()) resolve();
      else if (Date.now() - start > timeoutMs) reject(new Error('timed out waiting for condition'));
      else setTimeout(tick, 5);
    };
    tick();
  });
}
