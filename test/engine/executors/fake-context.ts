// An ExecutorContext that records what an executor reports, for executor tests.

import type { ExecutorContext } from '../../../src/engine/executor.js';
import type { RuntimeStatus } from '../../../src/engine/status.js';

export interface RecordingContext extends ExecutorContext {
  text(): string;
  runtime: { status: RuntimeStatus; error: string | null }[];
  abort: AbortController;
  lastRuntime(): { status: RuntimeStatus; error: string | null } | undefined;
}

export function recordingContext(): RecordingContext {
  const logs: string[] = [];
  const runtime: { status: RuntimeStatus; error: string | null }[] = [];
  const abort = new AbortController();
  return {
    signal: abort.signal,
    abort,
    runtime,
    log: (t) => void logs.push(t),
    setRuntime: (status, error = null) => void runtime.push({ status, error }),
    text: () => logs.join(''),
    lastRuntime: () => runtime[runtime.length - 1],
  };
}

export async function until(cond: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
