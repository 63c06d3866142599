// Logs of every resource, kept in bounded per-resource ring buffers so that memory stays
// flat however much a process prints. Each line gets a global sequence number, which
// lets followers (`tiltjs logs -f`, the terminal view) resume where they left off.

export interface LogLine {
  seq: number;
  /** resource name, or '(Tiltfile)' */
  resource: string;
  time: number;
  text: string;
  level: 'info' | 'warn' | 'error';
  source: 'build' | 'runtime';
}

type Listener = (line: LogLine) => void;

export class LogStore {
  private seq = 0;
  private readonly buffers = new Map<string, LogLine[]>();
  private readonly listeners = new Set<Listener>();
  /** partial last lines per resource+source, until a newline arrives */
  private readonly partial = new Map<string, string>();

  constructor(private readonly maxLinesPerResource = 5000) {}

  /** Appends text (possibly several lines, possibly without a final newline). */
  write(resource: string, text: string, opts: { level?: LogLine['level']; source?: LogLine['source'] } = {}): void {
    const key = `${resource}\0${opts.source ?? 'build'}`;
    const pending = (this.partial.get(key) ?? '') + text;
    const parts = pending.split('\n');
    this.partial.set(key, parts.pop() ?? '');
    for (const p of parts) this.push(resource, p.replace(/\r$/, ''), opts);
  }

  /** Appends exactly one line. */
  line(resource: string, text: string, opts: { level?: LogLine['level']; source?: LogLine['source'] } = {}): void {
    this.push(resource, text, opts);
  }

  /** Emits any partial line still pending for a resource (e.g. when its process exits). */
  flush(resource: string): void {
    for (const source of ['build', 'runtime'] as const) {
      const key = `${resource}\0${source}`;
      const rest = this.partial.get(key);
      if (rest) this.push(resource, rest, { source });
      this.partial.delete(key);
    }
  }

  private push(resource: string, text: string, opts: { level?: LogLine['level']; source?: LogLine['source'] }): void {
    const line: LogLine = {
      seq: ++this.seq,
      resource,
      time: Date.now(),
      text,
      level: opts.level ?? 'info',
      source: opts.source ?? 'build',
    };
    let buf = this.buffers.get(resource);
    if (!buf) {
      buf = [];
      this.buffers.set(resource, buf);
    }
    buf.push(line);
    if (buf.length > this.maxLinesPerResource) buf.splice(0, buf.length - this.maxLinesPerResource);
    for (const l of this.listeners) l(line);
  }

  /** Lines after `sinceSeq`, for one resource or all, in order. */
  lines(resource?: string, sinceSeq = 0): LogLine[] {
    const sources = resource ? [this.buffers.get(resource) ?? []] : [...this.buffers.values()];
    const out = sources.flat().filter((l) => l.seq > sinceSeq);
    if (!resource) out.sort((a, b) => a.seq - b.seq);
    return out;
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  get lastSeq(): number {
    return this.seq;
  }
}
