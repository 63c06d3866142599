// The list of chunks expected to fail, each with its reason: conformance/expectations/known-failures.txt.
// Lines are `SUITE:CHUNK  reason`; `#` starts a comment line.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function expectationsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // Source layout (conformance/) and bundled layout (dist/) both find the folder.
  for (const dir of [join(here, 'expectations'), join(here, '..', 'conformance', 'expectations')]) {
    try {
      readFileSync(join(dir, 'known-failures.txt'));
      return dir;
    } catch {
      // try the next candidate
    }
  }
  throw new Error('conformance/expectations/known-failures.txt not found');
}

export function loadKnownFailures(): Map<string, string> {
  const text = readFileSync(join(expectationsDir(), 'known-failures.txt'), 'utf8');
  const known = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+)\s+(.*)$/.exec(line);
    if (!m || !m[2]) throw new Error(`known-failures.txt: every entry needs a reason: ${line}`);
    known.set(m[1], m[2]);
  }
  return known;
}
