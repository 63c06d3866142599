// The engine: reconciles the resources a Tiltfile declares. It applies load results
// (keeping the previous resources when a reload fails), schedules updates, routes file
// changes to resources (and config-file changes to a Tiltfile reload), and exposes status
// and logs. It knows the resource model and executors, never the interpreter: loading
// the Tiltfile is an injected function.

import { dirname } from 'node:path';
import type { FileWatcher, WatchOptions } from '../adapters/watch/port.js';
import { emptyLoadResult, type LoadResult, type Manifest } from '../model/index.js';
import { UpdateError, type ExecutorContext, type ExecutorFactory } from './executor.js';
import { LogStore } from './log-store.js';
import { ResourceRuntime } from './resource.js';
import { pickNext } from './scheduler.js';
import type { ResourceView, RuntimeStatus } from './status.js';
import { CATCH_UP_MS, changedSince } from './watch/catch-up.js';
import { ConfigContents } from './watch/config-contents.js';
import { PatternSet } from './watch/ignore.js';
import { WatchRouter, type ChangeBatch } from './watch/router.js';
import { manifestWatchSpecs, type WatchSpec } from './watch/specs.js';
import { TiltfileState, TILTFILE } from './tiltfile-state.js';

const NO_RESOURCES = 'No resources found. Check out https://docs.tilt.dev/tutorial.html to get started!';

export interface EngineOptions {
  loadTiltfile: (args: string[]) => Promise<LoadResult>;
  executors: ExecutorFactory;
  watcher?: (opts: WatchOptions) => Promise<FileWatcher>;
  args: string[];
  /** quiet period before acting on file changes (ms) */
  quietMs?: number;
}

export class Engine {
  readonly logs = new LogStore();
  readonly tiltfile = new TiltfileState();
  private resources = new Map<string, ResourceRuntime>();
  private args: string[];
  private result: LoadResult | null = null;
  private maxParallel = 3;
  private router: WatchRouter;
  private watcher: FileWatcher | null = null;
  private watchedRoots = new Set<string>();
  private listeners = new Set<() => void>();
  private stopping = false;
  /** what the config files held when the last load ended */
  private readonly configContents = new ConfigContents();
  /** config files reported changed while a load was running */
  private readonly configChangesDuringLoad = new Set<string>();
  /** how many Tiltfile loads have begun (identifies the latest) */
  private loadsBegun = 0;
  /** enable/disable from the CLI or API, by resource name */
  private readonly toggles = new Map<string, boolean>();
  private reloadQueued = false;

  constructor(private readonly opts: EngineOptions) {
    this.args = opts.args;
    this.router = new WatchRouter((b) => this.onChanges(b), opts.quietMs ?? 50);
  }

  /** Loads the Tiltfile, starts watching, and schedules the initial updates. */
  async start(): Promise<void> {
    if (this.opts.watcher) {
      this.watcher = await this.opts.watcher({
        ignored: (p) => this.router.isIgnored(p),
        onChange: (p) => this.router.event(p),
        onError: (e) => this.logs.line(TILTFILE, `file watch error: ${e.message}`, { level: 'warn' }),
      });
    }
    await this.reload('initial');
  }

  // --- Tiltfile -----------------------------------------------------------

