// The HTTP API `tiltjs up` serves on --host/--port (default localhost:10350) for the CLI
// (`tiltjs trigger`, `logs`, `get`, `args`) and, later, the web UI:
//
//   GET  /api/view                      resources and their status
//   GET  /api/logs?resource=R&since=N   log lines after sequence N (NDJSON); &follow=1 streams
//   POST /api/trigger    {"name": R}    trigger an update
//   POST /api/enable     {"enable": [R...], "disable": [R...]}   enable / disable resources
//   GET  /api/args / POST /api/args {"args": [...]}   Tiltfile args (a change reloads)

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Engine } from '../engine/engine.js';
import type { LogLine } from '../engine/log-store.js';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data ? JSON.parse(data) : {};
}

export function startApiServer(engine: Engine, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    handle(engine, req, res).catch((e: Error) => json(res, 500, { error: e.message }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

async function handle(engine: Engine, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/api/view') {
    json(res, 200, { tiltfilePath: engine.loadResult?.tiltfilePath ?? null, args: engine.getArgs(), resources: engine.views() });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/api/logs') return streamLogs(engine, url, res);
  if (req.method === 'POST' && url.pathname === '/api/enable') {
    const body = (await readBody(req)) as { enable?: string[]; disable?: string[] };
    const changes = [...(body.enable ?? []).map((name) => ({ name, enabled: true })), ...(body.disable ?? []).map((name) => ({ name, enabled: false }))];
    const unknown = await engine.setEnabled(changes);
    if (unknown.length > 0) {
      json(res, 404, { error: `no such resource${unknown.length > 1 ? 's' : ''}: ${unknown.map((n) => JSON.stringify(n)).join(', ')}` });
      return;
    }
    json(res, 200, { ok: true });
    return;
  }
  if (req.method === 'POST' && url.pathname === '/api/trigger') {
    const body = (await readBody(req)) as { name?: string };
    if (!body.name || !engine.trigger(body.name)) {
      json(res, 404, { error: `resource ${JSON.stringify(body.name ?? '')} not found` });
      return;
    }
    json(res, 200, { ok: true });
    return;
  }
  if (url.pathname === '/api/args') {
    if (req.method === 'POST') {
      const body = (await readBody(req)) as { args?: string[] };
      const args = body.args ?? [];
      const same = JSON.stringify(args) === JSON.stringify(engine.getArgs());
      if (!same) void engine.setArgs(args);
      json(res, 200, { changed: !same, args });
      return;
    }
    json(res, 200, { args: engine.getArgs() });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(statusPage(engine));
    return;
  }
  json(res, 404, { error: 'not found' });
}

function streamLogs(engine: Engine, url: URL, res: ServerResponse): void {
  const resource = url.searchParams.get('resource') ?? undefined;
  const since = Number(url.searchParams.get('since') ?? 0);
  const follow = url.searchParams.get('follow') === '1';
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  const send = (l: LogLine) => res.write(JSON.stringify(l) + '\n');
  for (const l of engine.logs.lines(resource, since)) send(l);
  if (!follow) {
    res.end();
    return;
  }
  const unsubscribe = engine.logs.subscribe((l) => {
    if (!resource || l.resource === resource) send(l);
  });
  res.on('close', unsubscribe);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A minimal server-rendered status page until the web UI lands. */
function statusPage(engine: Engine): string {
  const rows = engine
    .views()
    .map((v) => `<tr><td>${escapeHtml(v.name)}</td><td>${v.updateStatus}</td><td>${v.runtimeStatus}</td><td>${escapeHtml(v.waiting ?? v.lastBuild?.error ?? '')}</td></tr>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>tiltjs</title><meta http-equiv="refresh" content="2"><h1>tiltjs</h1><table><tr><th>resource</th><th>update</th><th>runtime</th><th></th></tr>${rows}</table>`;
}
