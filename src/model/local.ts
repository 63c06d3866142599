// Local resources: a command run on updates and/or a long-running serve command.

export interface ExecProbe {
  exec?: { command: string[] };
  httpGet?: { host: string; port: number; scheme: string; path: string };
  tcpSocket?: { host: string; port: number };
  initialDelaySecs: number;
  timeoutSecs: number;
  periodSecs: number;
  successThreshold: number;
  failureThreshold: number;
}

export interface LocalTarget {
  cmd: string[];
  serveCmd: string[];
  deps: string[];
  /** dockerignore-style patterns relative to the Tiltfile dir */
  ignores: string[];
  dir: string;
  serveDir: string;
  env: Record<string, string>;
  serveEnv: Record<string, string>;
  allowParallel: boolean;
  readinessProbe: ExecProbe | null;
}
