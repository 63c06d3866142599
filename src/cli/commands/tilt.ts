// `tiltjs tilt ARGS`: Tilt's command line, for the processes tiltjs starts. They find the
// `tilt` shim (bin/shim/tilt) first on their PATH, and the shim runs this command.
//
//  - `tilt version` prints Tilt's format with the Tilt version tiltjs is compatible with
//    (extensions parse it, e.g. to check a minimum version);
//  - any other command runs the tiltjs command of the same name when tiltjs has one
//    (`tilt alpha tiltfile-result` works today; `tilt get` and `tilt args` will once the
//    engine serves its API and adds those commands);
//  - otherwise it fails with "tilt CMD: not supported by tiltjs yet".

import { statSync } from 'node:fs';
import { TILT_VERSION } from '../../../builtins/tilt/settings/version.js';
import type { Command } from '../command.js';
import { COMMANDS } from './index.js';

const USAGE = 'tilt version | tilt COMMAND [ARGS...]  (run through the `tilt` shim on the PATH of processes tiltjs starts)';

/** The date of this build (the bundle's modification time), as Tilt prints it. */
function buildDate(): string {
  let when = new Date();
  try {
    if (process.argv[1]) when = statSync(process.argv[1]).mtime;
  } catch {
    // not a file (e.g. the start-up snapshot): today's date
  }
  return when.toISOString().slice(0, 10);
}

/** What the engine-backed commands need, for the "not supported" message. */
function engineNote(): string {
  const host = process.env.TILT_HOST ?? 'localhost';
  const port = process.env.TILT_PORT ?? '10350';
  return ` (it needs the API of a running tiltjs engine at ${host}:${port}, which tiltjs does not serve yet)`;
}

export const tiltCommand: Command = {
  name: 'tilt',
  summary: "Answer as Tilt's CLI (used by the `tilt` shim tiltjs puts on the PATH of the processes it starts)",
  usage: USAGE,
  run(args) {
    const [sub, ...rest] = args;
    if (sub === 'version' || sub === '--version') {
      process.stdout.write(`v${TILT_VERSION}, built ${buildDate()}\n`);
      return 0;
    }
    if (sub === undefined) {
      process.stderr.write(`Usage: ${USAGE}\n`);
      return 2;
    }
    const target = COMMANDS.find((c) => c.name === sub && c.name !== 'tilt');
    if (target) return target.run(rest);
    const needsEngine = ['get', 'args', 'describe', 'trigger', 'logs', 'enable', 'disable', 'wait', 'edit', 'patch', 'delete', 'apply', 'create'];
    process.stderr.write(`tilt ${sub}: not supported by tiltjs yet${needsEngine.includes(sub) ? engineNote() : ''}\n`);
    return 1;
  },
};
