// Commands a Tiltfile runs (local(), helm, kustomize, git for extensions) when it loads
// in the worker thread. Starlark is synchronous, so the worker must block until a command
// is done; but a process only the worker knew of could not be stopped when tiltjs shuts
// down. So the worker asks the main thread to run it: it posts the request, sleeps on a
// shared flag (Atomics.wait), and reads the result when the main thread, which started
// the process in its own group and so can kill it, raises the flag.

import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { CommandResult, Host, RunCommandOptions } from '../../builtins/kit/host.js';
import { commandTimedOut, nodeHost } from '../adapters/host/node-host.js';
import type { ProcessRunner, RunningProcess } from '../adapters/proc/port.js';

interface CommandRequest {
  argv: string[];
  opts: RunCommandOptions;
}

/** A CommandResult as it crosses threads (an Error does not keep its class). */
interface CommandReply {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: { message: string };
}

/** Bytes of the shared flag: one Int32, 1 while a result waits to be read. */
export const FLAG_BYTES = 4;

/** The worker's Host: commands run on the main thread; everything else is local. */
export function relayHost(env: Record<string, string | undefined>, port: MessagePort, flag: Int32Array): Host {
  return {
    ...nodeHost(env),
    runCommand(argv: string[], opts: RunCommandOptions): CommandResult {
      Atomics.store(flag, 0, 0);
      port.postMessage({ argv, opts } satisfies CommandRequest);
      Atomics.wait(flag, 0, 0);
      const reply = receiveMessageOnPort(port);
      if (!reply) throw new Error('the command relay woke without a result');
      const r = reply.message as CommandReply;
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error ? new Error(r.error.message) : undefined };
    },
  };
}

/** The main thread's side: runs the worker's commands and can stop them all. */
export class CommandServer {
  private readonly running = new Set<RunningProcess>();
  private closed = false;

  constructor(private readonly processes: ProcessRunner) {}

  serve(port: MessagePort, flag: Int32Array): void {
    port.on('message', (req: CommandRequest) => {
      void this.run(req).then((result) => {
        port.postMessage(result);
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
      });
    });
  }

  /** Stops every command still running (their results then report the signal). */
  async stopAll(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.running].map((p) => p.stop(1000)));
  }

  private async run({ argv, opts }: CommandRequest): Promise<CommandReply> {
    if (this.closed) return { status: null, stdout: '', stderr: '', error: { message: 'tiltjs is shutting down' } };
    const out: string[] = [];
    const err: string[] = [];
    const proc = this.processes.start({
      argv,
      cwd: opts.cwd,
      env: opts.env,
      stdin: opts.stdin ?? '',
      onOutput: (text, stream) => (stream === 'stdout' ? out : err).push(text),
    });
    this.running.add(proc);
    let timedOut = false;
    const timer = opts.timeoutMs ? setTimeout(() => ((timedOut = true), void proc.stop(1000)), opts.timeoutMs) : null;
    const exit = await proc.exited;
    if (timer) clearTimeout(timer);
    this.running.delete(proc);
    const failure = timedOut ? commandTimedOut(argv, opts) : exit.error;
    const error = failure ? { message: failure.message } : undefined;
    return { status: exit.code, stdout: out.join(''), stderr: err.join(''), error };
  }
}
