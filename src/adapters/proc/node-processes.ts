// ProcessRunner over node:child_process: detached process groups, streamed output, and
// group-wide termination (SIGTERM, then SIGKILL after a grace period).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ProcessRunner, ProcessSpec, RunningProcess } from './port.js';

const live = new Set<RunningProcess>();

export const nodeProcesses: ProcessRunner = {
  start(spec: ProcessSpec): RunningProcess {
    const child = spawn(spec.argv[0], spec.argv.slice(1), {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: [spec.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (spec.stdin !== undefined && child.stdin) {
      // A process that exits without reading its input must not fail the write.
      child.stdin.on('error', () => {});
      child.stdin.end(spec.stdin);
    }
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (d: string) => spec.onOutput?.(d, 'stdout'));
    child.stderr?.on('data', (d: string) => spec.onOutput?.(d, 'stderr'));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
      let spawnError: Error | undefined;
      child.on('error', (e) => {
        spawnError = child.pid === undefined ? spawnFailure(spec, e) : e;
        if (child.pid === undefined) resolve({ code: null, signal: null, error: spawnError });
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

/**
 * Why a process could not start, worded as Go's os/exec words it (what Tilt prints):
 * a bare command missing from PATH, a path that does not exist or cannot run, a
 * working directory that does not exist.
 */
export function spawnFailure(spec: Pick<ProcessSpec, 'argv' | 'cwd'>, e: NodeJS.ErrnoException): Error {
  const cmd = spec.argv[0];
  if (!existsSync(spec.cwd)) return new Error(`chdir ${spec.cwd}: no such file or directory`);
  if (e.code === 'ENOENT') {
    return new Error(cmd.includes('/') ? `fork/exec ${cmd}: no such file or directory` : `exec: "${cmd}": executable file not found in $PATH`);
  }
  if (e.code === 'EACCES') return new Error(`fork/exec ${cmd}: permission denied`);
  return e;
}

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
