// Where a builtin was called from (starlark-go's thread.CallFrame(1).Pos) and the whole
// call stack as starlark-go's CallStack.String() prints it, for messages that quote them.

import { formatPosition } from '../../grammar/position.js';
import type { CallContext } from './declare.js';

/** `file:line:col` of the running builtin's call. */
export function callPosition(cx: CallContext): string {
  const p = cx.thread.callerPosition();
  return p ? formatPosition(p) : cx.load.currentFile;
}

/** The call stack of the running builtin, ending with its own `<builtin>` frame. */
export function callStackText(cx: CallContext): string {
  const lines = ['Traceback (most recent call last):'];
  for (const f of cx.thread.callStack()) lines.push(`  ${f.pos ? formatPosition(f.pos) : '<builtin>'}: in ${f.name}`);
  lines.push(`  <builtin>: in ${cx.fn}`);
  return lines.join('\n') + '\n';
}
