// The commands of the `tiltfile` snapshot (dist/tiltjs-tiltfile.blob): loading Tiltfiles
// without the engine (`tiltjs alpha tiltfile-result`). A command belongs here only if
// everything it runs is in the bundle or in Node's built-in modules a snapshot can hold
// (no import() of external packages, no node:http). See run.ts.

import type { Command } from '../command.js';
import { alphaCommand } from '../commands/alpha.js';

export const TILTFILE_SNAPSHOT_COMMANDS: readonly Command[] = [alphaCommand];
