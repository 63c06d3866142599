// Routing file events to the resources that watch them, with the quiet-period batching
// of reference §7.3: after the first event, keep collecting until `quietMs` pass without
// another (or `maxWaitMs` in all), then deliver the batch. Tilt waits 200 ms; tiltjs
// defaults to less, configurable.

import { isAbsolute } from 'node:path';
import { isEditorNoise, isUnder, type PatternSet } from './ignore.js';
import type { WatchSpec } from './specs.js';

export interface ChangeBatch {
  /** owner (resource name or '(Tiltfile)') → changed absolute paths, per image id where known */
  byOwner: Map<string, { files: Set<string>; imageIds: Set<string> }>;
}

export class WatchRouter {
  private specs: WatchSpec[] = [];
  private global: PatternSet[] = [];
  private pending = new Set<string>();
  private quietTimer: NodeJS.Timeout | null = null;
  private maxTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deliver: (batch: ChangeBatch) => void,
    private readonly quietMs = 50,
    private readonly maxWaitMs = 10_000,
  ) {}

  setSpecs(specs: WatchSpec[], globalIgnores: PatternSet[]): void {
    this.specs = specs;
    this.global = globalIgnores;
  }

  /** Every root any spec watches. */
  roots(): string[] {
    return [...new Set(this.specs.flatMap((s) => s.roots))];
  }

  /** Whether a directory or file can be skipped entirely by the watcher. */
  isIgnored(path: string): boolean {
    if (isEditorNoise(path)) return true;
    if (this.global.some((p) => p.matches(path))) return true;
    // Ignored only if every spec covering it ignores it.
    const covering = this.specs.filter((s) => s.roots.some((r) => isUnder(path, r) || isUnder(r, path)));
    if (covering.length === 0) return false;
    return covering.every((s) => !s.roots.some((r) => isUnder(r, path)) && s.ignores.some((p) => p.matches(path)));
  }

  /** Records one event; the batch goes out after the quiet period. */
  event(path: string): void {
    if (!isAbsolute(path) || isEditorNoise(path) || this.global.some((p) => p.matches(path))) return;
    this.pending.add(path);
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.flush(), this.quietMs);
    this.maxTimer ??= setTimeout(() => this.flush(), this.maxWaitMs);
  }

  flush(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    if (this.maxTimer) clearTimeout(this.maxTimer);
    this.quietTimer = this.maxTimer = null;
    if (this.pending.size === 0) return;
    const paths = [...this.pending];
    this.pending.clear();
    const byOwner: ChangeBatch['byOwner'] = new Map();
    for (const p of paths) {
      for (const s of this.specs) {
        if (!s.roots.some((r) => isUnder(p, r))) continue;
        if (s.excludeFiles.includes(p) || s.ignores.some((ig) => ig.matches(p))) continue;
        let entry = byOwner.get(s.owner);
        if (!entry) {
          entry = { files: new Set(), imageIds: new Set() };
          byOwner.set(s.owner, entry);
        }
        entry.files.add(p);
        if (s.imageId) entry.imageIds.add(s.imageId);
      }
    }
    if (byOwner.size > 0) this.deliver({ byOwner });
  }

  close(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    if (this.maxTimer) clearTimeout(this.maxTimer);
  }
}
