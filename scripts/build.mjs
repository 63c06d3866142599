// Bundles the CLI and the conformance runner with esbuild. Bundling matters for start-up:
// loading chevrotain's unbundled module tree alone costs about half a second.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet');

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
  build({ ...common, entryPoints: [join(root, 'src/cli/entry.ts')], outfile: join(root, 'dist/cli.mjs') }),
  build({ ...common, entryPoints: [join(root, 'conformance/run.ts')], outfile: join(root, 'dist/conformance.mjs') }),
]);
