// `tiltjs ci [-f FILE] [--timeout 30m] [-- ARGS]`: run until every enabled resource is ready
// or its command succeeded (exit 0), any fails (exit 1, naming the resource and its
// error), or the timeout passes (exit 1). Logs are always streamed.

import { up } from '../../api.js';
import type { Engine } from '../../engine/engine.js';
import type { ResourceView } from '../../engine/status.js';
import type { Command } from '../command.js';
import { parseDuration } from '../duration.js';
import { FlagError, flagHelp, parseFlags, type FlagSpec } from '../flags.js';
import { streamLogs } from '../view/stream.js';
import { parseUpdateMode, type UpdateMode } from '../../engine/update-mode.js';
import { FILE_FLAG, HOST_FLAG, PORT_FLAG, UPDATE_MODE_FLAG } from './session-flags.js';
import { runUntilSignal, startFailure } from './session.js';

const FLAGS: FlagSpec[] = [
  FILE_FLAG,
  PORT_FLAG,
  HOST_FLAG,
  UPDATE_MODE_FLAG,
  { name: 'timeout', type: 'string', description: 'give up after this long (Go duration; 0 = never)', default: '30m' },
];

const USAGE = `tiltjs ci [flags] [-- ARGS]\n\nFlags:\n${flagHelp(FLAGS)}`;

type Verdict = { done: false } | { done: true; ok: boolean; message: string };

/** Whether a CI run has finished (reference §7.6). */
export function ciVerdict(views: ResourceView[]): Verdict {
  const tiltfile = views.find((v) => v.type === 'tiltfile');
  if (tiltfile?.lastBuild?.error) return { done: true, ok: false, message: `Tiltfile: ${tiltfile.lastBuild.error}` };
  const resources = views.filter((v) => v.type !== 'tiltfile' && v.enabled);
  for (const v of resources) {
    if (v.updateStatus === 'error') return { done: true, ok: false, message: `resource ${v.name}: ${v.lastBuild?.error ?? 'update failed'}` };
    if (v.runtimeStatus === 'error') return { done: true, ok: false, message: `resource ${v.name}: ${v.runtimeError ?? 'runtime error'}` };
  }
  if (!tiltfile?.everReady) return { done: false };
  const active = resources.filter((v) => v.autoInit || v.buildCount > 0 || v.updateStatus === 'in_progress');
  if (active.length === 0) return { done: true, ok: false, message: 'no resources to run' };
  const settled = (v: ResourceView) =>
    (v.updateStatus === 'ok' || v.updateStatus === 'not_applicable') && (v.runtimeStatus === 'ok' || v.runtimeStatus === 'not_applicable');
  if (active.every(settled)) return { done: true, ok: true, message: 'SUCCESS. All workloads are healthy.' };
  return { done: false };
}

/** The run's verdict; `cancel` ends the wait (and its timer) without one. */
function waitForVerdict(engine: Engine, timeoutMs: number, cancel: AbortSignal): Promise<Verdict & { done: true }> {
  return new Promise((resolve) => {
    const check = () => {
      const v = ciVerdict(engine.views());
      if (v.done) finish(v);
    };
    const off = engine.onChange(check);
    const timer = timeoutMs > 0 ? setTimeout(() => finish({ done: true, ok: false, message: timeoutMessage(engine, timeoutMs) }), timeoutMs) : null;
    const finish = (v: Verdict & { done: true }) => {
      off();
      if (timer) clearTimeout(timer);
      resolve(v);
    };
    cancel.addEventListener('abort', () => finish({ done: true, ok: false, message: 'cancelled' }));
    check();
  });
}

function timeoutMessage(engine: Engine, ms: number): string {
  const views = engine.views().filter((v) => v.type !== 'tiltfile' && v.enabled);
  const waiting = views.filter((v) => v.waiting).map((v) => v.name);
  const notReady = views.filter((v) => !v.waiting && v.runtimeStatus !== 'ok' && v.runtimeStatus !== 'not_applicable').map((v) => v.name);
  return `Timeout after ${ms / 1000}s: ${waiting.length} resources waiting (${waiting.join(',')}), ${notReady.length} resources not ready (${notReady.join(',')})`;
}

export const ciCommand: Command = {
  name: 'ci',
  summary: 'Run the Tiltfile until every resource is ready (exit 0) or one fails (exit 1)',
  usage: USAGE,
  async run(argv) {
    let p;
    let timeoutMs: number;
    let updateMode: UpdateMode;
    try {
      p = parseFlags(argv, FLAGS);
      timeoutMs = parseDuration(p.flags.timeout as string);
      updateMode = parseUpdateMode(p.flags['update-mode'] as string);
    } catch (e) {
      if (e instanceof FlagError || e instanceof Error) {
        process.stderr.write(`Error: ${e.message}\nUsage: ${USAGE}\n`);
        return 1;
      }
      throw e;
    }
    const host = p.flags.host as string;
    const port = p.flags.port as number;
    let session;
    try {
      session = await up({ file: p.flags.file as string, args: [...p.positional, ...p.rest], host, port, subcommand: 'ci', watch: false, updateMode });
    } catch (e) {
      return startFailure(e, host, port);
    }
    const stop = streamLogs(session.engine, process.stdout);
    // Ctrl-C ends the run like a failure, and stops everything it started.
    const interrupted = runUntilSignal().then((): Verdict & { done: true } => ({ done: true, ok: false, message: 'interrupted' }));
    const waiting = new AbortController();
    const verdict = await Promise.race([
      interrupted,
      session.started.then(
        () => {
          // ci_settings(timeout=...) in the Tiltfile wins over --timeout.
          const settings = session.engine.loadResult?.ciSettings.timeout;
          return waitForVerdict(session.engine, settings ? parseDuration(settings) : timeoutMs, waiting.signal);
        },
        (e: unknown): Verdict & { done: true } => ({ done: true, ok: false, message: e instanceof Error ? e.message : String(e) }),
      ),
    ]);
    waiting.abort();
    stop();
    await session.stop();
    if (verdict.ok) {
      process.stdout.write(`${verdict.message}\n`);
      return 0;
    }
    process.stderr.write(`Error: ${verdict.message}\n`);
    return 1;
  },
};
