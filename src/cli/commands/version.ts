// `tiltjs version`.

import type { Command } from '../command.js';
import { VERSION } from '../version.js';

export const versionCommand: Command = {
  name: 'version',
  summary: 'Print the tiltjs version',
  usage: 'tiltjs version',
  run() {
    process.stdout.write(`v${VERSION}, tiltjs (node ${process.version})\n`);
    return 0;
  },
};
