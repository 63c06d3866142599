// Bundles the CLI and the conformance runner with esbuild, then builds the CLI's start-up
// snapshot. Bundling matters for start-up: loading chevrotain's unbundled module tree
// alone costs about half a second. The snapshot (dist/tiltjs.blob, see src/cli/snapshot.ts
// and bin/tiltjs) removes most of what is left: `tiltjs starlark FILE` then starts from a
// heap where the bundle is loaded and the parser is built.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  external: ['dockerode', '@kubernetes/client-node', 'chokidar', 'playwright-core'],
  // NODE_ENV=production lets Chevrotain skip its grammar and lexer self-checks at start-up
  // (the tests build the parser with the checks on).
  define: { __TILTJS_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

await Promise.all([
  build({ ...common, entryPoints: [join(root, 'src/cli/entry.ts')], outfile: join(dist, 'cli.mjs') }),
  build({ ...common, entryPoints: [join(root, 'conformance/run.ts')], outfile: join(dist, 'conformance.mjs') }),
  // `node --build-snapshot` takes a CommonJS script.
  build({ ...common, format: 'cjs', banner: {}, sourcemap: false, entryPoints: [join(root, 'src/cli/snapshot.ts')], outfile: join(dist, 'snapshot.cjs') }),
]);

buildSnapshot();

/**
 * Builds dist/tiltjs.blob with this node and the V8 flags bin/tiltjs will pass, and records
 * both in dist/tiltjs.blob.env for the launcher. Without a blob the launcher runs the plain
 * bundle, so a failure here is reported but does not fail the build.
 */
function buildSnapshot() {
  const blob = join(dist, 'tiltjs.blob');
  const env = join(dist, 'tiltjs.blob.env');
  rmSync(env, { force: true });
  rmSync(blob, { force: true });
  const warn = (msg) => process.stderr.write(`build: no start-up snapshot (tiltjs will start from the plain bundle): ${msg}\n`);
  if (process.platform === 'win32') return;
  const launcher = spawnSync('/bin/sh', [join(root, 'bin', 'tiltjs')], { env: { ...process.env, TILTJS_LAUNCH: 'flags' }, encoding: 'utf8' });
  if (launcher.status !== 0) return warn(`bin/tiltjs failed: ${launcher.stderr}`);
  const flags = launcher.stdout.trim();
  const args = [...flags.split(/\s+/).filter(Boolean), '--snapshot-blob', blob, '--build-snapshot', join(dist, 'snapshot.cjs')];
  const env0 = { ...process.env };
  delete env0.NODE_OPTIONS;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, { env: env0, encoding: 'utf8' });
  if (r.status !== 0) return warn(`node --build-snapshot failed (status ${r.status}):\n${r.stderr}`);
  const node = statSync(realpathSync(process.execPath));
  writeFileSync(env, `# written by scripts/build.mjs for bin/tiltjs\nsnapshot_node='${node.ino} ${node.size}'\nsnapshot_flags='${flags}'\n`);
  if (!quiet) process.stdout.write(`  dist/tiltjs.blob  ${(statSync(blob).size / 1e6).toFixed(1)}mb  (start-up snapshot, ${Date.now() - t0} ms)\n`);
}
