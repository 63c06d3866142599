// `tiltjs up [-f FILE] [--port N] [--host H] [--update-mode M] [--stream] [-- ARGS]`: run the dev loop until
// Ctrl-C. Processes stop on exit; containers keep running (use `tiltjs down`).

import { up } from '../../api.js';
import type { Command } from '../command.js';
import { FlagError, flagHelp, parseFlags, type FlagSpec } from '../flags.js';
import { streamLogs } from '../view/stream.js';
import { terminalView } from '../view/terminal.js';
import { parseUpdateMode, type UpdateMode } from '../../engine/update-mode.js';
import { FILE_FLAG, HOST_FLAG, PORT_FLAG, UPDATE_MODE_FLAG } from './session-flags.js';
import { runUntilSignalOrFailure, startFailure } from './session.js';

const FLAGS: FlagSpec[] = [
  FILE_FLAG,
  PORT_FLAG,
  HOST_FLAG,
  UPDATE_MODE_FLAG,
  { name: 'stream', type: 'boolean', description: 'stream logs instead of the status view', default: false },
  { name: 'quiet-ms', type: 'number', description: 'quiet period before acting on file changes', default: 50 },
];

const USAGE = `tiltjs up [flags] [-- ARGS]\n\nFlags:\n${flagHelp(FLAGS)}`;

export const upCommand: Command = {
  name: 'up',
  summary: 'Start the dev loop for the Tiltfile (updates on file changes until Ctrl-C)',
  usage: USAGE,
  async run(argv) {
    let flags;
    let args: string[];
    let updateMode: UpdateMode;
    try {
      const p = parseFlags(argv, FLAGS);
      flags = p.flags;
      args = [...p.positional, ...p.rest];
      updateMode = parseUpdateMode(flags['update-mode'] as string);
    } catch (e) {
      if (e instanceof FlagError || e instanceof Error) {
        process.stderr.write(`Error: ${e.message}\nUsage: ${USAGE}\n`);
        return 1;
      }
      throw e;
    }
    const host = flags.host as string;
    const port = flags.port as number;
    let session;
    try {
      session = await up({ file: flags.file as string, args, host, port, subcommand: 'up', quietMs: flags['quiet-ms'] as number, updateMode });
    } catch (e) {
      return startFailure(e, host, port);
    }
    const header = port > 0 ? `tiltjs started on http://${host}:${port}/` : 'tiltjs started (without HTTP API)';
    const tty = process.stdout.isTTY === true && flags.stream !== true;
    if (!tty) process.stdout.write(header + '\n');
    const stopView = tty ? terminalView(session.engine, header) : streamLogs(session.engine, process.stdout);
    const failure = await runUntilSignalOrFailure(session.started);
    stopView();
    if (failure) process.stderr.write(`Error: ${failure.message}\n`);
    process.stdout.write('\nShutting down...\n');
    await session.stop();
    return failure ? 1 : 0;
  },
};
