// Entry of dist/tiltjs-tiltfile.blob (see run.ts). It exports nothing: the snapshot builder
// runs it as a script without `module`.

import { warmUpTiltfile } from '../warm-up-tiltfile.js';
import { runSnapshot } from './run.js';
import { TILTFILE_SNAPSHOT_COMMANDS } from './tiltfile-commands.js';

runSnapshot(TILTFILE_SNAPSHOT_COMMANDS, [warmUpTiltfile]);
