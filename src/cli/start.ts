// Runs the command line and turns its result into the process exit status. Shared by the
// plain bundle (entry.ts) and the start-up snapshots (snapshot/run.ts), which differ in
// where the user's arguments start in process.argv and in how the process ends.

import type { Command } from './command.js';
import { main } from './main.js';

export interface StartOptions {
  /**
   * End the process as soon as the command is done and its output is written, skipping
   * Node's orderly teardown of the heap: after a large program that teardown took 15-45 ms.
   * Only for commands that leave no other asynchronous work behind.
   */
  exitWhenDone?: boolean;
}

export function start(argv: string[], commands: readonly Command[], opts: StartOptions = {}): void {
  // bin/tiltjs hides NODE_EXTRA_CA_CERTS from node's own start (parsing the certificate
  // file is slow and tiltjs itself makes no TLS connection then); processes we start get it.
  const ca = process.env.TILTJS_NODE_EXTRA_CA_CERTS;
  if (ca !== undefined) {
    process.env.NODE_EXTRA_CA_CERTS = ca;
    delete process.env.TILTJS_NODE_EXTRA_CA_CERTS;
  }
  // `tiltjs ... | head`: a closed pipe is the reader saying it has enough, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  main(argv, commands).then(
    (code) => {
      process.exitCode = code;
      if (opts.exitWhenDone) exitWhenFlushed(code);
    },
    (e: unknown) => {
      // A bug in tiltjs, not a user error: say so plainly; the JS stack only on request.
      const detail = process.env.TILTJS_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
      process.stderr.write(`tiltjs: internal error: ${e instanceof Error ? e.message : String(e)}${detail}\n`);
      process.stderr.write('This is a bug in tiltjs; set TILTJS_DEBUG=1 for details.\n');
      process.exitCode = 70;
    },
  );
}

/** process.exit(code) once stdout and stderr have written everything (pipes may lag behind). */
function exitWhenFlushed(code: number): void {
  let waiting = 2;
  const done = (): void => {
    if (--waiting === 0) process.exit(code);
  };
  for (const stream of [process.stdout, process.stderr]) {
    // A write completes after every earlier one: its callback means "all flushed".
    if (stream.writableLength === 0) done();
    else stream.write('', done);
  }
}
