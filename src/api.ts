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
import { nodeHost } from './adapters/host/node-host.js';
import { loadTiltfile } from './tiltfile/loader.js';
import { loadExtensionTiltfiles, type ExtensionLoadOptions } from './tiltfile/extension-tiltfiles.js';
import type { LoadResult } from './model/index.js';
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
  stop(): Promise<void>;
}

export function createEngine(opts: UpOptions): Engine {
  const env = (): Record<string, string> => engineProcessEnv(opts.host, opts.port);
  const services: ExecutorServices = { processes: nodeProcesses, env, ...composeServices(env, opts.updateMode) };
  const engine: Engine = new Engine({
    args: opts.args,
    quietMs: opts.quietMs,
    executors: executorFactory(services),
    watcher: opts.watch === false ? undefined : chokidarWatcher,
    loadTiltfile: async (args) => {
      const common = { subcommand: opts.subcommand, host: nodeHost(process.env), log: (line: string) => engine.logs.line(TILTFILE, line), webHost: opts.host, webPort: opts.port };
      return withExtensionTiltfiles(loadTiltfile({ file: opts.file, args, ...common }), common);
    },
  });
  return engine;
}

/** Starts the HTTP API (if a port is given), then the engine. */
export async function up(opts: UpOptions): Promise<Session> {
  const engine = createEngine(opts);
  const server = opts.port > 0 ? await startApiServer(engine, opts.host, opts.port) : null;
  await engine.start();
  return {
    engine,
    server,
    async stop() {
      server?.close();
      await engine.stop();
      killAllProcesses();
    },
  };
}

/** `tiltjs down`: loads the Tiltfile and asks each resource's executor to remove what it created. */
export async function down(opts: { file: string; args: string[] }, log: (line: string) => void): Promise<{ error: string | null }> {
  const engine = createEngine({ file: opts.file, args: opts.args, host: 'localhost', port: 0, subcommand: 'down', watch: false });
  const result = loadTiltfile({ file: opts.file, args: opts.args, subcommand: 'down', host: nodeHost(process.env), log });
  if (result.error !== null) return { error: result.error };
  const off = engine.logs.subscribe((l) => log(`${l.resource} │ ${l.text}`));
  await engine.downManifests(result.manifests);
  off();
  return { error: null };
}

/**
 * Extensions registered with v1alpha1.extension() but never loaded run as independent
 * Tiltfiles next to the main one: their resources join the session, their errors become
 * warnings of the main load (the main load is unaffected).
 */
function withExtensionTiltfiles(main: LoadResult, opts: ExtensionLoadOptions): LoadResult {
  if (main.error !== null) return main;
  const exts = loadExtensionTiltfiles(main, opts);
  if (exts.length === 0) return main;
  const merged: LoadResult = { ...main, manifests: [...main.manifests], enabledResources: [...main.enabledResources], configFiles: [...main.configFiles], warnings: [...main.warnings] };
  for (const ext of exts) {
    if (ext.error !== null || ext.result === null) {
      merged.warnings.push(`extension ${ext.name}: ${ext.error ?? 'not resolved'}`);
      continue;
    }
    if (ext.result.error !== null) {
      merged.warnings.push(`extension ${ext.name}: ${ext.result.error}`);
      continue;
    }
    merged.manifests.push(...ext.result.manifests);
    merged.enabledResources.push(...ext.result.enabledResources);
    merged.configFiles.push(...ext.result.configFiles);
  }
  merged.configFiles = [...new Set(merged.configFiles)].sort();
  return merged;
}
