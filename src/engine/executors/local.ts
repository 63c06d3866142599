// Local resources: `cmd` runs to completion on every update; `serve_cmd` is (re)started
// after each successful update and kept running, its readiness decided by the probe (or
// by being alive, without one).

import type { LocalTarget, Manifest } from '../../model/index.js';
import type { ProcessRunner, RunningProcess } from '../../adapters/proc/port.js';
import { UpdateError, type Executor, type ExecutorContext, type UpdateRequest } from '../executor.js';
import { startProbeLoop } from '../probe.js';

export interface LocalServices {
  processes: ProcessRunner;
  /** the environment processes get (TILT_HOST, TILT_PORT, ...) */
  env: () => Record<string, string>;
}

function describeExit(r: { code: number | null; signal: NodeJS.Signals | null; error?: Error }): string {
  if (r.error) return r.error.message;
  if (r.signal) return `signal: ${r.signal.replace(/^SIG/, '').toLowerCase()}`;
  return `exit status ${r.code}`;
}

export class LocalExecutor implements Executor {
  private serve: RunningProcess | null = null;
  private stopProbe: (() => void) | null = null;
  private readonly target: LocalTarget;
  /** set by stop(): an update still finishing its cmd must not start serve_cmd after it */
  private stopped = false;

  constructor(
    manifest: Manifest,
    private readonly services: LocalServices,
  ) {
    this.target = manifest.local!;
  }

  async update(ctx: ExecutorContext, _req?: UpdateRequest): Promise<void> {
    const t = this.target;
    if (t.cmd.length > 0) {
      ctx.log(`Running cmd: ${t.cmd.join(' ')}\n`);
      const proc = this.services.processes.start({
        argv: t.cmd,
        cwd: t.dir,
        env: { ...this.services.env(), ...t.env },
        onOutput: (text) => ctx.log(text),
      });
      const abort = () => void proc.stop(1000);
      ctx.signal.addEventListener('abort', abort);
      const r = await proc.exited;
      ctx.signal.removeEventListener('abort', abort);
      if (r.code !== 0) throw new UpdateError(`Command "${t.cmd.join(' ')}" failed: ${describeExit(r)}`);
    }
    if (t.serveCmd.length > 0) await this.restartServe(ctx);
    else ctx.setRuntime('not_applicable');
  }

  private async restartServe(ctx: ExecutorContext): Promise<void> {
    await this.stopServe();
    if (this.stopped || ctx.signal.aborted) throw new UpdateError('update cancelled');
    const t = this.target;
    ctx.log(`Starting serve_cmd: ${t.serveCmd.join(' ')}\n`, 'runtime');
    const env = { ...this.services.env(), ...t.serveEnv };
    const proc = this.services.processes.start({
      argv: t.serveCmd,
      cwd: t.serveDir,
      env,
      onOutput: (text) => ctx.log(text, 'runtime'),
    });
    this.serve = proc;
    if (t.readinessProbe) {
      ctx.setRuntime('pending');
      this.stopProbe = startProbeLoop(t.readinessProbe, { processes: this.services.processes, cwd: t.serveDir, env }, (ready) =>
        ctx.setRuntime(ready ? 'ok' : 'error', ready ? null : 'readiness probe failing'),
      );
    } else {
      ctx.setRuntime('ok');
    }
    void proc.exited.then((r) => {
      if (this.serve !== proc) return; // replaced or stopped on purpose
      this.serve = null;
      this.stopProbe?.();
      this.stopProbe = null;
      ctx.log(`serve_cmd exited: ${describeExit(r)}\n`, 'runtime');
      ctx.setRuntime('error', `Process exited with ${describeExit(r)}`);
    });
  }

  private async stopServe(): Promise<void> {
    this.stopProbe?.();
    this.stopProbe = null;
    const proc = this.serve;
    this.serve = null;
    if (proc) await proc.stop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.stopServe();
  }
}
