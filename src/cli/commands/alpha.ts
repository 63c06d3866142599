// `tiltjs alpha tiltfile-result [-f FILE] [-v] [-- ARGS]`: load the Tiltfile and print the
// result as JSON (docs/tiltfile-result.md). Exit 0, or 5 on a Tiltfile error (printed to
// stderr with its backtrace).

import { loadTiltfile } from '../../tiltfile/loader.js';
import type { Command } from '../command.js';
import { FlagError, flagHelp, parseFlags, type FlagSpec } from '../flags.js';

const FLAGS: FlagSpec[] = [
  { name: 'file', short: 'f', type: 'string', description: 'path to the Tiltfile', default: 'Tiltfile' },
  { name: 'verbose', short: 'v', type: 'boolean', description: 'print the Tiltfile log to stderr', default: false },
];

const USAGE = `tiltjs alpha tiltfile-result [-f FILE] [-v] [-- ARGS]\n\nFlags:\n${flagHelp(FLAGS)}`;

function tiltfileResult(argv: string[]): number {
  let parsed;
  try {
    parsed = parseFlags(argv, FLAGS);
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    process.stderr.write(`Error: ${e.message}\nUsage: ${USAGE}\n`);
    return 1;
  }
  const verbose = parsed.flags.verbose === true;
  const result = loadTiltfile({
    file: parsed.flags.file as string,
    args: [...parsed.positional, ...parsed.rest],
    subcommand: 'alpha tiltfile-result',
    log: verbose ? (line) => process.stderr.write(line + '\n') : undefined,
  });
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  if (result.error !== null) {
    process.stderr.write(result.error + '\n');
    return 5;
  }
  return 0;
}

export const alphaCommand: Command = {
  name: 'alpha',
  summary: 'Experimental commands: alpha tiltfile-result prints the Tiltfile load result as JSON',
  usage: USAGE,
  run(args) {
    const [sub, ...rest] = args;
    if (sub === 'tiltfile-result') return tiltfileResult(rest);
    process.stderr.write(`tiltjs alpha: unknown command ${JSON.stringify(sub ?? '')}\nUsage: ${USAGE}\n`);
    return 2;
  },
};
