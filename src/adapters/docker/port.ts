// The engine's view of a Docker daemon: image builds, tags and pushes, container state,
// logs and events, and the file copies and commands live update needs. The engine only
// sees this interface; src/adapters/docker/dockerode.ts implements it over the Engine API.

/** One entry of a tar archive the adapter packs (build contexts, live-update copies). */
export type ArchiveEntry =
  | { type: 'file'; name: string; mode: number; mtime: Date; source: string; size: number }
  | { type: 'file'; name: string; mode: number; mtime: Date; contents: Buffer }
  | { type: 'directory'; name: string; mode: number; mtime: Date }
  | { type: 'symlink'; name: string; mode: number; mtime: Date; linkname: string };

export interface ImageBuildOptions {
  /** the build context: relative POSIX names, the Dockerfile among them */
  context: ArchiveEntry[];
  /** name of the Dockerfile inside the context */
  dockerfile: string;
  /** null = declared without a value (the daemon takes the ARG default) */
  buildArgs: Record<string, string | null>;
  target: string;
  network: string;
  platform: string;
  cacheFrom: string[];
  pull: boolean;
  extraHosts: string[];
  /** build output as it arrives */
  onOutput: (text: string) => void;
  signal: AbortSignal;
}

export interface ContainerState {
  id: string;
  /** without the leading slash */
  name: string;
  /** created, running, paused, restarting, removing, exited, dead */
  status: string;
  running: boolean;
  exitCode: number;
  /** the daemon's error for a container that failed to start, or '' */
  error: string;
  /** health check state, or null when the container has none */
  health: 'starting' | 'healthy' | 'unhealthy' | null;
  startedAt: string;
  labels: Record<string, string>;
}

export interface ContainerEvent {
  /** start, die, restart, health_status: healthy, destroy, ... */
  action: string;
  containerId: string;
  labels: Record<string, string>;
}

/** The daemon could not be reached at all (as opposed to refusing a request). */
export class DockerUnavailableError extends Error {}

export interface DockerClient {
  /** where the client connects, for messages (e.g. unix:///var/run/docker.sock) */
  readonly host: string;
  /** Resolves when the daemon answers; throws DockerUnavailableError otherwise. */
  ping(): Promise<void>;
  /** Builds an image; resolves with its id (sha256:...). */
  build(opts: ImageBuildOptions): Promise<string>;
  /** The image id a reference (or id) names, or null when there is no such image. */
  imageId(ref: string): Promise<string | null>;
  /** Tags an image (by id or ref) as repo:tag. */
  tag(image: string, repo: string, tag: string): Promise<void>;
  /** Pushes repo:tag to its registry. */
  push(ref: string, onOutput: (text: string) => void, signal: AbortSignal): Promise<void>;
  /** Containers (running or not) carrying all the given labels. */
  containers(labels: Record<string, string>): Promise<ContainerState[]>;
  /** A container's state, or null when it no longer exists. */
  inspect(id: string): Promise<ContainerState | null>;
  /** Extracts the entries into the container, relative to `dir` (as `docker cp` does). */
  putArchive(id: string, dir: string, entries: ArchiveEntry[]): Promise<void>;
  /** Runs a command in a running container; resolves with its exit code. */
  exec(id: string, argv: string[], onOutput: (text: string) => void, signal?: AbortSignal): Promise<number>;
  /** Restarts a container, killing it after `timeoutSecs`. */
  restart(id: string, timeoutSecs: number): Promise<void>;
  /** Follows a container's output from `sinceSecs` (unix seconds) until stopped or the container ends. */
  followLogs(id: string, sinceSecs: number, onOutput: (text: string) => void, onEnd: () => void): () => void;
  /**
   * Follows container events for containers carrying the labels, starting at `sinceSecs`
   * (unix seconds; earlier events are replayed); reconnects are the caller's job.
   */
  events(labels: Record<string, string>, sinceSecs: number, onEvent: (e: ContainerEvent) => void, onEnd: (err: Error | null) => void): () => void;
}
