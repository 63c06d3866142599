// The commands of the `starlark` snapshot (dist/tiltjs-starlark.blob): plain Starlark and
// the version. See run.ts.

import type { Command } from '../command.js';
import { starlarkCommand } from '../commands/starlark.js';
import { versionCommand } from '../commands/version.js';

export const STARLARK_SNAPSHOT_COMMANDS: readonly Command[] = [starlarkCommand, versionCommand];
