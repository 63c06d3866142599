// Benchmarks: whole-process time of `tiltjs starlark WORKLOAD` against starlark-go (a small
// Go runner built from Debian's golang-starlark-dev, bench/go-runner) on the same
// workloads, in one interleaved run. Prints medians and the tiltjs/starlark-go ratio, and
// the in-process time both report with SLTIME=1 (exec_ms: parse + resolve + compile + run).
//
//   npm run bench [-- --runs N] [-- --filter NAME] [-- --json] [-- --plain]
//
// tiltjs runs through its launcher, bin/tiltjs, as a user runs it (from the start-up
// snapshot when there is one); --plain times `node dist/cli.mjs` instead.
//
// Workloads come from $TILTJS_BENCH_DIR, default ../shared/bench next to the checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runs = Number(opt('--runs', process.env.BENCH_RUNS ?? 7));
const filter = opt('--filter', '');
const asJson = args.includes('--json');
const plain = args.includes('--plain');
const benchDir = resolve(process.env.TILTJS_BENCH_DIR ?? join(root, '..', 'shared', 'bench'));
const cli = join(root, 'dist', 'cli.mjs');
const launcher = join(root, 'bin', 'tiltjs');
const tiltjs = plain ? [process.execPath, [cli]] : [launcher, []];

function goRunner() {
  const out = join(root, 'bench', '.gobin', 'starlark-go-runner');
  if (existsSync(out)) return out;
  if (!existsSync('/usr/share/gocode/src/go.starlark.net')) return null;
  mkdirSync(dirname(out), { recursive: true });
  const r = spawnSync('go', ['build', '-o', out, '.'], {
    cwd: join(root, 'bench', 'go-runner'),
    env: { ...process.env, GOPATH: '/usr/share/gocode', GO111MODULE: 'off', GOCACHE: join(root, 'bench', '.gobin', 'cache'), GOFLAGS: '' },
    stdio: 'inherit',
  });
  return r.status === 0 ? out : null;
}

const env = { ...process.env, SLTIME: '1' };

/** Whole-process ms, and the exec_ms the process reported (NaN if none). */
function time(cmd, argv, withEnv = env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: withEnv });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  const m = /exec_ms=([0-9.]+)/.exec(String(r.stderr));
  return [ms, m ? Number(m[1]) : NaN];
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function main() {
  if (!existsSync(cli)) throw new Error('dist/cli.mjs missing: run npm run build');
  if (!existsSync(benchDir)) throw new Error(`no workloads at ${benchDir} (set TILTJS_BENCH_DIR)`);
  const go = goRunner();
  const workloads = readdirSync(benchDir).filter((f) => f.endsWith('.star') && f.includes(filter)).sort();
  const rows = [];
  const nodeBase = [];
  for (let i = 0; i < runs; i++) nodeBase.push(time(process.execPath, ['-e', '0'])[0]);
  // With NODE_EXTRA_CA_CERTS set, node parses that file at every start; bin/tiltjs unsets
  // it for `starlark` (see docs/performance.md), so also show node's start without it.
  const noCerts = { ...env };
  delete noCerts.NODE_EXTRA_CA_CERTS;
  const nodeBaseNoCerts = [];
  if (env.NODE_EXTRA_CA_CERTS) for (let i = 0; i < runs; i++) nodeBaseNoCerts.push(time(process.execPath, ['-e', '0'], noCerts)[0]);
  for (const w of workloads) {
    const file = join(benchDir, w);
    const ours = [];
    const theirs = [];
    for (let i = 0; i < runs; i++) {
      ours.push(time(tiltjs[0], [...tiltjs[1], 'starlark', file]));
      if (go) theirs.push(time(go, [file]));
    }
    const row = {
      workload: w,
      tiltjs_ms: median(ours.map((x) => x[0])),
      starlark_go_ms: go ? median(theirs.map((x) => x[0])) : null,
      tiltjs_exec_ms: median(ours.map((x) => x[1])),
      starlark_go_exec_ms: go ? median(theirs.map((x) => x[1])) : null,
    };
    row.ratio = row.starlark_go_ms ? row.tiltjs_ms / row.starlark_go_ms : null;
    row.exec_ratio = row.starlark_go_exec_ms ? row.tiltjs_exec_ms / row.starlark_go_exec_ms : null;
    rows.push(row);
  }
  const result = {
    runs,
    launcher: plain ? 'node dist/cli.mjs' : 'bin/tiltjs',
    node_e0_ms: median(nodeBase),
    node_e0_no_extra_ca_certs_ms: nodeBaseNoCerts.length ? median(nodeBaseNoCerts) : null,
    rows,
  };
  if (asJson) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const f = (x) => (x == null ? '-' : x.toFixed(1));
  const ratio = (x) => (x == null ? '-' : x.toFixed(2));
  const noCertsNote = result.node_e0_no_extra_ca_certs_ms == null ? '' : ` (${f(result.node_e0_no_extra_ca_certs_ms)} ms without NODE_EXTRA_CA_CERTS)`;
  console.log(`median of ${runs} runs (${result.launcher}); node -e 0 = ${f(result.node_e0_ms)} ms${noCertsNote}`);
  console.log(`${''.padEnd(26)} ${'whole process'.padStart(26)} ${'in-process exec_ms'.padStart(28)}`);
  console.log(`${'workload'.padEnd(26)} ${'tiltjs'.padStart(8)} ${'go'.padStart(8)} ${'ratio'.padStart(7)}   ${'tiltjs'.padStart(8)} ${'go'.padStart(8)} ${'ratio'.padStart(7)}`);
  for (const r of rows) {
    console.log(
      `${r.workload.padEnd(26)} ${f(r.tiltjs_ms).padStart(8)} ${f(r.starlark_go_ms).padStart(8)} ${ratio(r.ratio).padStart(7)}   ` +
        `${f(r.tiltjs_exec_ms).padStart(8)} ${f(r.starlark_go_exec_ms).padStart(8)} ${ratio(r.exec_ratio).padStart(7)}`,
    );
  }
  const empty = rows.find((r) => r.workload === 'empty.star');
  if (empty) {
    const base = result.node_e0_no_extra_ca_certs_ms ?? result.node_e0_ms;
    console.log(`empty.star over node -e 0${result.node_e0_no_extra_ca_certs_ms == null ? '' : ' (without NODE_EXTRA_CA_CERTS)'}: ${f(empty.tiltjs_ms - base)} ms`);
  }
}

main();
