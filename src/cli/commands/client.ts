// Commands that talk to a running `tiltjs up` over its HTTP API:
//   tiltjs trigger NAME | tiltjs logs [NAME] [-f] | tiltjs get [-o json] | tiltjs args [ARGS...]
// (and the helpers toggle.ts uses for `tiltjs enable` / `disable`)

import { request } from 'node:http';
import type { ResourceView } from '../../engine/status.js';
import type { LogLine } from '../../engine/log-store.js';
import type { Command } from '../command.js';
import { FlagError, flagHelp, parseFlags, type FlagSpec } from '../flags.js';
import { apiBase, HOST_FLAG, PORT_FLAG } from './session-flags.js';

export const ADDR: FlagSpec[] = [
  { ...PORT_FLAG, default: undefined },
  { ...HOST_FLAG, default: undefined },
];

export class ClientError extends Error {}

export function call(base: string, method: string, path: string, body?: unknown, onData?: (chunk: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: { 'content-type': 'application/json' } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (onData ? onData(c) : (data += c)));
      res.on('end', () => {
        if ((res.statusCode ?? 500) >= 400) {
          let msg = data;
          try {
            msg = (JSON.parse(data) as { error?: string }).error ?? data;
          } catch {
            // not JSON
          }
          reject(new ClientError(msg));
        } else resolve(data);
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) =>
      reject(new ClientError(e.code === 'ECONNREFUSED' ? `could not connect to tiltjs at ${base}: is \`tiltjs up\` running?` : e.message)),
    );
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });
}

export async function guarded(usage: string, specs: FlagSpec[], argv: string[], fn: (p: ReturnType<typeof parseFlags>) => Promise<number>): Promise<number> {
  try {
    return await fn(parseFlags(argv, specs));
  } catch (e) {
    if (e instanceof FlagError) {
      process.stderr.write(`Error: ${e.message}\nUsage: ${usage}\n`);
      return 1;
    }
    if (e instanceof ClientError) {
      process.stderr.write(`Error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

const TRIGGER_USAGE = `tiltjs trigger RESOURCE\n\nFlags:\n${flagHelp(ADDR)}`;
export const triggerCommand: Command = {
  name: 'trigger',
  summary: 'Trigger an update of a resource in a running tiltjs',
  usage: TRIGGER_USAGE,
  run: (argv) =>
    guarded(TRIGGER_USAGE, ADDR, argv, async (p) => {
      if (p.positional.length !== 1) throw new FlagError('trigger takes exactly one resource name');
      await call(apiBase(p.flags), 'POST', '/api/trigger', { name: p.positional[0] });
      process.stdout.write(`Successfully triggered update for resource: ${JSON.stringify(p.positional[0])}\n`);
      return 0;
    }),
};

const LOGS_FLAGS: FlagSpec[] = [...ADDR, { name: 'follow', short: 'f', type: 'boolean', description: 'keep streaming new lines', default: false }];
const LOGS_USAGE = `tiltjs logs [RESOURCE...] [-f]\n\nFlags:\n${flagHelp(LOGS_FLAGS)}`;
export const logsCommand: Command = {
  name: 'logs',
  summary: 'Print the logs of a running tiltjs (all resources or the named ones)',
  usage: LOGS_USAGE,
  run: (argv) =>
    guarded(LOGS_USAGE, LOGS_FLAGS, argv, async (p) => {
      const wanted = new Set(p.positional);
      let partial = '';
      const print = (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const raw of lines) {
          if (!raw) continue;
          const l = JSON.parse(raw) as LogLine;
          if (wanted.size === 0 || wanted.has(l.resource)) process.stdout.write(`${l.resource} │ ${l.text}\n`);
        }
      };
      await call(apiBase(p.flags), 'GET', `/api/logs${p.flags.follow ? '?follow=1' : ''}`, undefined, print);
      return 0;
    }),
};

const GET_FLAGS: FlagSpec[] = [...ADDR, { name: 'output', short: 'o', type: 'string', description: 'json for machine-readable output', default: '' }];
const GET_USAGE = `tiltjs get [uiresource] [NAME] [-o json]\n\nFlags:\n${flagHelp(GET_FLAGS)}`;
export const getCommand: Command = {
  name: 'get',
  summary: 'Show the resources of a running tiltjs and their status',
  usage: GET_USAGE,
  run: (argv) =>
    guarded(GET_USAGE, GET_FLAGS, argv, async (p) => {
      const view = JSON.parse(await call(apiBase(p.flags), 'GET', '/api/view')) as { resources: ResourceView[] };
      const names = p.positional.filter((x) => !['uiresource', 'uiresources', 'resources'].includes(x));
      const rs = names.length ? view.resources.filter((r) => names.includes(r.name)) : view.resources;
      if (p.flags.output === 'json') {
        process.stdout.write(JSON.stringify(rs, null, 2) + '\n');
        return 0;
      }
      const w = Math.max(4, ...rs.map((r) => r.name.length));
      process.stdout.write(`${'NAME'.padEnd(w)}  UPDATE          RUNTIME\n`);
      for (const r of rs) {
        const update = r.enabled === false ? 'disabled' : r.updateStatus;
        process.stdout.write(`${r.name.padEnd(w)}  ${update.padEnd(14)}  ${r.runtimeStatus}\n`);
      }
      return 0;
    }),
};

const ARGS_USAGE = `tiltjs args [-- ARGS...]\n\nFlags:\n${flagHelp(ADDR)}`;
export const argsCommand: Command = {
  name: 'args',
  summary: 'Change the Tiltfile args of a running tiltjs (reloads the Tiltfile)',
  usage: ARGS_USAGE,
  run: (argv) =>
    guarded(ARGS_USAGE, ADDR, argv, async (p) => {
      const args = [...p.positional, ...p.rest];
      const r = JSON.parse(await call(apiBase(p.flags), 'POST', '/api/args', { args })) as { changed: boolean };
      if (!r.changed) process.stdout.write('Tilt is already running with those args -- no action taken\n');
      return 0;
    }),
};
