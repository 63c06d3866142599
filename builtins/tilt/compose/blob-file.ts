// Compose YAML given as a blob goes to a file named after its content (`<sha256>.yml`,
// as Tilt names it) so the compose CLI can read it. Content addressing makes the scratch
// directory safe to share between loads: the same YAML always lands in the same file.

import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { fromHost } from '../../../grammar/utf8.js';
import type { ComposeState } from './state.js';

function scratchDir(state: ComposeState): string {
  if (state.tempDir === null) {
    let user = 'user';
    try {
      user = String(userInfo().uid);
    } catch {
      // no passwd entry: the shared name is fine
    }
    state.tempDir = join(tmpdir(), `tiltjs-compose-${user}`);
  }
  return state.tempDir;
}

/** Writes the blob's bytes (a byte string) and returns the file's path. */
export function writeBlobFile(state: ComposeState, bytes: string): string {
  const data = Buffer.from(bytes, 'latin1');
  const dir = scratchDir(state);
  const path = join(dir, `${createHash('sha256').update(data).digest('hex')}.yml`);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    throw new StarlarkError(fromHost(`unable to store yaml blob: ${(e as Error).message}`));
  }
  return path;
}
