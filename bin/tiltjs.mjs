#!/usr/bin/env node
// The `tiltjs` command: runs the bundled CLI (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('tiltjs: the CLI is not built yet; run `npm run build` in the tiltjs checkout.\n');
  process.exit(1);
}
await import(bundle.href);