  private async reload(reason: string, catchingUp = false): Promise<void> {
    if (this.tiltfile.busy) {
      this.reloadQueued = true;
      return;
    }
    this.tiltfile.start(reason);
    this.logs.line(TILTFILE, `Loading Tiltfile at: ${this.result?.tiltfilePath ?? 'Tiltfile'}`);
    this.changed();
    const thisLoad = ++this.loadsBegun;
    let result: LoadResult;
    try {
      result = await this.opts.loadTiltfile(this.args);
    } catch (e) {
      if (this.stopping) return;
      const base = this.result ?? emptyLoadResult('Tiltfile');
      result = { ...base, error: `internal error loading the Tiltfile: ${(e as Error).message}` };
    }
    const ended = Date.now();
    // A load that ends after stop() (it ran in a worker) changes nothing.
    if (this.stopping) return;
    this.configContents.record(result.configFiles, ended);
    // A main Tiltfile that defines nothing most likely means a new user: Tilt's engine
    // (not its loader, so not `alpha tiltfile-result`) reports it as a load error.
    if (result.error === null && result.manifests.length === 0) result = { ...result, error: NO_RESOURCES };
    for (const w of result.warnings) this.logs.line(TILTFILE, `WARNING: ${w}`, { level: 'warn' });
    if (result.error !== null) {
      this.logs.line(TILTFILE, result.error, { level: 'error' });
      if (this.result) this.logs.line(TILTFILE, 'Keeping the resources of the last successful load running.');
      this.tiltfile.finish(result.error);
      // Files read before the failure are still watched, so fixing them reloads.
      this.watchConfigFiles(result.configFiles);
    } else {
      this.logs.line(TILTFILE, `Successfully loaded Tiltfile (${result.manifests.length} resources)`);
      this.tiltfile.finish(null);
      await this.apply(result);
    }
    // A reload that is itself a catch-up does not catch up again: a Tiltfile that writes
    // the files it reads reloads once more at most, never in a loop.
    if (!catchingUp) this.catchUpEdits(result.configFiles, thisLoad, ended);
    // Config files that changed during the load: reload only if they differ from what the
    // load read (a Tiltfile writing its own inputs must not reload itself in a loop).
    const during = this.configContents.changed([...this.configChangesDuringLoad]);
    this.configChangesDuringLoad.clear();
    if (during.length > 0 && !this.stopping) {
      this.reloadQueued = false;
      await this.configChanged(during);
    } else if (this.reloadQueued && !this.stopping) {
      this.reloadQueued = false;
      await this.reload('file change');
    }
    this.schedule();
  }

  /** Reloads if a config file changed after the load ended but before its watch (catch-up.ts). */
  private catchUpEdits(files: string[], load: number, ended: number): void {
    if (!this.watcher) return;
    const timer = setTimeout(() => {
      // A later load read the files after this one did: it covers them.
      if (this.stopping || this.loadsBegun !== load || this.tiltfile.busy) return;
      const changed = this.configContents.changed(changedSince(files, ended));
      if (changed.length > 0) void this.configChanged(changed, true);
    }, CATCH_UP_MS);
    timer.unref();
  }

  /** Reloads the Tiltfile for config files that changed. */
  private configChanged(files: string[], catchingUp = false): Promise<void> {
    this.logs.line(TILTFILE, `Detected changes to config files: ${files.join(', ')}`);
    return this.reload('config file change', catchingUp);
  }

  private async apply(result: LoadResult): Promise<void> {
    const before = this.resources;
    const next = new Map<string, ResourceRuntime>();
    const enabled = new Set(result.enabledResources);
    for (const [i, m] of result.manifests.entries()) {
      const old = before.get(m.name);
      // `tiltjs enable/disable` wins over the Tiltfile's choice until the args change.
      const on = this.toggles.get(m.name) ?? enabled.has(m.name);
      if (old && sameManifest(old.manifest, m)) {
        old.manifest = m;
        next.set(m.name, old.enabled && !on ? await this.disabled(old) : old);
        old.enabled = on;
        continue;
      }
      if (old) await this.retire(old);
      const r = new ResourceRuntime(m, this.opts.executors(m), i);
      r.enabled = on;
      if (old) {
        // A changed definition updates again, whatever its trigger mode.
        r.triggered = old.everStarted;
        r.triggeredAt = Date.now();
      }
      next.set(m.name, r);
    }
    for (const [name, old] of before) if (!next.has(name)) await this.retire(old);
    this.resources = next;
    this.result = result;
    this.maxParallel = Math.max(1, result.updateSettings.maxParallelUpdates);
    this.updateWatches(result);
    this.changed();
  }

