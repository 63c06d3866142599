// The engine's record of one resource: its manifest, its executor, and its status.

import type { Manifest } from '../model/index.js';
import type { Executor } from './executor.js';
import type { BuildRecord, ResourceView, RuntimeStatus, UpdateStatus } from './status.js';

const HISTORY = 10;

export class ResourceRuntime {
  updateStatus: UpdateStatus;
  runtimeStatus: RuntimeStatus;
  runtimeError: string | null = null;
  readonly builds: BuildRecord[] = [];
  current: BuildRecord | null = null;
  /** changed files not yet applied by an update */
  pendingFiles = new Set<string>();
  pendingSince: number | null = null;
  /** a trigger (UI, CLI) is queued */
  triggered = false;
  triggeredAt = 0;
  /** an update has started at least once */
  everStarted = false;
  /** ready at least once: dependents' first update may start */
  everReady = false;
  /** the last full update succeeded, so a live update may apply on top of it */
  deployed = false;
  enabled = true;
  waiting: string | null = null;
  abort: AbortController | null = null;

  constructor(
    public manifest: Manifest,
    public executor: Executor,
    readonly order: number,
  ) {
    this.updateStatus = manifest.autoInit ? 'pending' : 'none';
    this.runtimeStatus = manifest.autoInit ? 'pending' : 'none';
  }

  get name(): string {
    return this.manifest.name;
  }

  get running(): boolean {
    return this.current !== null;
  }

  recordStart(reason: string, liveUpdate: boolean): BuildRecord {
    const b: BuildRecord = { startTime: Date.now(), finishTime: null, reason, error: null, liveUpdate };
    this.current = b;
    this.everStarted = true;
    this.updateStatus = 'in_progress';
    return b;
  }

  recordFinish(error: string | null): void {
    const b = this.current;
    if (!b) return;
    b.finishTime = Date.now();
    b.error = error;
    this.builds.push(b);
    if (this.builds.length > HISTORY) this.builds.shift();
    this.current = null;
    this.updateStatus = error === null ? 'ok' : 'error';
  }

  markReady(): void {
    this.everReady = true;
  }

  view(): ResourceView {
    const m = this.manifest;
    return {
      name: m.name,
      type: m.type,
      labels: m.labels,
      updateStatus: this.updateStatus,
      runtimeStatus: this.runtimeStatus,
      waiting: this.waiting,
      triggerMode: m.triggerMode,
      autoInit: m.autoInit,
      everReady: this.everReady,
      pendingChanges: this.pendingFiles.size > 0,
      lastBuild: this.current ?? this.builds[this.builds.length - 1] ?? null,
      buildCount: this.builds.length,
      runtimeError: this.runtimeError,
      links: m.links,
      resourceDeps: m.resourceDeps,
      enabled: this.enabled,
    };
  }
}
