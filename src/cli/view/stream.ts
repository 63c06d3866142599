// Plain streamed logs: every line prefixed with its resource (used when stdout is not a
// terminal, with --stream, and by `tiltjs ci`).

import type { Engine } from '../../engine/engine.js';
import type { LogLine } from '../../engine/log-store.js';

export function formatLine(l: LogLine, width: number, color: boolean): string {
  const name = l.resource.padStart(width).slice(-width);
  const prefix = color ? `\x1b[36m${name}\x1b[0m │ ` : `${name} │ `;
  const text = color && l.level === 'error' ? `\x1b[31m${l.text}\x1b[0m` : l.text;
  return prefix + text;
}

/** Prints every log line as it arrives, after replaying the lines already stored. */
export function streamLogs(engine: Engine, out: NodeJS.WritableStream & { isTTY?: boolean }): () => void {
  const color = out.isTTY === true && !process.env.NO_COLOR;
  const width = () => Math.min(24, Math.max(10, ...engine.views().map((v) => v.name.length)));
  for (const l of engine.logs.lines()) out.write(formatLine(l, width(), color) + '\n');
  return engine.logs.subscribe((l) => out.write(formatLine(l, width(), color) + '\n'));
}
