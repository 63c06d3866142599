// Where a builtin was called from, as `file:line:col` (starlark-go's
// thread.CallFrame(1).Pos), for messages that point at a call site.
//
// The interpreter does not track call positions on the success path yet. When the thread
// offers `callerPosition()` (the hook requested from the interpreter owners) it is used;
// until then the position degrades to the file whose top level is executing, and `exact`
// is false so that callers do not treat two calls in one file as the same site.

import type { CallContext } from '../../kit/index.js';

interface PositionAware {
  callerPosition?: () => string | undefined;
}

export interface CallPosition {
  pos: string;
  exact: boolean;
}

export function callPosition(cx: CallContext): CallPosition {
  const fromThread = (cx.thread as unknown as PositionAware).callerPosition?.();
  return fromThread !== undefined ? { pos: fromThread, exact: true } : { pos: cx.load.currentFile, exact: false };
}
