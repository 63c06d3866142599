// Process entry point of the bundled CLI (dist/cli.mjs): `node dist/cli.mjs COMMAND ...`.

import { COMMANDS } from './commands/index.js';
import { start } from './start.js';

start(process.argv.slice(2), COMMANDS);
