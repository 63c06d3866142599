// Live update and engine benchmarks, through the real CLI (`bin/tiltjs up`):
//
//  1. live update latency: a file is written → its new content is served by the container
//     (a docker_build + docker_compose service with a sync step), p50/p90 over many edits;
//     in the same run, the floor: the same write → tar copy into the container through the
//     Docker API → served, and a bare `docker exec` round trip;
//  2. peak RSS of `tiltjs up` with 20 local resources;
//  3. time from launch to the first local resource's command running.
//
//   npm run bench:live-update [-- --edits N] [-- --json]
//
// Needs Docker, docker compose (v2) or docker-compose (v1), and the tiltjs/busybox:latest
// base image (.ci/run creates it). Goals: p50 ≤ 150 ms, RSS ≤ 120 MB, first start ≤ 300 ms.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const Docker = require('dockerode');
const tarStream = require('tar-stream');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const edits = Number(opt('--edits', 40));
const asJson = args.includes('--json');
const launcher = join(root, 'bin', 'tiltjs');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (s) => asJson || process.stderr.write(`${s}\n`);

function freePort() {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
}

async function get(port, path) {
  try {
    const r = await fetch(`http://127.0.0.1:${port}${path}`);
    return r.ok ? await r.text() : '';
  } catch {
    return '';
  }
}

