// What each config file held when the last Tiltfile load ended, so that a change event
// for a file the load itself wrote, which leaves it as the load read it, does not reload
// the Tiltfile. That is what keeps a Tiltfile that writes a file it then reads
// (`local('gen > out.yaml')` and `read_yaml('out.yaml')`) from reloading itself forever.
// A file written after the load (an editor saving, `touch Tiltfile`) reloads as in Tilt,
// even with the same content.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { MTIME_SLACK_MS } from './catch-up.js';

/** A digest of a file's bytes or a directory's entry names; null when it does not exist. */
function fingerprint(path: string): string | null {
  try {
    const st = statSync(path);
    const h = createHash('sha1');
    if (st.isDirectory()) h.update(readdirSync(path).sort().join('\0'));
    else h.update(readFileSync(path));
    return h.digest('hex');
  } catch {
    return null;
  }
}

function mtimeOf(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

export class ConfigContents {
  private readonly seen = new Map<string, string | null>();
  private loadEnded = 0;

  /** Remembers what `files` hold now; call when a load ends (`ended`, ms since the epoch). */
  record(files: readonly string[], ended: number): void {
    this.seen.clear();
    this.loadEnded = ended;
    for (const f of files) this.seen.set(f, fingerprint(f));
  }

  /**
   * The files among `paths` that call for a reload: written after the last load ended,
   * or holding something else than the load read (unrecorded ones always count).
   */
  changed(paths: readonly string[]): string[] {
    return paths.filter((p) => {
      if (!this.seen.has(p)) return true;
      const mtime = mtimeOf(p);
      if (mtime !== null && mtime > this.loadEnded + MTIME_SLACK_MS) return true;
      return this.seen.get(p) !== fingerprint(p);
    });
  }
}
