// Running helm / kustomize while the Tiltfile executes, as Tilt's execLocalCmd does for
// them: the command is logged (`Running: ...`), its output is captured rather than
// logged, and a failure reports the output in the error instead.

import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { displayCommand, type LoadContext } from '../../kit/index.js';
import { processEnv } from '../local/index.js';

/** Go's wording for a process that could not start. */
function spawnError(argv0: string, e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return argv0.includes('/') ? `fork/exec ${argv0}: no such file or directory` : `exec: ${JSON.stringify(argv0)}: executable file not found in $PATH`;
  if (code === 'EACCES') return `fork/exec ${argv0}: permission denied`;
  return e.message;
}

/** Runs argv in dir and returns its stdout (a host string). */
export function runTool(cx: LoadContext, argv: string[], dir: string): string {
  const shown = displayCommand(argv);
  cx.log(`Running: ${shown}`);
  const r = cx.host.runCommand(argv, { cwd: dir, env: processEnv(cx) });
  if (r.error || r.status !== 0) {
    const why = r.error ? spawnError(argv[0], r.error) : r.status === null ? 'signal: killed' : `exit status ${r.status}`;
    const msg = `command ${JSON.stringify(shown)} failed.\nerror: ${why}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    throw new StarlarkError(fromHost(msg));
  }
  return r.stdout;
}
