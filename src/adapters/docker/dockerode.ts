// DockerClient over dockerode (the Engine API). dockerode is loaded on first use, so
// commands that never touch Docker do not pay for it. The connection follows the usual
// environment (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH).

import { PassThrough, type Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import { packEntries } from './archive.js';
import { DockerUnavailableError, type ContainerEvent, type ContainerState, type DockerClient, type ImageBuildOptions } from './port.js';
import { jsonLines } from './json-lines.js';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE']);

function statusOf(e: unknown): number | undefined {
  return (e as { statusCode?: number }).statusCode;
}

export function dockerHost(env: Record<string, string | undefined> = process.env): string {
  return env.DOCKER_HOST || 'unix:///var/run/docker.sock';
}

/** A short message for a daemon error: the daemon's own text rather than dockerode's wrapping. */
export function dockerErrorMessage(e: unknown): string {
  const j = (e as { json?: { message?: string } }).json;
  if (j && typeof j.message === 'string') return j.message;
  const reason = (e as { reason?: string }).reason;
  const msg = (e as Error).message ?? String(e);
  return reason && !msg ? reason : msg.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '');
}

export class DockerodeClient implements DockerClient {
  readonly host: string;
  private api: Promise<Dockerode> | null = null;

  constructor(private readonly env: Record<string, string | undefined> = process.env) {
    this.host = dockerHost(env);
  }

  private docker(): Promise<Dockerode> {
    this.api ??= import('dockerode').then((m) => {
      const Ctor = ((m as unknown as { default?: typeof Dockerode }).default ?? m) as typeof Dockerode;
      // dockerode reads process.env itself; a unix socket from another environment is passed on.
      const h = this.env.DOCKER_HOST;
      return h?.startsWith('unix://') && this.env !== process.env ? new Ctor({ socketPath: h.slice(7) }) : new Ctor();
    });
    return this.api;
  }

  /** Runs a daemon call, turning connection failures into DockerUnavailableError. */
  private async call<T>(f: (d: Dockerode) => Promise<T>): Promise<T> {
    const d = await this.docker();
    try {
      return await f(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code && UNREACHABLE.has(code)) {
        throw new DockerUnavailableError(`cannot connect to the Docker daemon at ${this.host} (${code}). Is the docker daemon running?`);
      }
      throw e;
    }
  }

