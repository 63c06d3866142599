// Benchmarks: whole-process time of `tiltjs starlark WORKLOAD` against starlark-go (a small
// Go runner built from Debian's golang-starlark-dev, bench/go-runner) on the same
// workloads, in one interleaved run. Prints medians and the tiltjs/starlark-go ratio.
//
//   npm run bench [-- --runs N] [-- --filter NAME] [-- --json]
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
const benchDir = resolve(process.env.TILTJS_BENCH_DIR ?? join(root, '..', 'shared', 'bench'));
const cli = join(root, 'dist', 'cli.mjs');

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

function time(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  return ms;
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
  for (let i = 0; i < runs; i++) nodeBase.push(time(process.execPath, ['-e', '0']));
  for (const w of workloads) {
    const file = join(benchDir, w);
    const ours = [];
    const theirs = [];
    for (let i = 0; i < runs; i++) {
      ours.push(time(process.execPath, [cli, 'starlark', file]));
      if (go) theirs.push(time(go, [file]));
    }
    const row = { workload: w, tiltjs_ms: median(ours), starlark_go_ms: go ? median(theirs) : null };
    row.ratio = row.starlark_go_ms ? row.tiltjs_ms / row.starlark_go_ms : null;
    rows.push(row);
  }
  const result = { runs, node_e0_ms: median(nodeBase), rows };
  if (asJson) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const f = (x) => (x == null ? '-' : x.toFixed(1));
  console.log(`median of ${runs} runs, whole process; node -e 0 = ${f(result.node_e0_ms)} ms`);
  console.log(`${'workload'.padEnd(26)} ${'tiltjs ms'.padStart(10)} ${'go ms'.padStart(10)} ${'ratio'.padStart(7)}`);
  for (const r of rows) {
    console.log(`${r.workload.padEnd(26)} ${f(r.tiltjs_ms).padStart(10)} ${f(r.starlark_go_ms).padStart(10)} ${(r.ratio == null ? '-' : r.ratio.toFixed(2)).padStart(7)}`);
  }
  const empty = rows.find((r) => r.workload === 'empty.star');
  if (empty) console.log(`empty.star over node -e 0: ${f(empty.tiltjs_ms - result.node_e0_ms)} ms`);
}

main();
