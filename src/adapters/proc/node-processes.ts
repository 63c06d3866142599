// ProcessRunner over node:child_process: detached process groups, streamed output, and
// group-wide termination (SIGTERM, then SIGKILL after a grace period).

import { spawn } from 'node:child_process';
import type { ProcessRunner, ProcessSpec, RunningProcess } from './port.js';

const live = new Set<RunningProcess>();

export const nodeProcesses: ProcessRunner = {
  start(spec: ProcessSpec): RunningProcess {
    const child = spawn(spec.argv[0], spec.argv.slice(1), {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (d: string) => spec.onOutput?.(d, 'stdout'));
    child.stderr?.on('data', (d: string) => spec.onOutput?.(d, 'stderr'));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
      let spawnError: Error | undefined;
      child.on('error', (e) => {
        spawnError = e;
        if (child.pid === undefined) resolve({ code: null, signal: null, error: e });
      });
      child.on('close', (code, signal) => resolve({ code, signal, error: spawnError }));
    });
    const proc: RunningProcess = {
      pid: child.pid,
      exited,
      async stop(graceMs = 5000): Promise<void> {
        if (child.pid === undefined) return;
        signalGroup(child.pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
        // The leader may exit before its children: make sure the group is gone.
        signalGroup(child.pid, 'SIGKILL');
      },
    };
    live.add(proc);
    void exited.then(() => live.delete(proc));
    return proc;
  },
};

function signalGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // already gone
  }
}

/** Kills every process group still running (last resort at exit). */
export function killAllProcesses(): void {
  for (const p of live) if (p.pid !== undefined) signalGroup(p.pid, 'SIGKILL');
}
