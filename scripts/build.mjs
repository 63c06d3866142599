// Bundles the CLI and the conformance runner with esbuild, then builds the CLI's start-up
// snapshots. Bundling matters for start-up: loading chevrotain's unbundled module tree
// alone costs about half a second. The snapshots (dist/tiltjs-NAME.blob, see
// src/cli/snapshot/run.ts and bin/tiltjs) remove most of what is left: `tiltjs starlark
// FILE` then starts from a heap where its code is loaded and the parser is built.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');
const dist = join(root, 'dist');

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: quiet ? 'warning' : 'info',
  // Heavy runtime dependencies stay external and are loaded only when a command needs them.
  // (Only the root of @kubernetes/client-node: its small kubeconfig parsers are bundled.)
  external: ['dockerode', 'chokidar', 'playwright-core'],
  plugins: [
    {
      name: 'client-node-root-external',
      setup(b) {
        b.onResolve({ filter: /^@kubernetes\/client-node$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
  // NODE_ENV=production lets Chevrotain skip its grammar and lexer self-checks at start-up
  // (the tests build the parser with the checks on).
  define: { __TILTJS_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/** The start-up snapshots (entries src/cli/snapshot/NAME.ts), with a command each holds. */
const SNAPSHOTS = ['starlark', 'tiltfile'];
const SNAPSHOT_COMMAND = { starlark: 'starlark', tiltfile: 'alpha' };

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'src/cli/entry.ts')], outfile: join(dist, 'cli.mjs') }),
  build({ ...common, entryPoints: [join(root, 'conformance/run.ts')], outfile: join(dist, 'conformance.mjs') }),
  // The thread `up` and `ci` load Tiltfiles in (src/session-load/worker-loader.ts).
  build({ ...common, entryPoints: [join(root, 'src/session-load/worker-entry.ts')], outfile: join(dist, 'tiltfile-worker.mjs') }),
  // `node --build-snapshot` takes a CommonJS script. Minified (names kept): a snapshot
  // holds the source text, and a smaller heap deserialises faster.
  ...SNAPSHOTS.map((name) =>
    build({
      ...common,
      format: 'cjs',
      banner: {},
      sourcemap: false,
      minifyWhitespace: true,
      minifySyntax: true,
      logOverride: { 'empty-import-meta': 'silent' },
      entryPoints: [join(root, 'src/cli/snapshot', `${name}.ts`)],
      outfile: join(dist, `snapshot-${name}.cjs`),
    }),
  ),
]);

await buildSnapshots();

/**
 * Builds each dist/tiltjs-NAME.blob with this node and the V8 flags bin/tiltjs will pass,
 * and records both in dist/snapshot.env for the launcher. A command whose blob is missing
 * runs from the plain bundle, so a failure here is reported but does not fail the build.
 */
async function buildSnapshots() {
  const env = join(dist, 'snapshot.env');
  const warn = (msg) => process.stderr.write(`build: ${msg}; tiltjs will start those commands from the plain bundle\n`);
  if (process.platform === 'win32') return;
  // Each snapshot's V8 flags, as bin/tiltjs passes them to a command of that snapshot.
  const flagsOf = {};
  for (const name of SNAPSHOTS) {
    const launcher = spawnSync('/bin/sh', [join(root, 'bin', 'tiltjs'), SNAPSHOT_COMMAND[name]], { env: { ...process.env, TILTJS_LAUNCH: 'flags' }, encoding: 'utf8' });
    if (launcher.status !== 0) {
      rmSync(env, { force: true });
      return warn(`no start-up snapshots (bin/tiltjs failed: ${launcher.stderr})`);
    }
    flagsOf[name] = launcher.stdout.trim();
  }
  const childEnv = { ...process.env };
  delete childEnv.NODE_OPTIONS;
  const t0 = Date.now();
  const built = await Promise.all(
    SNAPSHOTS.map(async (name) => {
      // Written under a temporary name and renamed, so that a tiltjs started meanwhile never
      // reads a half-written blob.
      const blob = join(dist, `tiltjs-${name}.blob`);
      const tmp = `${blob}.${process.pid}.tmp`;
      const args = [...flagsOf[name].split(/\s+/).filter(Boolean), '--snapshot-blob', tmp, '--build-snapshot', join(dist, `snapshot-${name}.cjs`)];
      const r = await run(process.execPath, args, childEnv);
      if (r.status !== 0) {
        rmSync(tmp, { force: true });
        rmSync(blob, { force: true });
        warn(`no ${name} snapshot (node --build-snapshot failed with status ${r.status}):\n${r.stderr}`);
        return null;
      }
      renameSync(tmp, blob);
      return `  dist/tiltjs-${name}.blob  ${(statSync(blob).size / 1e6).toFixed(1)}mb`;
    }),
  );
  const node = statSync(realpathSync(process.execPath));
  const tmpEnv = `${env}.${process.pid}.tmp`;
  const flagLines = SNAPSHOTS.map((name) => `snapshot_flags_${name}='${flagsOf[name]}'\n`).join('');
  writeFileSync(tmpEnv, `# written by scripts/build.mjs for bin/tiltjs\nsnapshot_node='${node.ino} ${node.size}'\n${flagLines}`);
  renameSync(tmpEnv, env);
  if (!quiet) process.stdout.write(`${built.filter(Boolean).join('\n')}\n  (start-up snapshots, ${Date.now() - t0} ms)\n`);
}

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}
