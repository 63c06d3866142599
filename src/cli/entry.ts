// Process entry point of the bundled CLI.

import { main } from './main.js';

main(process.argv.slice(2)).then(
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
