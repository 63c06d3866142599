// Runs the command line and turns its result into the process exit status. Shared by the
// plain bundle (entry.ts) and the start-up snapshot (snapshot.ts), which differ only in
// where the user's arguments start in process.argv.

import type { Command } from './command.js';
import { main } from './main.js';

export function start(argv: string[], commands: readonly Command[]): void {
  main(argv, commands).then(
    (code) => {
      process.exitCode = code;
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
