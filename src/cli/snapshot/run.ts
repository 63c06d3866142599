// Start-up snapshots: `node --build-snapshot` runs an entry of this directory once, at
// build time (scripts/build.mjs); the entry loads the code of its commands, builds the
// Chevrotain lexer and parser (grammar analysis is most of tiltjs's start-up cost) and runs
// the warm-up programs; then V8 serialises the heap into dist/tiltjs-NAME.blob.
// `node --snapshot-blob dist/tiltjs-NAME.blob -- ARGS` (what bin/tiltjs runs) starts from
// that heap and calls the function registered below; process.argv then holds the node
// binary followed directly by the user's arguments.
//
// There is one snapshot per group of commands, so that each holds only the code its
// commands run: a snapshot's size is paid at every start (deserialising costs roughly in
// proportion to the number of objects), and `tiltjs starlark` needs none of Tilt's
// builtins. A snapshot may load only Node's built-in modules, and not all of them
// (node:http fails while a snapshot is built, on Node 20); commands that import external
// packages (docker, kubernetes, file watching) or talk HTTP run from the plain bundle.
// bin/tiltjs routes each command to its snapshot (test/cli/launcher.test.ts checks that
// its lists agree with *-commands.ts); `tiltjs --help`, which lists every command, runs
// from the plain bundle.

import { startupSnapshot } from 'node:v8';
import type { Command } from '../command.js';
import { start } from '../start.js';
import { warmUp } from '../warm-up.js';

/**
 * Called by a snapshot entry with its commands and the warm-ups of what they run (after
 * the Starlark one); does nothing outside a snapshot build.
 */
export function runSnapshot(commands: readonly Command[], warmUps: readonly (() => void)[] = []): void {
  if (!startupSnapshot.isBuildingSnapshot()) return;
  warmUp();
  for (const w of warmUps) w();
  // Snapshot commands leave nothing running when they finish (see StartOptions).
  startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1), commands, { exitWhenDone: true }));
}
