// The compose file tiltjs adds after the project's own to run a service with the image it
// built: `services: {<service>: {image: <ref>}}`. JSON is YAML, and a file without
// `version` merges with v1 and v2 projects alike. One scratch directory per process,
// removed at exit.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComposeProject } from '../../model/index.js';

let dir: string | null = null;

function scratch(): string {
  if (dir === null) {
    dir = mkdtempSync(join(tmpdir(), 'tiltjs-compose-'));
    const d = dir;
    process.once('exit', () => rmSync(d, { recursive: true, force: true }));
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function overrideYaml(service: string, image: string): string {
  return `${JSON.stringify({ services: { [service]: { image } } }, null, 2)}\n`;
}

/** Writes the override for one service; returns its path. */
export function writeOverride(p: ComposeProject, service: string, image: string): string {
  const safe = `${p.name}-${service}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  const file = join(scratch(), `${safe}.tiltjs-override.yml`);
  writeFileSync(file, overrideYaml(service, image));
  return file;
}
