// Entry of dist/tiltjs-starlark.blob (see run.ts). It exports nothing: the snapshot builder
// runs it as a script without `module`.

import { runSnapshot } from './run.js';
import { STARLARK_SNAPSHOT_COMMANDS } from './starlark-commands.js';

runSnapshot(STARLARK_SNAPSHOT_COMMANDS);
