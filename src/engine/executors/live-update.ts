// Applying a live update plan to one running container (reference §4.2 step 3): deleted
// files removed with `rm -rf` through exec, changed files copied in one tar archive through
// the Docker API (the daemon extracts it, so the image needs no tar), then the triggered
// run steps, then restart_container. A failing run step is the user's error (the files
// stay synced, no rebuild); anything else failing is an infrastructure error, after which
// the caller falls back to a full rebuild.

import type { ArchiveEntry, DockerClient } from '../../adapters/docker/port.js';
import type { ImageTarget } from '../../model/index.js';
import type { ExecutorContext } from '../executor.js';
import { isUnder } from '../watch/ignore.js';
import { displayCommand } from './custom-build.js';
import { imageRoots } from './image-build-cache.js';
import { collectTree, entryFor, imageExcludes, makeExcluder, type Excluder } from './image-build-context.js';
import type { LiveUpdatePlan, SyncMapping } from './live-update-plan.js';

/** A run step exited non-zero: the update failed, but a rebuild would not help. */
export class LiveUpdateRunError extends Error {}

/** Copying or executing failed for reasons outside the user's commands. */
export class LiveUpdateInfraError extends Error {}

export interface LiveContainer {
  id: string;
  name: string;
}

const SHOW_FILES = 10;
const RM_BATCH = 200;

function excluderFor(img: ImageTarget, local: string): Excluder | null {
  const roots = imageRoots(img);
  return roots.some((r) => isUnder(local, r)) ? makeExcluder(imageExcludes(img), [], roots) : null;
}

/** Archive entries (named relative to /) for the mappings whose local path exists; the rest are deletions. */
export function syncEntries(img: ImageTarget, syncs: SyncMapping[]): { entries: ArchiveEntry[]; deletes: string[] } {
  const entries: ArchiveEntry[] = [];
  const deletes: string[] = [];
  for (const m of syncs) {
    const name = m.remote.replace(/^\/+/, '');
    const e = entryFor(m.local, name);
    if (!e) {
      deletes.push(m.remote);
      continue;
    }
    if (e.type !== 'directory') {
      entries.push(e);
      continue;
    }
    const ex = excluderFor(img, m.local) ?? { excluded: () => false, prune: () => false };
    if (name === '') entries.push(...collectTree(m.local, m.local, ex));
    else entries.push(...collectTree(m.local, m.local, ex, name));
  }
  return { entries, deletes };
}

function runFailure(cmd: string, code: number): Error {
  if (code === 137) return new LiveUpdateInfraError(`command ${JSON.stringify(cmd)} was killed by the container runtime (exit code 137)`);
  const hint = code === 126 || code === 127 ? ' (not found in PATH or not executable)' : '';
  return new LiveUpdateRunError(`command ${JSON.stringify(cmd)} failed with exit code: ${code}${hint}`);
}

async function infra<T>(what: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw new LiveUpdateInfraError(`${what}: ${(e as Error).message}`);
  }
}

export async function applyLiveUpdate(
  ctx: ExecutorContext,
  docker: DockerClient,
  c: LiveContainer,
  img: ImageTarget,
  plan: Extract<LiveUpdatePlan, { kind: 'update' }>,
): Promise<void> {
  const { entries, deletes } = syncEntries(img, plan.syncs);
  if (deletes.length > 0) {
    ctx.log(`Will delete ${deletes.length} file(s) from container: ${c.name}\n`);
    for (let i = 0; i < deletes.length; i += RM_BATCH) {
      let out = '';
      const code = await infra('removing files', () => docker.exec(c.id, ['rm', '-rf', ...deletes.slice(i, i + RM_BATCH)], (t) => (out += t), ctx.signal));
      if (code !== 0) {
        const hint = code === 126 || code === 127 ? ' (is `rm` in the image?)' : '';
        throw new LiveUpdateInfraError(`rm -rf exited with code ${code}${hint}: ${out.trim()}`);
      }
    }
  }
  if (entries.length > 0) {
    const files = plan.syncs.filter((m) => !deletes.includes(m.remote));
    ctx.log(`Will copy ${files.length} file(s) to container: ${c.name}\n`);
    for (const m of files.slice(0, SHOW_FILES)) ctx.log(`- ${m.local} --> ${m.remote}\n`);
    if (files.length > SHOW_FILES) ctx.log(`- ... (${files.length - SHOW_FILES} more)\n`);
    await infra('copying files', () => docker.putArchive(c.id, '/', entries));
  }
  for (const [i, run] of plan.runs.entries()) {
    const shown = displayCommand(run.cmd);
    if (!run.echoOff) ctx.log(`[CMD ${i + 1}/${plan.runs.length}] ${shown}\n`);
    const code = await infra(`running ${JSON.stringify(shown)}`, () => docker.exec(c.id, run.cmd, (t) => ctx.log(t), ctx.signal));
    if (code !== 0) throw runFailure(shown, code);
  }
  if (plan.restart) {
    ctx.log(`Restarting container: ${c.name}\n`);
    await infra('restarting the container', () => docker.restart(c.id, 0));
  }
  ctx.log(`  → Container ${c.name} updated!\n`);
}