  async ping(): Promise<void> {
    await this.call(
      (d) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new DockerUnavailableError(`the Docker daemon at ${this.host} did not answer within 10s`)), 10_000);
          d.ping().then(
            () => (clearTimeout(timer), resolve()),
            (e) => (clearTimeout(timer), reject(e)),
          );
        }),
    );
  }

  async build(o: ImageBuildOptions): Promise<string> {
    const opts: Record<string, unknown> = {
      dockerfile: o.dockerfile,
      buildargs: o.buildArgs,
      rm: true,
      forcerm: true,
      abortSignal: o.signal,
    };
    if (o.target) opts.target = o.target;
    if (o.network) opts.networkmode = o.network;
    if (o.platform) opts.platform = o.platform;
    if (o.cacheFrom.length) opts.cachefrom = o.cacheFrom;
    if (o.pull) opts.pull = '1';
    // One query parameter per host: the daemon does not split a joined list.
    if (o.extraHosts.length) opts.extrahosts = o.extraHosts;
    const stream = (await this.call((d) => d.buildImage(packEntries(o.context) as unknown as NodeJS.ReadableStream, opts))) as Readable;
    let id = '';
    let error = '';
    await jsonLines(stream, o.signal, (msg) => {
      if (typeof msg.stream === 'string') o.onOutput(msg.stream);
      else if (typeof msg.status === 'string') o.onOutput(`${msg.status}${msg.progress ? ` ${msg.progress}` : ''}\n`);
      const aux = msg.aux as { ID?: string } | undefined;
      if (aux?.ID) id = aux.ID;
      if (typeof msg.error === 'string') error = msg.error;
    });
    if (error) throw new Error(error.trim());
    if (!id) throw new Error('the Docker daemon did not report the id of the image it built');
    return id;
  }

  async imageId(ref: string): Promise<string | null> {
    try {
      const info = await this.call((d) => d.getImage(ref).inspect());
      return info.Id;
    } catch (e) {
      if (statusOf(e) === 404) return null;
      throw e;
    }
  }

  async tag(image: string, repo: string, tag: string): Promise<void> {
    await this.call((d) => d.getImage(image).tag({ repo, tag }));
  }

  async push(ref: string, onOutput: (text: string) => void, signal: AbortSignal): Promise<void> {
    // The daemon wants an auth header even for anonymous pushes ("{}" base64-encoded).
    const stream = (await this.call((d) => d.getImage(ref).push({ authconfig: {}, abortSignal: signal } as Dockerode.ImagePushOptions))) as Readable;
    let error = '';
    await jsonLines(stream, signal, (msg) => {
      if (typeof msg.status === 'string') onOutput(`${msg.id ? `${msg.id}: ` : ''}${msg.status}\n`);
      if (typeof msg.error === 'string') error = msg.error;
    });
    if (error) throw new Error(error.trim());
  }

  async containers(labels: Record<string, string>): Promise<ContainerState[]> {
    const label = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
    const list = await this.call((d) => d.listContainers({ all: true, filters: { label } }));
    const states = await Promise.all(list.map((c) => this.inspect(c.Id)));
    return states.filter((s): s is ContainerState => s !== null);
  }

  async inspect(id: string): Promise<ContainerState | null> {
    let info: Dockerode.ContainerInspectInfo;
    try {
      info = await this.call((d) => d.getContainer(id).inspect());
    } catch (e) {
      if (statusOf(e) === 404) return null;
      throw e;
    }
    const s = info.State;
    const health = (s as { Health?: { Status?: string } }).Health?.Status;
    return {
      id: info.Id,
      name: info.Name.replace(/^\//, ''),
      status: s.Status,
      running: s.Running && !s.Restarting,
      exitCode: s.ExitCode,
      error: s.Error ?? '',
      health: health === 'starting' || health === 'healthy' || health === 'unhealthy' ? health : null,
      startedAt: s.StartedAt,
      labels: info.Config.Labels ?? {},
    };
  }

  async putArchive(id: string, dir: string, entries: Parameters<typeof packEntries>[0]): Promise<void> {
    await this.call((d) => d.getContainer(id).putArchive(packEntries(entries) as unknown as NodeJS.ReadableStream, { path: dir }));
  }

  async exec(id: string, argv: string[], onOutput: (text: string) => void, signal?: AbortSignal): Promise<number> {
    return this.call(async (d) => {
      const exec = await d.getContainer(id).exec({ Cmd: argv, AttachStdout: true, AttachStderr: true });
      const stream = (await exec.start({ hijack: true, stdin: false })) as Readable;
      const out = new PassThrough();
      out.setEncoding('utf8');
      out.on('data', (t: string) => onOutput(t));
      d.modem.demuxStream(stream, out, out);
      await new Promise<void>((resolve, reject) => {
        const abort = () => stream.destroy(new Error('aborted'));
        signal?.addEventListener('abort', abort);
        stream.on('end', resolve);
        stream.on('close', resolve);
        stream.on('error', reject);
        void Promise.resolve().then(() => signal?.aborted && abort());
      }).finally(() => out.end());
      // The exit code lands shortly after the output stream closes.
      for (let i = 0; i < 100; i++) {
        const info = await exec.inspect();
        if (!info.Running && info.ExitCode !== null) return info.ExitCode;
        await new Promise((r) => setTimeout(r, i < 10 ? 5 : 50));
      }
      throw new Error(`command ${argv.join(' ')} did not report an exit code`);
    });
  }

  async restart(id: string, timeoutSecs: number): Promise<void> {
    await this.call((d) => d.getContainer(id).restart({ t: timeoutSecs }));
  }

  followLogs(id: string, sinceSecs: number, onOutput: (text: string) => void, onEnd: () => void): () => void {
    let stream: Readable | null = null;
    let stopped = false;
    void (async () => {
      try {
        const d = await this.docker();
        const c = d.getContainer(id);
        const tty = (await c.inspect()).Config.Tty;
        const s = (await c.logs({ follow: true, stdout: true, stderr: true, since: sinceSecs })) as unknown as Readable;
        if (stopped) return void s.destroy();
        stream = s;
        const out = new PassThrough();
        out.setEncoding('utf8');
        out.on('data', (t: string) => onOutput(t));
        if (tty) s.pipe(out);
        else d.modem.demuxStream(s, out, out);
        s.on('end', () => (out.end(), onEnd()));
        s.on('error', () => (out.end(), onEnd()));
      } catch {
        if (!stopped) onEnd();
      }
    })();
    return () => {
      stopped = true;
      stream?.destroy();
    };
  }

  events(labels: Record<string, string>, sinceSecs: number, onEvent: (e: ContainerEvent) => void, onEnd: (err: Error | null) => void): () => void {
    const ac = new AbortController();
    void (async () => {
      try {
        const label = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
        const stream = (await this.call((d) => d.getEvents({ since: sinceSecs, filters: { type: ['container'], label }, abortSignal: ac.signal }))) as Readable;
        await jsonLines(stream, ac.signal, (msg) => {
          const actor = (msg.Actor ?? {}) as { ID?: string; Attributes?: Record<string, string> };
          onEvent({ action: String(msg.Action ?? msg.status ?? ''), containerId: String(actor.ID ?? msg.id ?? ''), labels: actor.Attributes ?? {} });
        });
        if (!ac.signal.aborted) onEnd(null);
      } catch (e) {
        if (!ac.signal.aborted) onEnd(e as Error);
      }
    })();
    return () => ac.abort();
  }
}
