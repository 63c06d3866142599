// `tiltjs enable` and `tiltjs disable`: turn resources of a running `tiltjs up` on or off,
// by name, by label (-l a,b) or all of them. A disabled resource stops (its processes, its
// Compose container) and stays listed; enabling it starts it as on the first load. `enable
// --only` also disables every other resource. The choice holds across Tiltfile reloads
// until the Tiltfile args change.

import type { ResourceView } from '../../engine/status.js';
import type { Command } from '../command.js';
import { FlagError, flagHelp, type FlagSpec } from '../flags.js';
import { ADDR, call, guarded } from './client.js';
import { apiBase } from './session-flags.js';

const SELECT: FlagSpec[] = [
  { name: 'all', type: 'boolean', description: 'every resource', default: false },
  { name: 'labels', short: 'l', type: 'string', description: 'resources with any of these labels (comma-separated)', default: '' },
];
const ONLY: FlagSpec = { name: 'only', type: 'boolean', description: 'disable every other resource', default: false };

/** The resources a command line names; throws FlagError for a selection that names none. */
export function selectResources(views: ResourceView[], names: string[], all: boolean, labels: string[]): string[] {
  const resources = views.filter((v) => v.type !== 'tiltfile');
  if (!all && names.length === 0 && labels.length === 0) throw new FlagError('name at least one resource, or use --all or --labels');
  if (all) return resources.map((v) => v.name);
  const byLabel = resources.filter((v) => v.labels.some((l) => labels.includes(l))).map((v) => v.name);
  if (labels.length > 0 && byLabel.length === 0) throw new FlagError(`no resource has any of the labels ${labels.map((l) => JSON.stringify(l)).join(', ')}`);
  return [...new Set([...names, ...byLabel])];
}

function toggleCommand(enable: boolean): Command {
  const name = enable ? 'enable' : 'disable';
  const specs = enable ? [...SELECT, ONLY, ...ADDR] : [...SELECT, ...ADDR];
  const usage = `tiltjs ${name} [RESOURCE...] [--all] [-l LABELS]${enable ? ' [--only]' : ''}\n\nFlags:\n${flagHelp(specs)}`;
  return {
    name,
    summary: enable ? 'Enable resources of a running tiltjs up (they start)' : 'Disable resources of a running tiltjs up (they stop)',
    usage,
    run: (argv) =>
      guarded(usage, specs, argv, async (p) => {
        const base = apiBase(p.flags);
        const labels = (p.flags.labels as string).split(',').map((l) => l.trim()).filter(Boolean);
        const view = JSON.parse(await call(base, 'GET', '/api/view')) as { resources: ResourceView[] };
        const chosen = selectResources(view.resources, p.positional, p.flags.all === true, labels);
        const others = enable && p.flags.only === true ? view.resources.filter((v) => v.type !== 'tiltfile' && !chosen.includes(v.name)).map((v) => v.name) : [];
        await call(base, 'POST', '/api/enable', enable ? { enable: chosen, disable: others } : { disable: chosen });
        return 0;
      }),
  };
}

export const enableCommand = toggleCommand(true);
export const disableCommand = toggleCommand(false);