  /**
   * Stops a resource being disabled (what it runs, and its Compose container) and returns
   * the record that replaces it: disabled, and fresh, so that enabling it again starts it
   * as on the first load.
   */
  private async disabled(r: ResourceRuntime): Promise<ResourceRuntime> {
    await this.retire(r, true);
    this.logs.line(r.name, 'Resource disabled');
    const fresh = new ResourceRuntime(r.manifest, this.opts.executors(r.manifest), r.order);
    fresh.enabled = false;
    return fresh;
  }

  /**
   * `tiltjs enable` / `disable`: returns the names that are not resources (then nothing
   * changes). Disabling stops the resource; enabling starts it as on the first load.
   */
  async setEnabled(changes: { name: string; enabled: boolean }[]): Promise<string[]> {
    const unknown = changes.filter((c) => !this.resources.has(c.name)).map((c) => c.name);
    if (unknown.length > 0) return unknown;
    for (const { name, enabled } of changes) {
      this.toggles.set(name, enabled);
      const r = this.resources.get(name)!;
      if (r.enabled === enabled) continue;
      if (enabled) {
        r.enabled = true;
        this.logs.line(name, 'Resource enabled');
      } else {
        this.resources.set(name, await this.disabled(r));
      }
    }
    this.schedule();
    return [];
  }

  /** Stops a resource's update and runtime; `disabling` also removes what outlives tiltjs (Executor.disable). */
  private async retire(r: ResourceRuntime, disabling = false): Promise<void> {
    r.abort?.abort();
    if (disabling && r.executor.disable) await r.executor.disable(this.context(r, new AbortController()));
    else await r.executor.stop();
  }

  // --- file watching ------------------------------------------------------

  private updateWatches(result: LoadResult): void {
    const specs: WatchSpec[] = result.manifests.flatMap((m) => manifestWatchSpecs(m, result.tiltfilePath));
    specs.push({ owner: TILTFILE, roots: result.configFiles, ignores: [], excludeFiles: [] });
    const global = result.watchSettings.ignores.map((i) => new PatternSet(i.basePath, i.patterns));
    this.router.setSpecs(specs, global);
    this.syncWatchRoots(this.router.roots());
  }

  private watchConfigFiles(files: string[]): void {
    this.syncWatchRoots([...this.router.roots(), ...files], false);
    if (!this.result) {
      this.router.setSpecs([{ owner: TILTFILE, roots: files, ignores: [], excludeFiles: [] }], []);
    }
  }

  private syncWatchRoots(roots: string[], removeOthers = true): void {
    if (!this.watcher) return;
    const want = new Set(roots);
    const add = [...want].filter((r) => !this.watchedRoots.has(r));
    const remove = removeOthers ? [...this.watchedRoots].filter((r) => !want.has(r)) : [];
    if (add.length) this.watcher.add(add);
    if (remove.length) this.watcher.remove(remove);
    for (const r of add) this.watchedRoots.add(r);
    for (const r of remove) this.watchedRoots.delete(r);
  }

  private onChanges(batch: ChangeBatch): void {
    for (const [owner, change] of batch.byOwner) {
      if (owner === TILTFILE) {
        if (this.tiltfile.busy) {
          // Decided when the running load ends (see reload()).
          for (const f of change.files) this.configChangesDuringLoad.add(f);
          continue;
        }
        const changed = this.configContents.changed([...change.files]);
        if (changed.length > 0) void this.configChanged(changed);
        continue;
      }
      const r = this.resources.get(owner);
      if (!r) continue;
      for (const f of change.files) r.pendingFiles.add(f);
      r.pendingSince ??= Date.now();
    }
    this.schedule();
    this.changed();
  }

  /** Test hook: feed a change as if the watcher reported it (bypasses the quiet period). */
  fileChanged(paths: string[]): void {
    for (const p of paths) this.router.event(p);
    this.router.flush();
  }

  // --- updates ------------------------------------------------------------

  private schedule(): void {
    if (this.stopping) return;
    const picked = pickNext({
      resources: [...this.resources.values()],
      maxParallel: this.maxParallel,
      tiltfileBusy: this.tiltfile.busy,
    });
    for (const { resource, reason } of picked) void this.runUpdate(resource, reason);
    this.changed();
  }

