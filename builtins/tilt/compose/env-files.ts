// Service `env_file` entries. Tilt watches them, but `compose config` (v1 at least)
// folds them into `environment` and drops the key, so they are read from the compose
// files themselves. Later files add to earlier ones, as compose merges overrides.

import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import yaml from 'js-yaml';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function entries(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const e of list) {
    if (typeof e === 'string') out.push(e);
    else if (isRecord(e) && typeof e.path === 'string') out.push(e.path);
  }
  return out;
}

/** Absolute env files of each service named in the compose files (unreadable files are skipped). */
export function serviceEnvFiles(configPaths: readonly string[], projectDir: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const path of configPaths) {
    let doc: unknown;
    try {
      doc = yaml.load(readFileSync(path, 'utf8'));
    } catch {
      continue;
    }
    if (!isRecord(doc) || !isRecord(doc.services)) continue;
    for (const [name, svc] of Object.entries(doc.services)) {
      if (!isRecord(svc) || svc.env_file === undefined || svc.env_file === null) continue;
      const files = result.get(name) ?? [];
      for (const f of entries(svc.env_file)) {
        const abs = isAbsolute(f) ? f : join(projectDir, f);
        if (!files.includes(abs)) files.push(abs);
      }
      result.set(name, files);
    }
  }
  return result;
}
