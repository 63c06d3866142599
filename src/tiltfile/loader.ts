// Loading a Tiltfile: execute the main file (and everything it loads) against Tilt's
// builtins, then assemble the manifests. Errors never escape as exceptions: they are
// part of the LoadResult, with the Starlark backtrace as Tilt prints it.

import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { LoadContext, type Host } from '../../builtins/kit/index.js';
import { tiltEnvironment } from '../../builtins/tilt/index.js';
import { ExitSignal } from '../../builtins/tilt/control/index.js';
import { toHost } from '../../grammar/utf8.js';
import { nodeHost } from '../adapters/host/node-host.js';
import { backtrace, StaticErrors } from '../starlark/errors.js';
import { Thread } from '../starlark/thread.js';
import { StarlarkError } from '../starlark/values/value.js';
import type { LoadResult } from '../model/index.js';
import { assemble, AssemblyError } from './assemble/index.js';
import { ModuleCache } from './module-cache.js';
import { buildResult, emptyResult } from './result.js';

export interface LoadTiltfileOptions {
  /** path of the Tiltfile (default: ./Tiltfile) */
  file?: string;
  /** Tiltfile args (after `--`) */
  args?: string[];
  subcommand?: string;
  host?: Host;
  /** Tiltfile log lines (print, local output, warnings) */
  log?: (line: string) => void;
  webHost?: string;
  webPort?: number;
  /** false for an extension loaded as an independent Tiltfile (see extension-tiltfiles.ts) */
  isMainLoad?: boolean;
}

export function loadTiltfile(opts: LoadTiltfileOptions = {}): LoadResult {
  const given = resolve(opts.file ?? 'Tiltfile');
  if (!existsSync(given)) {
    return emptyResult(given, `No Tiltfile found at paths '${given}'. Check out https://docs.tilt.dev/tutorial.html`);
  }
  const mainPath = realpathSync(given);
  const cx = new LoadContext({
    mainPath,
    args: opts.args ?? [],
    subcommand: opts.subcommand ?? 'up',
    host: opts.host ?? nodeHost(),
    log: opts.log,
    webHost: opts.webHost,
    webPort: opts.webPort,
    isMainLoad: opts.isMainLoad,
  });
  const error = execute(cx);
  if (error !== null) return buildResult(cx, [], error);
  try {
    return buildResult(cx, assemble(cx).manifests, null);
  } catch (e) {
    return buildResult(cx, [], describe(e));
  }
}

/** Runs the main Tiltfile; returns the error text, or null on success (exit() included). */
function execute(cx: LoadContext): string | null {
  const cache = new ModuleCache(cx, tiltEnvironment(cx));
  const thread = new Thread({
    name: cx.mainPath,
    print: (_t, msg) => cx.log(toHost(msg)),
    // The cache reports load statement errors as Tilt does (see module-cache.ts).
    load: (t, module) => cache.loadStatement(t, toHost(module)),
    wrapLoadErrors: false,
  });
  cx.attach(thread);
  cx.loadModule = (t, written) => cache.load(t, written);
  try {
    cache.exec(thread, cx.mainPath, true);
    return null;
  } catch (e) {
    if (e instanceof ExitSignal) return null;
    return describe(e);
  }
}

function describe(e: unknown): string {
  if (e instanceof StarlarkError) return backtrace(e);
  if (e instanceof StaticErrors || e instanceof AssemblyError) return e.message;
  if (e instanceof Error) return `internal error: ${e.message}`;
  return String(e);
}
