// The narrow window builtins have on the machine: running commands, reading the
// environment and the kubeconfig. Tests and the engine supply their own.

export interface CommandResult {
  status: number | null;
  stdout: string; // host string (UTF-8 decoded)
  stderr: string;
  /** set when the process could not be started */
  error?: Error;
}

export interface RunCommandOptions {
  cwd: string;
  env: Record<string, string>;
  stdin?: string;
  timeoutMs?: number;
}

export interface Host {
  /** Runs argv to completion (synchronously: Tiltfile execution is sequential). */
  runCommand(argv: string[], opts: RunCommandOptions): CommandResult;
  /** The process environment commands inherit (a live view; os.putenv writes here). */
  env: Record<string, string | undefined>;
  /** Whether an executable is on PATH. */
  which(name: string): string | null;
}
