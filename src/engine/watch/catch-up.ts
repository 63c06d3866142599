// Edits that land between a Tiltfile load and the watcher watching its files would be
// lost: chokidar sets up the watch of a new root asynchronously. So after each load, once
// the watcher has had time to start, the engine looks at the config files' modification
// times: one changed since the load ended means another reload. (Not since it began: a
// Tiltfile may write files it then reads; and a catch-up reload does not catch up again,
// so even then there is one extra reload at most, never a loop.)

import { statSync } from 'node:fs';

/** How long after a load the files are looked at (the watcher is watching by then). */
export const CATCH_UP_MS = 250;

/**
 * File times come from the kernel's coarse clock, a few ms behind Date.now() (4.75 ms at
 * most here, measured): a file written just after the load ended may carry a time
 * slightly before it.
 */
export const MTIME_SLACK_MS = 10;

/**
 * The files among `files` modified at or after `since` (ms since the epoch, less the
 * clock slack), and not in the future (a skewed clock must not reload forever).
 */
export function changedSince(files: readonly string[], since: number, now = Date.now()): string[] {
  const out: string[] = [];
  for (const f of files) {
    let mtime: number;
    try {
      mtime = statSync(f).mtimeMs;
    } catch {
      continue; // a file that does not exist (yet) is the watcher's business
    }
    if (mtime >= since - MTIME_SLACK_MS && mtime <= now) out.push(f);
  }
  return out;
}
