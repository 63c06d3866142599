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
}
