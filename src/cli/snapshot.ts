// Entry point of the start-up snapshot (dist/tiltjs.blob, built by scripts/build.mjs).
//
// `node --build-snapshot` runs this file once at build time: it loads the whole CLI, builds
// the Chevrotain lexer and parser (grammar analysis is most of tiltjs's start-up cost) and
// runs a small program that touches every grammar rule and the common runtime paths, then
// V8 serialises the heap. `node --snapshot-blob dist/tiltjs.blob ARGS` (what bin/tiltjs
// runs) starts from that heap and calls the function below; process.argv then holds the
// node binary followed directly by the user's arguments.
//
// Only Node's built-in modules may be loaded while the snapshot is built, so commands
// that import external packages (docker, kubernetes, file watching) run from the plain
// bundle instead: bin/tiltjs decides which commands use the snapshot.

import { startupSnapshot } from 'node:v8';
import { warmUp } from './warm-up.js';
import { start } from './start.js';

warmUp();
startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1)));
