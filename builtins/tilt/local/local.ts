// local(command, quiet=False, command_bat=None, echo_off=False, env={}, dir=None, stdin=None):
// runs a command while the Tiltfile executes and returns its stdout as a blob.

import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { Blob, T, command, defineBuiltin, displayCommand, type CallContext } from '../../kit/index.js';
import { ensureLocalAllowed } from '../k8s-context/state.js';
import { processEnv } from './process-env.js';

export const localBuiltin = defineBuiltin(
  'local',
  {
    command,
    'quiet?': T.bool,
    'command_bat?': T.value,
    'echo_off?': T.bool,
    'env?': T.stringMap,
    'dir??': T.path,
    'stdin??': T.stringable,
  },
  (cx, a) => {
    const argv = a.command;
    if (argv.length === 0) throw new StarlarkError('empty cmd');
    ensureLocalAllowed(cx.load);
    return runLocal(cx, argv, {
      quiet: a.quiet ?? false,
      echoOff: a.echo_off ?? false,
      env: a.env ?? {},
      dir: a.dir ?? cx.load.currentDir,
      stdin: a.stdin,
    });
  },
);

interface LocalOptions {
  quiet: boolean;
  echoOff: boolean;
  env: Record<string, string>;
  dir: string;
  stdin?: string;
}

function runLocal(cx: CallContext, argv: string[], o: LocalOptions): Blob {
  const shown = displayCommand(argv);
  if (!o.echoOff) cx.load.log(`local: ${shown}`);
  const r = cx.load.host.runCommand(argv, { cwd: o.dir, env: processEnv(cx.load, o.env), stdin: o.stdin });
  if (!o.quiet) logOutput(cx, r.stdout + r.stderr, !o.echoOff);
  if (r.error || r.status !== 0) {
    let msg = `command ${JSON.stringify(shown)} failed.\nerror: ${r.error ? r.error.message : `exit status ${r.status}`}`;
    if (o.quiet) msg += `\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
    throw new StarlarkError(fromHost(msg));
  }
  return new Blob(fromHost(r.stdout), `local: ${shown}`);
}

function logOutput(cx: CallContext, output: string, echoed: boolean): void {
  const lines = output.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) {
    if (echoed) cx.load.log(' → [no output]');
    return;
  }
  for (const line of lines) cx.load.log(` → ${line}`);
}