async function waitFor(cond, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function up(tiltfile, extra = []) {
  const child = spawn(launcher, ['up', '-f', tiltfile, '--port', '0', '--stream', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return { child, output: () => out };
}

async function stop(p) {
  try {
    process.kill(-p.child.pid, 'SIGINT');
  } catch {}
  await new Promise((r) => (p.child.exitCode !== null ? r() : p.child.on('exit', r)));
}

function rssPeakKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function tarOf(name, text) {
  const pack = tarStream.pack();
  pack.entry({ name, mode: 0o644, mtime: new Date(), uid: 0, gid: 0 }, Buffer.from(text));
  pack.finalize();
  return pack;
}

async function liveUpdateBench(dir) {
  const port = await freePort();
  const project = `tiltjs-bench-${process.pid}`;
  mkdirSync(join(dir, 'www'), { recursive: true });
  writeFileSync(join(dir, 'www/index.html'), 'start');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM tiltjs/busybox:latest\nCOPY www /www\nCMD ["httpd", "-f", "-p", "8000", "-h", "/www"]\n');
  writeFileSync(join(dir, 'docker-compose.yml'), `services:\n  web:\n    image: ${project}\n    ports: ["127.0.0.1:${port}:8000"]\n`);
  writeFileSync(
    join(dir, 'Tiltfile'),
    `docker_build('${project}', '.', live_update=[sync('www', '/www')])\ndocker_compose('docker-compose.yml', project_name='${project}')\n`,
  );
  const p = up(join(dir, 'Tiltfile'));
  const samples = [];
  const floor = [];
  const execRtt = [];
  try {
    await waitFor(async () => (await get(port, '/index.html')) === 'start', 120_000, 'the service to serve its first page');
    await sleep(500);
    for (let i = 0; i < edits; i++) {
      const token = `edit-${i}-${Math.random()}`;
      const t0 = performance.now();
      writeFileSync(join(dir, 'www/index.html'), token);
      await waitFor(async () => (await get(port, '/index.html')) === token, 30_000, `edit ${i} to be served`);
      samples.push(performance.now() - t0);
      await sleep(60);
    }
    // The floor, in the same run: write, tar into the container, serve; and an exec round trip.
    const docker = new Docker();
    const [c] = await docker.listContainers({ filters: { label: [`com.docker.compose.service=web`] } }).then((l) => l.filter((x) => x.Labels['com.docker.compose.project'].replace(/[^a-z0-9]/g, '') === project.replace(/[^a-z0-9]/g, '')));
    const container = docker.getContainer(c.Id);
    for (let i = 0; i < edits; i++) {
      const token = `floor-${i}-${Math.random()}`;
      const t0 = performance.now();
      writeFileSync(join(dir, 'floor.html'), token);
      await container.putArchive(tarOf('www/floor.html', readFileSync(join(dir, 'floor.html'))), { path: '/' });
      await waitFor(async () => (await get(port, '/floor.html')) === token, 30_000, 'floor copy to be served');
      floor.push(performance.now() - t0);
      const e0 = performance.now();
      const exec = await container.exec({ Cmd: ['true'], AttachStdout: true, AttachStderr: true });
      const stream = await exec.start({ hijack: true, stdin: false });
      await new Promise((r) => (stream.on('end', r), stream.on('close', r), stream.resume()));
      execRtt.push(performance.now() - e0);
    }
  } finally {
    await stop(p);
    await new Promise((r) => spawn(launcher, ['down', '-f', join(dir, 'Tiltfile')], { stdio: 'ignore' }).on('exit', r));
    const tags = spawnSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', project], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    if (tags.length) spawnSync('docker', ['rmi', ...tags]);
  }
  return { samples, floor, execRtt };
}

async function localBench(dir) {
  const marker = join(dir, 'first-started');
  const lines = [`local_resource('first', cmd='date +%s%N > ${marker}')`];
  for (let i = 0; i < 20; i++) lines.push(`local_resource('svc-${i}', cmd='echo build ${i}', serve_cmd='sleep 600', allow_parallel=True)`);
  writeFileSync(join(dir, 'Tiltfile'), lines.join('\n') + '\n');
  const t0 = Date.now();
  const p = up(join(dir, 'Tiltfile'));
  let firstMs = null;
  let peakKb = null;
  try {
    await waitFor(() => existsSync(marker) && readFileSync(marker, 'utf8').trim() !== '', 30_000, 'the first local resource');
    firstMs = Number(BigInt(readFileSync(marker, 'utf8').trim()) / 1_000_000n) - t0;
    await waitFor(() => (p.output().match(/Starting serve_cmd/g) ?? []).length >= 20, 60_000, 'all 20 serve_cmds');
    await sleep(3000);
    peakKb = rssPeakKb(p.child.pid);
  } finally {
    await stop(p);
  }
  return { firstMs, peakKb };
}

const work = mkdtempSync(join(tmpdir(), 'tiltjs-bench-lu-'));
try {
  mkdirSync(join(work, 'lu'));
  mkdirSync(join(work, 'local'));
  log(`live update: ${edits} edits...`);
  const lu = await liveUpdateBench(join(work, 'lu'));
  log('20 local resources...');
  const local = await localBench(join(work, 'local'));
  const result = {
    liveUpdate: { edits, p50: pct(lu.samples, 50), p90: pct(lu.samples, 90), max: Math.max(...lu.samples) },
    floor: { tarCopyP50: pct(lu.floor, 50), tarCopyP90: pct(lu.floor, 90), execP50: pct(lu.execRtt, 50) },
    upWith20Locals: { peakRssMb: local.peakKb === null ? null : local.peakKb / 1024, firstResourceStartMs: local.firstMs },
  };
  if (asJson) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else {
    const f = (x) => (x === null ? 'n/a' : x.toFixed(0));
    process.stdout.write(
      [
        `live update, file written → new content served (${edits} edits): p50 ${f(result.liveUpdate.p50)} ms, p90 ${f(result.liveUpdate.p90)} ms, max ${f(result.liveUpdate.max)} ms  (goal p50 ≤ 150 ms)`,
        `floor, same run: write → tar into container (Docker API) → served: p50 ${f(result.floor.tarCopyP50)} ms, p90 ${f(result.floor.tarCopyP90)} ms; docker exec round trip p50 ${f(result.floor.execP50)} ms`,
        `tiltjs up with 20 local resources: peak RSS ${f(result.upWith20Locals.peakRssMb)} MB (goal ≤ 120 MB)`,
        `launch → first local resource started: ${f(result.upWith20Locals.firstResourceStartMs)} ms (goal ≤ 300 ms)`,
      ].join('\n') + '\n',
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
