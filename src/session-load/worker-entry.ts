// Entry of dist/tiltfile-worker.mjs: the thread that loads Tiltfiles for `tiltjs up` and
// `ci` (see worker-loader.ts). Each request is one session load; its log lines and then
// its result (or the internal error that stopped it) go back in order. Commands the
// Tiltfile runs are relayed to the main thread (command-relay.ts).

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { LoadResult } from '../model/index.js';
import { relayHost } from './command-relay.js';
import { loadForSession, type SessionLoadRequest } from './load.js';

export interface LoadRequestMessage {
  id: number;
  req: SessionLoadRequest;
}

export type LoadReplyMessage = { id: number; log: string } | { id: number; result: LoadResult } | { id: number; failure: string };

/** What the worker is started with. */
export interface WorkerInit {
  /** where commands go (the other end is the main thread's CommandServer) */
  commands: MessagePort;
  /** the flag the main thread raises when a command's result is ready */
  flag: SharedArrayBuffer;
}

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  const host = relayHost(process.env, init.commands, new Int32Array(init.flag));
  port.on('message', ({ id, req }: LoadRequestMessage) => {
    const reply = (m: LoadReplyMessage): void => port.postMessage(m);
    try {
      reply({ id, result: loadForSession(req, (line) => reply({ id, log: line }), host) });
    } catch (e) {
      reply({ id, failure: e instanceof Error ? e.message : String(e) });
    }
  });
}
