// Executors carry out a resource's updates and own its runtime (processes, containers).
// The engine decides when to update; an executor decides how. One implementation per
// manifest type (src/engine/executors/), all behind this interface.

import type { Manifest } from '../model/index.js';
import type { RuntimeStatus } from './status.js';

export interface ExecutorContext {
  /** resource log (build output by default) */
  log(text: string, source?: 'build' | 'runtime'): void;
  /** reports the runtime state (process running, container healthy, ...) */
  setRuntime(status: RuntimeStatus, error?: string | null): void;
  /** aborted when the engine shuts down or the update is superseded */
  signal: AbortSignal;
}

export interface UpdateRequest {
  reason: string;
  /** changed files (absolute) that triggered this update; empty for initial/trigger */
  files: string[];
}

/** A failed update: the message is shown on the resource. */
export class UpdateError extends Error {}

export interface Executor {
  /** Full update (build and deploy / run the command). Throws UpdateError on failure. */
  update(ctx: ExecutorContext, req: UpdateRequest): Promise<void>;
  /**
   * Applies changed files to the running workload without a full update, when the
   * manifest has a live update. Returns 'full' when a full update is needed instead.
   */
  liveUpdate?(ctx: ExecutorContext, files: string[]): Promise<'applied' | 'full'>;
  /** Stops the runtime (processes, port forwards...) at shutdown or removal. */
  stop(): Promise<void>;
  /** `tiltjs down`: removes what this resource created (containers, objects). */
  down?(ctx: ExecutorContext): Promise<void>;
  /**
   * The resource was disabled: stops its runtime like stop(), and also removes what would
   * otherwise keep running without tiltjs (a Compose service's container). Default: stop().
   */
  disable?(ctx: ExecutorContext): Promise<void>;
}

export type ExecutorFactory = (manifest: Manifest) => Executor;
