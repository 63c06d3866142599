// Starting and stopping child processes for local resources, custom builds and the
// compose CLI. Every process runs in its own process group so that a restart or a
// shutdown kills everything it spawned.

export interface ProcessSpec {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  /** written to the process's standard input, which is then closed (default: no input) */
  stdin?: string;
  /** called with each chunk of output as it arrives (stdout and stderr interleaved) */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
}

export interface RunningProcess {
  readonly pid: number | undefined;
  /** resolves with the exit code (or the signal name) when the process ends */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;
  /** SIGTERM to the group, SIGKILL after graceMs; resolves when the process has exited */
  stop(graceMs?: number): Promise<void>;
}

export interface ProcessRunner {
  start(spec: ProcessSpec): RunningProcess;
}
