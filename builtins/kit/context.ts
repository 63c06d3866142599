// The state of one Tiltfile load, reachable from every builtin through the thread.
//
// LoadContext holds what all plugins share: the main Tiltfile, the stack of files whose
// top level is executing (relative paths resolve against the top of it: Tilt's
// "current directory" rule), the files read (config files, watched for reloads),
// warnings, the Tiltfile log, the Tiltfile args, and the per-plugin state store.

import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Globals, Thread } from '../../src/starlark/thread.js';
import { StarlarkError } from '../../src/starlark/values/value.js';
import type { Host } from './host.js';
import { StateStore, type StateSlot } from './state.js';

export interface LoadOptions {
  /** absolute path of the main Tiltfile */
  mainPath: string;
  /** arguments after `--` (Tiltfile args) */
  args: string[];
  /** `up`, `ci`, `down`, `alpha tiltfile-result`, ... */
  subcommand: string;
  host: Host;
  /** receives Tiltfile log lines (print, local output, warnings) */
  log?: (line: string) => void;
  /** false when loading an extension as an independent Tiltfile (context checks are skipped) */
  isMainLoad?: boolean;
  /** web UI host and port given to processes as TILT_HOST / TILT_PORT */
  webHost?: string;
  webPort?: number;
}

const KEY = 'tiltjs.load-context';

export class LoadContext {
  readonly mainPath: string;
  readonly mainDir: string;
  readonly args: string[];
  readonly subcommand: string;
  readonly host: Host;
  readonly webHost: string;
  readonly webPort: number;
  readonly isMainLoad: boolean;
  readonly configFiles = new Set<string>();
  readonly warnings: string[] = [];
  readonly state = new StateStore();
  /**
   * Executes (at most once per load) the module a load()/load_dynamic()/include() names,
   * as written (relative path or ext://NAME), and returns its globals. Set by the loader.
   */
  loadModule: (thread: Thread, pathAsWritten: string) => Globals = () => {
    throw new StarlarkError('internal error: no module loader');
  };
  /** files whose top level is executing, innermost last */
  private readonly files: string[] = [];
  private readonly logSink: (line: string) => void;

  constructor(opts: LoadOptions) {
    this.mainPath = opts.mainPath;
    this.mainDir = dirname(opts.mainPath);
    this.args = opts.args;
    this.subcommand = opts.subcommand;
    this.host = opts.host;
    this.webHost = opts.webHost ?? 'localhost';
    this.webPort = opts.webPort ?? 10350;
    this.isMainLoad = opts.isMainLoad ?? true;
    this.logSink = opts.log ?? (() => {});
  }

  static of(thread: Thread): LoadContext {
    const cx = thread.getLocal<LoadContext>(KEY);
    if (!cx) throw new StarlarkError('internal error: Tilt builtin called outside a Tiltfile load');
    return cx;
  }

  attach(thread: Thread): void {
    thread.setLocal(KEY, this);
  }

  get<T>(slot: StateSlot<T>): T {
    return this.state.get(slot);
  }

  /** The file whose top level is executing. */
  get currentFile(): string {
    return this.files[this.files.length - 1] ?? this.mainPath;
  }

  /** Directory relative paths resolve against (§2.4 of the Tilt reference). */
  get currentDir(): string {
    return dirname(this.currentFile);
  }

  /** Whether the main Tiltfile's top level is the one executing (not a loaded file). */
  get inMainTiltfile(): boolean {
    return this.currentFile === this.mainPath;
  }

  /** Runs fn while `file`'s top level executes. */
  withFile<T>(file: string, fn: () => T): T {
    this.files.push(file);
    try {
      return fn();
    } finally {
      this.files.pop();
    }
  }

  /** An absolute host path for a (possibly relative) host path. */
  absPath(p: string): string {
    return isAbsolute(p) ? resolve(p) : join(this.currentDir, p);
  }

  recordConfigFile(path: string): void {
    this.configFiles.add(resolve(path));
  }

  warn(msg: string): void {
    this.warnings.push(msg);
    this.log(`WARNING: ${msg}`);
  }

  log(line: string): void {
    this.logSink(line);
  }
}
