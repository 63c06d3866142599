// Planning a live update (reference §4.2): which container paths the changed files map to,
// which run steps they trigger, and when a live update cannot apply at all (a file under no
// sync, a fall_back_on file), in which case the resource needs a full rebuild. Pure.

import { existsSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ImageTarget, LiveUpdateStep } from '../../model/index.js';
import { isUnder } from '../watch/ignore.js';

export interface SyncMapping {
  local: string;
  /** absolute container path */
  remote: string;
}

export interface RunStep {
  cmd: string[];
  echoOff: boolean;
}

export type LiveUpdatePlan =
  | { kind: 'full'; reason: string }
  | { kind: 'update'; syncs: SyncMapping[]; runs: RunStep[]; restart: boolean };

type SyncStep = Extract<LiveUpdateStep, { type: 'sync' }>;
type RunSpec = Extract<LiveUpdateStep, { type: 'run' }>;

/** Whether the image has a live update worth running (at least one sync or run). */
export function hasLiveUpdate(img: ImageTarget | undefined): boolean {
  return img !== undefined && img.liveUpdate.some((s) => s.type === 'sync' || s.type === 'run');
}

function abs(base: string, p: string): string {
  return isAbsolute(p) ? p : resolve(base, p);
}

/** Tilt's change list display: cwd-relative where possible, at most 5 then "...". */
export function formatFileList(files: string[], cwd = process.cwd()): string {
  const shown = files.slice(0, 5).map((f) => {
    const rel = relative(cwd, f);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : f;
  });
  if (files.length > 5) shown.push('...');
  return `[${shown.join(' ')}]`;
}

/** The container path of a local path under a sync step. */
export function containerPath(step: SyncStep, base: string, file: string): string {
  const local = abs(base, step.localPath);
  if (file === local) return step.remotePath.endsWith('/') ? `${step.remotePath}${basename(file)}` : step.remotePath;
  const rel = relative(local, file).split(sep).join('/');
  return `${step.remotePath.replace(/\/+$/, '')}/${rel}`;
}

/** Mappings of `files` through the sync steps; files under no sync are returned apart. */
export function mapFiles(img: ImageTarget, files: string[]): { syncs: SyncMapping[]; unmatched: string[] } {
  const steps = img.liveUpdate.filter((s): s is SyncStep => s.type === 'sync');
  const syncs: SyncMapping[] = [];
  const unmatched: string[] = [];
  for (const f of files) {
    const hits = steps.filter((s) => isUnder(f, abs(img.basePath, s.localPath)));
    if (hits.length === 0) unmatched.push(f);
    for (const s of hits) syncs.push({ local: f, remote: containerPath(s, img.basePath, f) });
  }
  return { syncs, unmatched };
}

/** The run steps `changed` (local paths) trigger, in order: no triggers, or one matching. */
export function triggeredRuns(img: ImageTarget, changed: string[]): RunStep[] {
  return img.liveUpdate
    .filter((s): s is RunSpec => s.type === 'run')
    .filter((s) => s.triggers.length === 0 || s.triggers.some((t) => changed.some((f) => isUnder(f, abs(img.basePath, t)))))
    .map((s) => ({ cmd: s.cmd, echoOff: s.echoOff }));
}

export function planLiveUpdate(img: ImageTarget, files: string[]): LiveUpdatePlan {
  if (!hasLiveUpdate(img)) return { kind: 'full', reason: `no live update for ${img.ref}` };
  // The Dockerfile describes the image: a change to it always rebuilds (reference §4.2, 8).
  const dockerfile = img.kind === 'docker' && img.dockerfile !== '' ? files.find((f) => f === img.dockerfile) : undefined;
  if (dockerfile !== undefined) return { kind: 'full', reason: `Detected change to the Dockerfile ${JSON.stringify(dockerfile)}` };
  const { syncs, unmatched } = mapFiles(img, files);
  if (unmatched.length > 0) return { kind: 'full', reason: `Found file(s) not matching any sync (files: ${formatFileList(unmatched)})` };
  const stops = img.liveUpdate.flatMap((s) => (s.type === 'fall_back_on' ? s.paths.map((p) => abs(img.basePath, p)) : []));
  const stop = files.find((f) => stops.some((p) => isUnder(f, p)));
  if (stop !== undefined) return { kind: 'full', reason: `Detected change to stop file ${JSON.stringify(stop)}` };
  return {
    kind: 'update',
    syncs,
    runs: triggeredRuns(img, files),
    restart: img.liveUpdate.some((s) => s.type === 'restart_container'),
  };
}

/** The initial sync: every sync directory as a whole, and the run steps that triggers. */
export function initialSyncPlan(img: ImageTarget): LiveUpdatePlan | null {
  if (!img.liveUpdate.some((s) => s.type === 'initial_sync') || !hasLiveUpdate(img)) return null;
  const steps = img.liveUpdate.filter((s): s is SyncStep => s.type === 'sync');
  const syncs = steps.map((s) => ({ local: abs(img.basePath, s.localPath), remote: s.remotePath.replace(/\/$/, '') || '/' }));
  // Everything under the sync paths is copied: a trigger fires when it covers a sync path
  // or names something that exists inside one.
  const runs = img.liveUpdate
    .filter((s): s is RunSpec => s.type === 'run')
    .filter(
      (s) =>
        s.triggers.length === 0 ||
        s.triggers.some((t) => {
          const tp = abs(img.basePath, t);
          return syncs.some((m) => isUnder(m.local, tp) || (isUnder(tp, m.local) && existsSync(tp)));
        }),
    )
    .map((s) => ({ cmd: s.cmd, echoOff: s.echoOff }));
  return { kind: 'update', syncs, runs, restart: false };
}

