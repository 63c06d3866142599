// Docker Compose services.

export interface ComposeProject {
  name: string;
  configPaths: string[];
  projectDir: string;
  envFile: string;
  profiles: string[];
  wait: boolean;
}

export interface ComposeTarget {
  project: ComposeProject;
  service: string;
  /** the image the service runs ('' = compose decides) */
  image: string;
  /** published host ports */
  publishedPorts: number[];
  /** bind-mount source paths (excluded from the image's file watch) */
  volumeSources: string[];
  /** the service's configuration as `compose config` printed it */
  serviceConfig: Record<string, unknown>;
  /**
   * The compose-managed build (`docker compose build <service>` before `up`), when the
   * service has a `build:` section and no Tilt build produces its image; else null.
   */
  build: ComposeBuild | null;
}

export interface ComposeBuild {
  /** absolute build context (a git URL context stays as written and is not watched) */
  context: string;
  /** absolute Dockerfile path ('' for a git URL context) */
  dockerfile: string;
  /** dockerignore patterns (relative to the context) that exclude files from the watch */
  ignores: string[];
}