  private context(r: ResourceRuntime, abort: AbortController): ExecutorContext {
    return {
      signal: abort.signal,
      log: (text, source = 'build') => this.logs.write(r.name, text, { source }),
      setRuntime: (status: RuntimeStatus, error: string | null = null) => {
        if (this.resources.get(r.name) !== r) return;
        r.runtimeStatus = status;
        r.runtimeError = error;
        if (status === 'ok') r.markReady();
        this.schedule();
      },
    };
  }

  private async runUpdate(r: ResourceRuntime, reason: string): Promise<void> {
    const files = [...r.pendingFiles];
    r.pendingFiles.clear();
    r.pendingSince = null;
    r.triggered = false;
    const abort = new AbortController();
    r.abort = abort;
    const ctx = this.context(r, abort);
    // Pending file changes go through the live update when there is one, also when a
    // manual trigger releases them; a trigger with no pending change forces a full update.
    const live = files.length > 0 && (reason === 'file change' || reason === 'trigger') && r.deployed && r.executor.liveUpdate !== undefined;
    r.recordStart(reason, live);
    this.changed();
    let error: string | null = null;
    try {
      let done = false;
      if (live) {
        this.logs.line(r.name, `Will attempt a live update of ${files.length} file(s)`);
        done = (await r.executor.liveUpdate!(ctx, files)) === 'applied';
      }
      if (!done) {
        this.logs.line(r.name, `Updating ${r.name} (${reason}${files.length ? `: ${files.length} changed file(s)` : ''})`);
        await r.executor.update(ctx, { reason, files });
        r.deployed = true;
      }
    } catch (e) {
      error = e instanceof UpdateError ? e.message : `internal error: ${(e as Error).message}`;
      this.logs.line(r.name, `ERROR: ${error}`, { level: 'error' });
    }
    this.logs.flush(r.name);
    if (this.resources.get(r.name) !== r) return;
    r.recordFinish(error);
    r.abort = null;
    if (error === null && (r.runtimeStatus === 'not_applicable' || r.runtimeStatus === 'ok')) r.markReady();
    this.schedule();
  }

  // --- control ------------------------------------------------------------

  trigger(name: string): boolean {
    if (name === TILTFILE) {
      void this.reload('trigger');
      return true;
    }
    const r = this.resources.get(name);
    if (!r) return false;
    r.triggered = true;
    r.triggeredAt = Date.now();
    this.schedule();
    return true;
  }

  async setArgs(args: string[]): Promise<void> {
    this.args = args;
    // New args are a new choice of resources: earlier enable/disable toggles give way.
    this.toggles.clear();
    await this.reload('args change');
  }

  getArgs(): string[] {
    return this.args;
  }

  views(): ResourceView[] {
    return [this.tiltfile.view(this.result?.tiltfilePath ?? ''), ...[...this.resources.values()].map((r) => r.view())];
  }

  manifests(): Manifest[] {
    return [...this.resources.values()].map((r) => r.manifest);
  }

  get loadResult(): LoadResult | null {
    return this.result;
  }

  onChange(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** Stops updates, processes and watches (Ctrl-C). Containers and objects keep running. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.router.close();
    await this.watcher?.close();
    await Promise.all([...this.resources.values()].map((r) => this.retire(r)));
  }

  /** `tiltjs down`: removes what the given resources created, last resource first. */
  async downManifests(manifests: Manifest[]): Promise<void> {
    for (const [i, m] of [...manifests.entries()].reverse()) {
      const r = new ResourceRuntime(m, this.opts.executors(m), i);
      if (!r.executor.down) continue;
      try {
        await r.executor.down(this.context(r, new AbortController()));
      } catch (e) {
        this.logs.line(r.name, `ERROR: ${(e as Error).message}`, { level: 'error' });
      }
    }
  }

  /** The directory of the main Tiltfile (for commands run on the engine's behalf). */
  get tiltfileDir(): string {
    return dirname(this.result?.tiltfilePath ?? '.');
  }
}

function sameManifest(a: Manifest, b: Manifest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
