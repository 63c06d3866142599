// The Engine API's streaming answers (build, push, events) are JSON messages, one per
// line, cut at arbitrary chunk boundaries.

import type { Readable } from 'node:stream';

export function jsonLines(stream: Readable, signal: AbortSignal | undefined, onMessage: (msg: Record<string, unknown>) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let rest = '';
    const onAbort = () => {
      stream.destroy();
      reject(new Error('aborted'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const handle = (line: string) => {
      const t = line.trim();
      if (!t) return;
      try {
        onMessage(JSON.parse(t) as Record<string, unknown>);
      } catch {
        onMessage({ stream: `${t}\n` });
      }
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) handle(p);
    });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      handle(rest);
      rest = '';
      resolve();
    };
    stream.on('end', done);
    stream.on('close', done);
    stream.on('error', (e) => {
      signal?.removeEventListener('abort', onAbort);
      reject(e);
    });
  });
}
