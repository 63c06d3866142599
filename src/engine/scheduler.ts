// Choosing which resources update next (reference §7.2): at most max_parallel_updates at
// once; a running non-parallel local resource blocks everything else and waits for others;
// a resource's first update waits until its resource_deps have been ready once; initial
// updates go first (local resources, then the rest in manifest order), then triggers in
// order, then pending file changes, oldest first.

import type { ResourceRuntime } from './resource.js';

export interface ScheduleInput {
  resources: ResourceRuntime[];
  maxParallel: number;
  /** a Tiltfile reload is pending or running */
  tiltfileBusy: boolean;
}

function isSerialLocal(r: ResourceRuntime): boolean {
  return r.manifest.type === 'local' && !r.manifest.local!.allowParallel && r.manifest.local!.cmd.length > 0;
}

/** Why r would update now, or null when it has nothing to do. */
export function updateReason(r: ResourceRuntime): string | null {
  if (!r.enabled) return null;
  if (r.triggered) return 'trigger';
  if (!r.everStarted) return r.manifest.autoInit ? 'initial' : null;
  if (r.pendingFiles.size > 0 && r.manifest.triggerMode === 'auto') return 'file change';
  return null;
}

function priority(r: ResourceRuntime, reason: string): number[] {
  if (reason === 'initial') return [0, r.manifest.type === 'local' ? 0 : 1, r.order];
  if (reason === 'trigger') return [1, r.triggeredAt, r.order];
  return [2, r.pendingSince ?? 0, r.order];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The resources to start now, and sets each waiting resource's `waiting` reason. */
export function pickNext(input: ScheduleInput): { resource: ResourceRuntime; reason: string }[] {
  const { resources } = input;
  const byName = new Map(resources.map((r) => [r.name, r]));
  const running = resources.filter((r) => r.running);
  for (const r of resources) r.waiting = null;
  const candidates: { resource: ResourceRuntime; reason: string }[] = [];
  for (const r of resources) {
    if (r.running) continue;
    const reason = updateReason(r);
    if (reason === null) continue;
    if (input.tiltfileBusy) {
      r.waiting = 'waiting for Tiltfile reload';
      continue;
    }
    if (!r.everStarted || reason === 'initial') {
      const blocked = r.manifest.resourceDeps.filter((d) => {
        const dep = byName.get(d);
        return dep !== undefined && dep.enabled && !dep.everReady;
      });
      if (blocked.length > 0) {
        r.waiting = `waiting on dependencies: ${blocked.join(', ')}`;
        continue;
      }
    }
    candidates.push({ resource: r, reason });
  }
  candidates.sort((a, b) => compare(priority(a.resource, a.reason), priority(b.resource, b.reason)));
  const picked: { resource: ResourceRuntime; reason: string }[] = [];
  let slots = input.maxParallel - running.length;
  const serialRunning = running.some(isSerialLocal);
  for (const c of candidates) {
    if (serialRunning) {
      c.resource.waiting = 'waiting on a local resource that cannot run in parallel';
      continue;
    }
    if (isSerialLocal(c.resource) && (running.length > 0 || picked.length > 0)) {
      c.resource.waiting = 'waiting for other updates to finish (allow_parallel=False)';
      continue;
    }
    if (sharesBuildingImage(c.resource, [...running, ...picked.map((p) => p.resource)])) {
      c.resource.waiting = 'waiting on an image another resource is building';
      continue;
    }
    if (slots <= 0) {
      c.resource.waiting = `waiting for a free slot (max_parallel_updates=${input.maxParallel})`;
      continue;
    }
    picked.push(c);
    slots--;
    if (isSerialLocal(c.resource)) break;
  }
  return picked;
}

function sharesBuildingImage(r: ResourceRuntime, busy: ResourceRuntime[]): boolean {
  if (r.manifest.images.length === 0) return false;
  const ids = new Set(r.manifest.images.map((i) => i.id));
  return busy.some((b) => b.manifest.images.some((i) => ids.has(i.id)));
}
