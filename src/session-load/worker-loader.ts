// Tiltfile loads off the engine's thread. A load runs Starlark, reads files and waits
// for local() commands (helm, kubectl, scripts) synchronously; on the engine's thread that
// would stall everything else for as long: log streaming, probes, live updates, the HTTP
// API. So `up` and `ci` reload in a worker thread, started on the first reload and kept
// for the next ones (its code is then loaded once per session). The worker holds the
// process open only while a load is running.
//
// Commands the Tiltfile runs go back to this thread (command-relay.ts), so that shutting
// down can stop them.
//
// The worker's script is dist/tiltfile-worker.mjs, next to the bundle this module is
// part of. Where it does not exist (the tests run the TypeScript sources), loads run on
// the calling thread instead.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { ProcessRunner } from '../adapters/proc/port.js';
import { CommandServer, FLAG_BYTES } from './command-relay.js';
import type { LoadResult } from '../model/index.js';
import { loadForSession, type SessionLoadRequest } from './load.js';
import type { LoadReplyMessage, LoadRequestMessage, WorkerInit } from './worker-entry.js';

export type SessionLoader = {
  load(req: SessionLoadRequest, log: (line: string) => void): Promise<LoadResult>;
  close(): Promise<void>;
};

interface Pending {
  log: (line: string) => void;
  resolve: (r: LoadResult) => void;
  reject: (e: Error) => void;
}

/** The worker script beside the running bundle, or null when there is none. */
export function bundledWorkerScript(): string | null {
  const path = fileURLToPath(new URL('./tiltfile-worker.mjs', import.meta.url));
  return existsSync(path) ? path : null;
}

/** Loads on this thread (no worker script). */
export function inlineLoader(): SessionLoader {
  return {
    load: async (req, log) => loadForSession(req, log),
    close: async () => {},
  };
}

/** Loads in a worker thread running `script`; the Tiltfile's commands run through `processes`. */
export function workerLoader(script: string, processes: ProcessRunner): SessionLoader {
  let worker: Worker | null = null;
  let commands: CommandServer | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (e: Error): void => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  const start = (): Worker => {
    const channel = new MessageChannel();
    const init: WorkerInit = { commands: channel.port2, flag: new SharedArrayBuffer(FLAG_BYTES) };
    commands = new CommandServer(processes);
    commands.serve(channel.port1, new Int32Array(init.flag));
    channel.port1.unref();
    // As deep a stack as the main thread gets from bin/tiltjs, for deeply recursive Starlark.
    const w = new Worker(script, { workerData: init, transferList: [channel.port2], resourceLimits: { stackSizeMb: 8 } });
    w.unref();
    w.on('message', (m: LoadReplyMessage) => {
      const p = pending.get(m.id);
      if (!p) return;
      if ('log' in m) return p.log(m.log);
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if ('result' in m) p.resolve(m.result);
      else p.reject(new Error(m.failure));
    });
    w.on('error', (e) => failAll(e));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`the Tiltfile loader stopped (exit code ${code})`));
    });
    return w;
  };

  return {
    load(req, log) {
      worker ??= start();
      const w = worker;
      const id = nextId++;
      return new Promise<LoadResult>((resolve, reject) => {
        pending.set(id, { log, resolve, reject });
        w.ref();
        w.postMessage({ id, req } satisfies LoadRequestMessage);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      failAll(new Error('the Tiltfile loader stopped (tiltjs is shutting down)'));
      // Stopping the commands a load waits for lets that load finish, so the thread can end.
      await commands?.stopAll();
      commands = null;
      if (w) await w.terminate();
    },
  };
}

/**
 * The loader a session uses: the first load on this thread, every reload in a worker
 * (when the bundle has one). The first load runs before anything else does, and this
 * thread has the loader's code ready: a worker would first have to load it again
 * (measured: +100 ms from launch to the first resource, +20 MB). Reloads happen while
 * resources run, which is when a blocked thread hurts; the worker starts on the first.
 */
export function sessionLoader(processes: ProcessRunner): SessionLoader {
  const script = bundledWorkerScript();
  if (!script) return inlineLoader();
  const inline = inlineLoader();
  const worker = workerLoader(script, processes);
  let loads = 0;
  return {
    load: (req, log) => (loads++ === 0 ? inline : worker).load(req, log),
    close: () => worker.close(),
  };
}
