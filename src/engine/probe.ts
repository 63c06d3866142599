// Readiness probes for serve commands (reference §1.7): exec, http_get or tcp_socket, with
// Kubernetes-style timings. Zero fields take the defaults (delay 0s, timeout 1s, period 10s,
// success threshold 1, failure threshold 3).

import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import type { ExecProbe } from '../model/index.js';
import type { ProcessRunner } from '../adapters/proc/port.js';

export interface ProbeOptions {
  processes: ProcessRunner;
  cwd: string;
  env: Record<string, string>;
}

/** One probe attempt: resolves true on success within the timeout. */
export async function probeOnce(p: ExecProbe, o: ProbeOptions): Promise<boolean> {
  const timeoutMs = (p.timeoutSecs || 1) * 1000;
  if (p.exec) return execProbe(p.exec.command, timeoutMs, o);
  if (p.httpGet) return httpProbe(p.httpGet, timeoutMs);
  if (p.tcpSocket) return tcpProbe(p.tcpSocket.host || 'localhost', p.tcpSocket.port, timeoutMs);
  return false;
}

async function execProbe(argv: string[], timeoutMs: number, o: ProbeOptions): Promise<boolean> {
  if (argv.length === 0) return false;
  const proc = o.processes.start({ argv, cwd: o.cwd, env: o.env });
  const timer = setTimeout(() => void proc.stop(0), timeoutMs);
  const r = await proc.exited;
  clearTimeout(timer);
  return r.code === 0;
}

function httpProbe(h: NonNullable<ExecProbe['httpGet']>, timeoutMs: number): Promise<boolean> {
  if (h.port < 1 || h.port > 65535) return Promise.resolve(false);
  const https = h.scheme.toUpperCase() === 'HTTPS';
  const path = h.path.startsWith('/') ? h.path : `/${h.path}`;
  return new Promise((resolve) => {
    const req = (https ? httpsRequest : httpRequest)(
      { host: h.host || 'localhost', port: h.port, path, method: 'GET', timeout: timeoutMs, rejectUnauthorized: false },
      (res) => {
        res.resume();
        resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 400);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

function tcpProbe(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host, port });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('connect', () => done(true));
    sock.on('error', () => done(false));
  });
}

/**
 * Runs a probe periodically until stopped, reporting readiness transitions:
 * ready after successThreshold consecutive successes, not ready after failureThreshold
 * consecutive failures.
 */
export function startProbeLoop(p: ExecProbe, o: ProbeOptions, onChange: (ready: boolean) => void): () => void {
  let stopped = false;
  let ready = false;
  let successes = 0;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  const periodMs = (p.periodSecs || 10) * 1000;
  const tick = async (): Promise<void> => {
    if (stopped) return;
    const ok = await probeOnce(p, o);
    if (stopped) return;
    if (ok) {
      failures = 0;
      successes++;
      if (!ready && successes >= (p.successThreshold || 1)) {
        ready = true;
        onChange(true);
      }
    } else {
      successes = 0;
      failures++;
      if (ready && failures >= (p.failureThreshold || 3)) {
        ready = false;
        onChange(false);
      }
    }
    timer = setTimeout(() => void tick(), periodMs);
  };
  timer = setTimeout(() => void tick(), (p.initialDelaySecs || 0) * 1000);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
