import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { LocalExecutor } from '../../src/engine/executors/local.js';
import { nodeProcesses } from '../../src/adapters/proc/node-processes.js';
import { UpdateError, type ExecutorContext } from '../../src/engine/executor.js';
import type { RuntimeStatus } from '../../src/engine/status.js';
import { localManifest, until } from './helpers.js';

function ctx() {
  const out = { log: '', runtime: [] as RuntimeStatus[], error: null as string | null };
  const c: ExecutorContext = {
    signal: new AbortController().signal,
    log: (t) => (out.log += t),
    setRuntime: (s, e = null) => {
      out.runtime.push(s);
      out.error = e;
    },
  };
  return { c, out };
}

const services = { processes: nodeProcesses, env: () => ({ PATH: process.env.PATH ?? '' }) };

describe('LocalExecutor', () => {
  let ex: LocalExecutor | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await ex?.stop();
    server?.close();
  });

  it('runs cmd and streams its output; a failing cmd is an UpdateError with the exit status', async () => {
    ex = new LocalExecutor(localManifest('a', {}, { cmd: ['sh', '-c', 'echo out; echo err >&2; exit 3'] }), services);
    const { c, out } = ctx();
    await expect(ex.update(c, { reason: 'initial', files: [] })).rejects.toThrow(UpdateError);
    await expect(ex.update(c, { reason: 'initial', files: [] })).rejects.toThrow('Command "sh -c echo out; echo err >&2; exit 3" failed: exit status 3');
    expect(out.log).toContain('out\n');
    expect(out.log).toContain('err\n');
  });

  it('names a command that cannot start as Go does (missing from PATH, missing path, missing dir)', async () => {
    const { c } = ctx();
    ex = new LocalExecutor(localManifest('m', {}, { cmd: ['no-such-command-xyz', '-v'] }), services);
    await expect(ex.update(c, { reason: 'initial', files: [] })).rejects.toThrow(
      'Command "no-such-command-xyz -v" failed: exec: "no-such-command-xyz": executable file not found in $PATH',
    );
    await ex.stop();
    ex = new LocalExecutor(localManifest('p', {}, { cmd: ['/no/such/tool'] }), services);
    await expect(ex.update(c, { reason: 'initial', files: [] })).rejects.toThrow('fork/exec /no/such/tool: no such file or directory');
    await ex.stop();
    ex = new LocalExecutor(localManifest('d', {}, { cmd: ['true'], dir: '/no/such/dir' }), services);
    await expect(ex.update(c, { reason: 'initial', files: [] })).rejects.toThrow('chdir /no/such/dir: no such file or directory');
  });

  it('does not start serve_cmd when stopped while cmd still runs', async () => {
    ex = new LocalExecutor(localManifest('s', {}, { cmd: ['sh', '-c', 'sleep 0.2'], serveCmd: ['sh', '-c', 'echo serving; sleep 30'] }), services);
    const { c, out } = ctx();
    const update = ex.update(c, { reason: 'initial', files: [] });
    await new Promise((r) => setTimeout(r, 50));
    await ex.stop();
    await expect(update).rejects.toThrow('update cancelled');
    await new Promise((r) => setTimeout(r, 100));
    expect(out.log).not.toContain('serving');
  });

  it('restarts serve_cmd on each update and reports a crash as a runtime error', async () => {
    ex = new LocalExecutor(localManifest('s', {}, { cmd: [], serveCmd: ['sh', '-c', 'echo started $$; sleep 30'] }), services);
    const { c, out } = ctx();
    await ex.update(c, { reason: 'initial', files: [] });
    await until(() => /started \d+/.test(out.log));
    const first = /started (\d+)/.exec(out.log)![1];
    await ex.update(c, { reason: 'trigger', files: [] });
    await until(() => (out.log.match(/started \d+/g) ?? []).length === 2);
    expect(out.log).not.toContain(`serve_cmd exited`);
    expect(() => process.kill(Number(first), 0)).toThrow();
    await ex.stop();
    ex = new LocalExecutor(localManifest('c', {}, { cmd: [], serveCmd: ['sh', '-c', 'exit 7'] }), services);
    const crash = ctx();
    await ex.update(crash.c, { reason: 'initial', files: [] });
    await until(() => crash.out.runtime.includes('error'));
    expect(crash.out.error).toBe('Process exited with exit status 7');
  });

  it('becomes ready when its http readiness probe passes', async () => {
    server = createServer((_q, r) => r.end('ok'));
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    const probe = { initialDelaySecs: 0, timeoutSecs: 1, periodSecs: 1, successThreshold: 1, failureThreshold: 3, httpGet: { host: '127.0.0.1', port, scheme: '', path: '/' } };
    ex = new LocalExecutor(localManifest('p', {}, { cmd: [], serveCmd: ['sleep', '30'], readinessProbe: probe }), services);
    const { c, out } = ctx();
    await ex.update(c, { reason: 'initial', files: [] });
    expect(out.runtime[0]).toBe('pending');
    await until(() => out.runtime.includes('ok'));
  });
});
