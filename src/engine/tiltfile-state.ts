// The `(Tiltfile)` pseudo-resource: its loads are its updates.

import type { BuildRecord, ResourceView } from './status.js';

export const TILTFILE = '(Tiltfile)';

export class TiltfileState {
  private current: BuildRecord | null = null;
  private readonly builds: BuildRecord[] = [];

  get busy(): boolean {
    return this.current !== null;
  }

  start(reason: string): void {
    this.current = { startTime: Date.now(), finishTime: null, reason, error: null, liveUpdate: false };
  }

  finish(error: string | null): void {
    if (!this.current) return;
    this.current.finishTime = Date.now();
    this.current.error = error;
    this.builds.push(this.current);
    if (this.builds.length > 10) this.builds.shift();
    this.current = null;
  }

  get lastError(): string | null {
    return this.builds[this.builds.length - 1]?.error ?? null;
  }

  view(_path: string): ResourceView {
    const last = this.current ?? this.builds[this.builds.length - 1] ?? null;
    return {
      name: TILTFILE,
      type: 'tiltfile',
      labels: [],
      updateStatus: this.current ? 'in_progress' : last === null ? 'pending' : last.error ? 'error' : 'ok',
      runtimeStatus: 'not_applicable',
      waiting: null,
      triggerMode: 'auto',
      autoInit: true,
      everReady: this.builds.some((b) => !b.error),
      pendingChanges: false,
      lastBuild: last,
      buildCount: this.builds.length,
      runtimeError: null,
      links: [],
      resourceDeps: [],
      enabled: true,
    };
  }
}
