// Following one Compose service's container: Docker events for the service's labels drive
// an inspect, whose result becomes the resource's runtime status (running / healthy → ok,
// starting → pending, exited non-zero or unhealthy → error), and the container's output
// is streamed into the resource log. While tiltjs itself replaces or restarts the
// container, transient states are reported as pending, not as a crash.

import type { ContainerState, DockerClient } from '../../adapters/docker/port.js';
import type { ComposeProject } from '../../model/index.js';
import type { ExecutorContext } from '../executor.js';
import type { RuntimeStatus } from '../status.js';

const SERVICE_LABEL = 'com.docker.compose.service';
const PROJECT_LABEL = 'com.docker.compose.project';
const ONEOFF_LABEL = 'com.docker.compose.oneoff';

/** Project label values compose may have used: v1 strips everything but [a-z0-9]. */
export function projectLabels(p: ComposeProject): string[] {
  const name = p.name.toLowerCase();
  return [...new Set([name, name.replace(/[^a-z0-9]/g, '')])];
}

export function runtimeOf(c: ContainerState | null): { status: RuntimeStatus; error: string | null } {
  if (!c) return { status: 'pending', error: null };
  if (c.running) {
    if (c.health === 'starting') return { status: 'pending', error: null };
    if (c.health === 'unhealthy') return { status: 'error', error: `container ${c.name} is unhealthy` };
    return { status: 'ok', error: null };
  }
  if (c.status === 'exited' || c.status === 'dead') {
    if (c.exitCode === 0 && !c.error) return { status: 'ok', error: null };
    const why = c.error ? `: ${c.error}` : '';
    return { status: 'error', error: `container ${c.name} exited with code ${c.exitCode}${why}` };
  }
  return { status: 'pending', error: null };
}

/** The service's current container among candidates: a running one, else the latest started. */
export function pickContainer(list: ContainerState[]): ContainerState | null {
  const sorted = [...list].sort((a, b) => Number(b.running) - Number(a.running) || b.startedAt.localeCompare(a.startedAt));
  return sorted[0] ?? null;
}

export class ServiceRuntime {
  current: ContainerState | null = null;
  private ctx: ExecutorContext | null = null;
  private stopEvents: (() => void) | null = null;
  private stopLogs: (() => void) | null = null;
  private loggingId = '';
  private refreshing: Promise<void> | null = null;
  private again = false;
  private quiet = 0;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly createdAt = Date.now();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly docker: DockerClient,
    private readonly project: ComposeProject,
    private readonly service: string,
  ) {}

  /** While tiltjs replaces or restarts the container, its state changes are not reported as crashes. */
  async quietly<T>(f: () => Promise<T>): Promise<T> {
    this.quiet++;
    try {
      return await f();
    } finally {
      this.quiet--;
      // A state hidden meanwhile (say, a restart that failed) is reported now.
      if (this.following) void this.refresh();
    }
  }

  /** Whether container events are being followed (so `current` is up to date). */
  get following(): boolean {
    return this.stopEvents !== null && !this.stopped;
  }

  /** Starts following (once) and reads the current container. */
  async attach(ctx: ExecutorContext): Promise<ContainerState | null> {
    this.ctx = ctx;
    this.stopped = false;
    if (!this.stopEvents) this.subscribe();
    await this.refresh();
    return this.current;
  }

  private subscribe(): void {
    // Replaying from a second ago covers what happens before the stream is connected.
    this.stopEvents = this.docker.events(
      { [SERVICE_LABEL]: this.service },
      Math.floor(Date.now() / 1000) - 1,
      (e) => {
        if (projectLabels(this.project).includes(e.labels[PROJECT_LABEL] ?? '')) void this.refresh();
      },
      (err) => {
        this.stopEvents = null;
        if (this.stopped) return;
        if (err) this.ctx?.log(`lost the Docker event stream (${err.message}); reconnecting\n`, 'runtime');
        this.retry = setTimeout(() => {
          this.retry = null;
          if (!this.stopped) {
            this.subscribe();
            void this.refresh();
          }
        }, 2000);
      },
    );
  }

  /** Re-reads the container state; concurrent calls coalesce into one more read. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        await this.read();
      } while (this.again && !this.stopped);
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async read(): Promise<void> {
    let list: ContainerState[];
    try {
      list = await this.docker.containers({ [SERVICE_LABEL]: this.service });
    } catch (e) {
      this.ctx?.log(`reading the container state failed: ${(e as Error).message}\n`, 'runtime');
      return;
    }
    const labels = projectLabels(this.project);
    const mine = list.filter((c) => labels.includes(c.labels[PROJECT_LABEL] ?? '') && c.labels[ONEOFF_LABEL] !== 'True');
    const c = pickContainer(mine);
    this.current = c;
    const logs = this.followLogs(c);
    if (logs && c && !c.running) await Promise.race([logs, new Promise((r) => setTimeout(r, 2000))]);
    for (const w of this.waiters) w();
    if (this.stopped || !this.ctx) return;
    const r = runtimeOf(c);
    if (this.quiet > 0 && r.status === 'error') return this.ctx.setRuntime('pending');
    this.ctx.setRuntime(r.status, r.error);
  }

  /**
   * Streams the output of each run of the container once (a run = id + start time). A
   * container that already stopped gets its output dumped; the promise resolves when the
   * stream ends, so a crash's last words are logged before the crash is reported.
   */
  private followLogs(c: ContainerState | null): Promise<void> | null {
    if (!c || c.startedAt.startsWith('0001-')) return null;
    const key = `${c.id}@${c.startedAt}`;
    if (key === this.loggingId) return null;
    this.stopLogs?.();
    this.loggingId = key;
    const started = Math.floor(Date.parse(c.startedAt) / 1000);
    const since = Math.max(started, Math.floor(this.createdAt / 1000) - 1);
    return new Promise<void>((resolve) => {
      const halt = () => {
        stop();
        resolve();
      };
      const stop = this.docker.followLogs(
        c.id,
        since,
        (t) => this.ctx?.log(t, 'runtime'),
        () => {
          if (this.stopLogs === halt) this.stopLogs = null;
          resolve();
        },
      );
      this.stopLogs = halt;
    });
  }

  /** Waits until the predicate holds for the current container (re-checked on every change). */
  waitFor(pred: (c: ContainerState | null) => boolean, signal: AbortSignal, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      // Events drive the checks; polling covers a lost event stream.
      const poll = setInterval(() => void this.refresh(), 500);
      const finish = (ok: boolean) => {
        this.waiters.delete(check);
        signal.removeEventListener('abort', abort);
        if (timer) clearTimeout(timer);
        clearInterval(poll);
        resolve(ok);
      };
      const check = () => pred(this.current) && finish(true);
      const abort = () => finish(false);
      this.waiters.add(check);
      signal.addEventListener('abort', abort, { once: true });
      if (timeoutMs > 0) timer = setTimeout(() => finish(pred(this.current)), timeoutMs);
      check();
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.stopEvents?.();
    this.stopEvents = null;
    this.stopLogs?.();
    this.stopLogs = null;
    this.loggingId = '';
  }
}
