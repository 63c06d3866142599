// `tiltjs starlark FILE...`: run plain Starlark files; errors go to stderr with a
// starlark-go style backtrace and exit status 1.

import { runStarlarkFile, SourceFileError } from '../../api/run-starlark.js';
import { backtraceBytes, StaticErrors } from '../../starlark/errors.js';
import { StarlarkError } from '../../starlark/values/value.js';
import type { Command } from '../command.js';

export const starlarkCommand: Command = {
  name: 'starlark',
  summary: 'Run plain Starlark files (Tilt dialect, with struct, module and json)',
  usage: 'tiltjs starlark FILE...',
  run(args) {
    if (args.length === 0) {
      process.stderr.write('usage: tiltjs starlark FILE...\n');
      return 2;
    }
    let status = 0;
    for (const file of args) {
      const start = performance.now();
      try {
        runStarlarkFile(file);
      } catch (e) {
        if (e instanceof StarlarkError) process.stderr.write(Buffer.from(backtraceBytes(e) + '\n', 'latin1'));
        else if (e instanceof StaticErrors || e instanceof SourceFileError) process.stderr.write(e.message + '\n');
        else throw e;
        status = 1;
      } finally {
        // Same report as the starlark-go reference runner, for in-process comparisons.
        if (process.env.SLTIME) process.stderr.write(`exec_ms=${(performance.now() - start).toFixed(3)}\n`);
      }
    }
    return status;
  },
};
