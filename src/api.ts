// The programmatic API behind `tiltjs up`, `ci` and `down`: the composition root that
// wires the Tiltfile loader, the engine, its executors and adapters, and the HTTP API.
// It holds no logic of its own.

import type { Server } from 'node:http';
import { nodeProcesses, killAllProcesses } from './adapters/proc/node-processes.js';
import { chokidarWatcher } from './adapters/watch/chokidar-watcher.js';
import { startApiServer } from './api-server/server.js';
import { Engine } from './engine/engine.js';
import { executorFactory, type ExecutorServices } from './engine/executors/index.js';
import { TILTFILE } from './engine/tiltfile-state.js';
import { loadForSession } from './session-load/load.js';
import { inlineLoader, sessionLoader, type SessionLoader } from './session-load/worker-loader.js';
import { engineProcessEnv } from './engine-env.js';
import { composeServices } from './compose-services.js';
import type { UpdateMode } from './engine/update-mode.js';

export interface UpOptions {
  file: string;
  args: string[];
  host: string;
  /** 0 = no HTTP API */
  port: number;
  subcommand: 'up' | 'ci' | 'down';
  /** quiet period for file changes (ms) */
  quietMs?: number;
  /** watch files (off for `down`) */
  watch?: boolean;
  /** `--update-mode` (default auto) */
  updateMode?: UpdateMode;
}

export interface Session {
  engine: Engine;
  server: Server | null;
  /** settles when the engine has started: file watching set up and the first Tiltfile load done */
  started: Promise<void>;
  stop(): Promise<void>;
}

export function createEngine(opts: UpOptions, loader: SessionLoader): Engine {
  const env = (): Record<string, string> => engineProcessEnv(opts.host, opts.port);
  const services: ExecutorServices = { processes: nodeProcesses, env, ...composeServices(env, opts.updateMode) };
  const engine: Engine = new Engine({
    args: opts.args,
    quietMs: opts.quietMs,
    executors: executorFactory(services),
    watcher: opts.watch === false ? undefined : chokidarWatcher,
    loadTiltfile: (args) =>
      loader.load(
        { file: opts.file, args, subcommand: opts.subcommand, webHost: opts.host, webPort: opts.port },
        (line) => engine.logs.line(TILTFILE, line),
      ),
  });
  return engine;
}

/**
 * Starts the HTTP API (if a port is given), then the engine, without waiting for the first
 * Tiltfile load (it runs in a worker; `started` says when it is done), so that the caller
 * can show progress and handle Ctrl-C meanwhile.
 */
export async function up(opts: UpOptions): Promise<Session> {
  const loader = sessionLoader(nodeProcesses);
  const engine = createEngine(opts, loader);
  const server = opts.port > 0 ? await startApiServer(engine, opts.host, opts.port) : null;
  const started = engine.start();
  return {
    engine,
    server,
    started,
    async stop() {
      server?.close();
      await engine.stop();
      // Stops the commands a running load waits for; the engine ignores what it returns.
      await loader.close();
      await started.catch(() => {});
      killAllProcesses();
    },
  };
}

/** `tiltjs down`: loads the Tiltfile and asks each resource's executor to remove what it created. */
export async function down(opts: { file: string; args: string[] }, log: (line: string) => void): Promise<{ error: string | null }> {
  const engine = createEngine({ file: opts.file, args: opts.args, host: 'localhost', port: 0, subcommand: 'down', watch: false }, inlineLoader());
  const result = loadForSession({ file: opts.file, args: opts.args, subcommand: 'down', webHost: 'localhost', webPort: 0 }, log);
  if (result.error !== null) return { error: result.error };
  const off = engine.logs.subscribe((l) => log(`${l.resource} │ ${l.text}`));
  await engine.downManifests(result.manifests);
  off();
  return { error: null };
}
