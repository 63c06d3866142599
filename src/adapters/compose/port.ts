// The engine's view of the Docker Compose command line: bringing one service up, removing
// it, building it, and taking a whole project down. src/adapters/compose/cli.ts runs the
// real binary (`docker compose` v2 or `docker-compose` v1).

import type { ComposeProject } from '../../model/index.js';

export interface ComposeRunOptions {
  /** the command's output as it arrives */
  onOutput: (text: string) => void;
  signal: AbortSignal;
}

export interface ComposeVersion {
  /** the command prefix, e.g. ['docker', 'compose'] or ['docker-compose'] */
  argv: string[];
  /** canonical version, e.g. v1.29.2 */
  version: string;
  /** Compose v2 or later (has `up --wait`) */
  v2: boolean;
}

/** A compose command that failed: the message names the command and its error output. */
export class ComposeError extends Error {
  constructor(
    message: string,
    /** what the command printed (for callers that explain known failures) */
    readonly output: string,
  ) {
    super(message);
  }
}

export interface ComposeCli {
  /** Finds the compose binary (once); throws ComposeError when there is none. */
  version(): Promise<ComposeVersion>;
  /**
   * `up --no-deps --remove-orphans --no-build -d SERVICE [--wait]` with extra compose files
   * (e.g. the image override) after the project's own. Calls are serialised: compose is
   * not safe to run concurrently on one machine.
   */
  up(project: ComposeProject, service: string, extraFiles: string[], o: ComposeRunOptions): Promise<void>;
  /** `rm --stop --force SERVICE...` */
  rm(project: ComposeProject, services: string[], o: ComposeRunOptions): Promise<void>;
  /** `build SERVICE` (compose-managed builds) */
  build(project: ComposeProject, service: string, o: ComposeRunOptions): Promise<void>;
  /** `down --remove-orphans [--volumes]` */
  down(project: ComposeProject, o: ComposeRunOptions & { volumes?: boolean }): Promise<void>;
}
