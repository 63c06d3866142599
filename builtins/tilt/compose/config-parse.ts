// Reading the project `compose config` printed: the services profiles enable, in the
// order Tilt visits them (compose-go's ForEachService: service names sorted, each
// service's dependencies first), with the fields Tilt uses: image, build, published ports,
// volume sources and depends_on. v1 prints YAML with some short forms left as strings
// ("127.0.0.1:3000:30/tcp", "/src:/app:rw"); v2 prints long forms; both are handled.

import yaml from 'js-yaml';
import { isAbsolute, join } from 'node:path';

export interface ParsedService {
  name: string;
  config: Record<string, unknown>;
  image: string;
  build: { context: string; dockerfile: string } | null;
  publishedPorts: number[];
  volumeSources: string[];
  /** depends_on names with whether each is required */
  dependsOn: { name: string; required: boolean }[];
  profiles: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** A git URL build context, which compose leaves as written. */
export function isRemoteContext(ctx: string): boolean {
  return /^(?:https?:\/\/|git@|git:\/\/|github\.com\/)/.test(ctx);
}

function parseBuild(v: unknown, projectDir: string): ParsedService['build'] {
  let context = '';
  let dockerfile = '';
  if (typeof v === 'string') context = v;
  else if (isRecord(v)) {
    context = str(v.context);
    dockerfile = str(v.dockerfile);
  } else return null;
  if (context === '') return null;
  if (!isRemoteContext(context) && !isAbsolute(context)) context = join(projectDir, context);
  return { context, dockerfile };
}

/** The published host port of one `ports` entry, or null (none, a range, not a number). */
function publishedPort(p: unknown): number | null {
  let published = '';
  if (typeof p === 'string' || typeof p === 'number') {
    const parts = String(p).split('/')[0].split(':');
    if (parts.length === 3) published = parts[1];
    else if (parts.length === 2) published = parts[0];
  } else if (isRecord(p)) {
    published = str(p.published);
  }
  if (!/^[0-9]+$/.test(published)) return null;
  const n = Number(published);
  return n === 0 ? null : n;
}

function volumeSource(v: unknown): string {
  if (typeof v === 'string') {
    const parts = v.split(':');
    return parts.length >= 2 ? parts[0] : '';
  }
  return isRecord(v) ? str(v.source) : '';
}

function parseDependsOn(v: unknown): ParsedService['dependsOn'] {
  if (Array.isArray(v)) return v.filter((d): d is string => typeof d === 'string').map((name) => ({ name, required: true }));
  if (isRecord(v)) {
    return Object.entries(v).map(([name, d]) => ({ name, required: !(isRecord(d) && d.required === false) }));
  }
  return [];
}

function parseService(name: string, cfg: Record<string, unknown>, projectDir: string): ParsedService {
  const ports = Array.isArray(cfg.ports) ? cfg.ports : [];
  const volumes = Array.isArray(cfg.volumes) ? cfg.volumes : [];
  return {
    name,
    config: cfg,
    image: str(cfg.image),
    build: parseBuild(cfg.build, projectDir),
    publishedPorts: ports.map(publishedPort).filter((p): p is number => p !== null),
    volumeSources: volumes.map(volumeSource).filter((s) => s !== ''),
    dependsOn: parseDependsOn(cfg.depends_on),
    profiles: Array.isArray(cfg.profiles) ? cfg.profiles.map(str) : [],
  };
}

/** compose-go's HasProfile: no profiles, or one of them active ("*" activates all). */
function enabled(svc: ParsedService, active: readonly string[]): boolean {
  if (svc.profiles.length === 0) return true;
  return active.some((p) => p === '*' || svc.profiles.includes(p));
}

/**
 * The enabled services of a `compose config` output, dependencies first. A required
 * dependency on a service that is not enabled fails as compose-go does.
 */
export function parseComposeConfig(text: string, projectDir: string, profiles: readonly string[]): ParsedService[] {
  const doc = yaml.load(text);
  const services = isRecord(doc) && isRecord(doc.services) ? doc.services : {};
  const byName = new Map<string, ParsedService>();
  for (const [name, cfg] of Object.entries(services)) {
    const svc = parseService(name, isRecord(cfg) ? cfg : {}, projectDir);
    if (enabled(svc, profiles)) byName.set(name, svc);
  }
  const ordered: ParsedService[] = [];
  const seen = new Set<string>();
  const visit = (names: string[], deps: Map<string, boolean> | null): void => {
    for (const n of names) {
      const svc = byName.get(n);
      if (!svc) {
        if (deps === null || deps.get(n) !== false) throw new Error(`no such service: ${n}: not found`);
        continue;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      if (svc.dependsOn.length > 0) {
        const sub = new Map(svc.dependsOn.map((d) => [d.name, d.required]));
        visit([...sub.keys()].sort(), sub);
      }
      ordered.push(svc);
    }
  };
  visit([...byName.keys()].sort(), null);
  return ordered;
}
