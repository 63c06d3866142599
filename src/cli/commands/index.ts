// Every command tiltjs knows, in the order `tiltjs --help` lists them.

import type { Command } from '../command.js';
import { starlarkCommand } from './starlark.js';
import { versionCommand } from './version.js';

export const COMMANDS: Command[] = [starlarkCommand, versionCommand];
