// The terminal status view of `tiltjs up`: one line per resource (update and runtime
// status, what it waits on, the last error) and the latest log lines below. Redraws only
// when something changed, at most every 100 ms, so an idle session costs no CPU.

import type { Engine } from '../../engine/engine.js';
import type { ResourceView } from '../../engine/status.js';
import { formatLine } from './stream.js';

const SYMBOL: Record<string, string> = {
  ok: '\x1b[32m●\x1b[0m',
  error: '\x1b[31m●\x1b[0m',
  in_progress: '\x1b[33m◐\x1b[0m',
  pending: '\x1b[90m○\x1b[0m',
  none: '\x1b[90m○\x1b[0m',
  not_applicable: '\x1b[90m-\x1b[0m',
  unknown: '\x1b[90m?\x1b[0m',
};

function describe(v: ResourceView): string {
  if (v.enabled === false) return 'disabled';
  if (v.updateStatus === 'in_progress') return `updating (${v.lastBuild?.reason ?? ''})`;
  if (v.waiting) return v.waiting;
  if (v.updateStatus === 'error') return `update failed: ${firstLine(v.lastBuild?.error ?? '')}`;
  if (v.runtimeStatus === 'error') return `runtime error: ${firstLine(v.runtimeError ?? '')}`;
  if (v.runtimeStatus === 'pending') return 'starting';
  if (v.updateStatus === 'none') return v.triggerMode === 'manual' || !v.autoInit ? 'waiting for a manual trigger' : '';
  if (v.pendingChanges) return 'changes pending';
  return v.links.map((l) => l.url).join(' ');
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '') ?? '';
}

export function terminalView(engine: Engine, header: string): () => void {
  const out = process.stdout;
  let dirty = true;
  const render = () => {
    if (!dirty) return;
    dirty = false;
    const rows = out.rows ?? 40;
    const cols = out.columns ?? 120;
    const views = engine.views();
    const width = Math.min(30, Math.max(10, ...views.map((v) => v.name.length)));
    const lines: string[] = [header, ''];
    for (const v of views) {
      const text = `${SYMBOL[v.updateStatus] ?? ' '} ${SYMBOL[v.runtimeStatus] ?? ' '}  ${v.name.padEnd(width)}  ${describe(v)}`;
      lines.push(text.slice(0, cols + 20));
    }
    lines.push('', '\x1b[90m── logs ──\x1b[0m');
    const room = Math.max(3, rows - lines.length - 1);
    for (const l of engine.logs.lines().slice(-room)) lines.push(formatLine(l, width, true).slice(0, cols + 20));
    out.write('\x1b[H\x1b[2J' + lines.join('\n') + '\n');
  };
  const mark = () => {
    dirty = true;
  };
  const offState = engine.onChange(mark);
  const offLogs = engine.logs.subscribe(mark);
  const timer = setInterval(render, 100);
  render();
  return () => {
    clearInterval(timer);
    offState();
    offLogs();
  };
}
