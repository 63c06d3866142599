// Every command tiltjs knows, in the order `tiltjs --help` lists them.

import type { Command } from '../command.js';
import { alphaCommand } from './alpha.js';
import { ciCommand } from './ci.js';
import { argsCommand, getCommand, logsCommand, triggerCommand } from './client.js';
import { downCommand } from './down.js';
import { upCommand } from './up.js';
import { starlarkCommand } from './starlark.js';
import { tiltCommand } from './tilt.js';
import { disableCommand, enableCommand } from './toggle.js';
import { versionCommand } from './version.js';

export const COMMANDS: Command[] = [
  upCommand,
  ciCommand,
  downCommand,
  triggerCommand,
  logsCommand,
  getCommand,
  argsCommand,
  enableCommand,
  disableCommand,
  alphaCommand,
  starlarkCommand,
  versionCommand,
  tiltCommand,
];
