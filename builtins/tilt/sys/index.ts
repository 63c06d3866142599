// The sys module (reference §1.12): sys.argv, the command line (program name first, as
// Go's os.Args), and sys.executable, the path of the tiltjs launcher (bin/tiltjs) or, when
// tiltjs runs some other way, of its script (None when neither is known).
//
// Both are read when a load starts (bindSysValues), not when this module is evaluated:
// the CLI may run from a start-up snapshot, whose heap was built by another process. In
// a snapshot, process.argv is the node binary followed directly by the user's arguments
// and the blob's path is among node's own flags; otherwise argv[1] is the script.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fromHost } from '../../../grammar/utf8.js';
import { List } from '../../../src/starlark/values/list.js';
import { None, type Value } from '../../../src/starlark/values/value.js';
import { TiltModule, type TiltPlugin } from '../../kit/index.js';

function frozenList(items: string[]): List {
  const l = new List(items.map((a): Value => fromHost(a)));
  l.freeze();
  return l;
}

/** bin/tiltjs next to the dist/ directory the code was loaded from, if there is one. */
function launcherFor(distDir: string): string | null {
  const p = join(distDir, '..', 'bin', 'tiltjs');
  return existsSync(p) ? p : null;
}

function commandLine(): { argv: string[]; executable: string | null } {
  const blob = process.execArgv.indexOf('--snapshot-blob');
  if (blob >= 0 && process.execArgv[blob + 1]) {
    return { argv: ['tiltjs', ...process.argv.slice(1)], executable: launcherFor(dirname(resolve(process.execArgv[blob + 1]))) };
  }
  const script = process.argv[1];
  if (!script) return { argv: ['tiltjs'], executable: null };
  return { argv: ['tiltjs', ...process.argv.slice(2)], executable: launcherFor(dirname(resolve(script))) ?? resolve(script) };
}

export const sysPlugin: TiltPlugin = {
  name: 'sys',
  // Replaced per load by bindSysValues.
  globals: { 'sys.argv': frozenList([]), 'sys.executable': None },
};

/** Sets sys.argv and sys.executable in a freshly built environment. */
export function bindSysValues(env: Map<string, Value>): void {
  const sys = env.get('sys');
  if (!(sys instanceof TiltModule)) return;
  const { argv, executable } = commandLine();
  sys.members.set('argv', frozenList(argv));
  sys.members.set('executable', executable === null ? None : fromHost(executable));
}
