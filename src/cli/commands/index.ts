// Every command tiltjs knows, in the order `tiltjs --help` lists them.

import type { Command } from '../command.js';
import { alphaCommand } from './alpha.js';
import { starlarkCommand } from './starlark.js';
import { versionCommand } from './version.js';

export const COMMANDS: Command[] = [alphaCommand, starlarkCommand, versionCommand];
