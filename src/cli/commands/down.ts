// `tiltjs down [-f FILE] [-- ARGS]`: remove what `up` started for this Tiltfile (Compose
// services, Kubernetes objects). Local resources have nothing left to remove.

import { down } from '../../api.js';
import type { Command } from '../command.js';
import { FlagError, flagHelp, parseFlags, type FlagSpec } from '../flags.js';
import { FILE_FLAG } from './session-flags.js';

const FLAGS: FlagSpec[] = [FILE_FLAG];
const USAGE = `tiltjs down [-f FILE] [-- ARGS]\n\nFlags:\n${flagHelp(FLAGS)}`;

export const downCommand: Command = {
  name: 'down',
  summary: 'Delete the containers and objects `tiltjs up` created for the Tiltfile',
  usage: USAGE,
  async run(argv) {
    let p;
    try {
      p = parseFlags(argv, FLAGS);
    } catch (e) {
      if (e instanceof FlagError) {
        process.stderr.write(`Error: ${e.message}\nUsage: ${USAGE}\n`);
        return 1;
      }
      throw e;
    }
    const r = await down({ file: p.flags.file as string, args: [...p.positional, ...p.rest] }, (line) => process.stdout.write(line + '\n'));
    if (r.error) {
      process.stderr.write(`Error: ${r.error}\n`);
      return 1;
    }
    return 0;
  },
};
