// Where a Kubernetes builtin was called from, for the messages that quote it
// (k8s_resource's assembly errors, k8s_yaml's "YAML originally registered at").
//
// Positions come from the shared call-position helper: exact `file:line:col` once the
// interpreter exposes the caller's position, the executing file until then. The
// registration stack is rendered as starlark-go's CallStack.String() renders a builtin
// called from top-level code.

import type { CallContext } from '../../kit/index.js';
import { callPosition as sharedCallPosition } from '../live-update/index.js';

/** The position of the current call (`file:line:col` when known). */
export function callPosition(cx: CallContext): string {
  return sharedCallPosition(cx).pos;
}

/** The call stack of the current builtin call. */
export function callStackText(cx: CallContext): string {
  return `Traceback (most recent call last):\n  ${callPosition(cx)}: in <toplevel>\n  <builtin>: in ${cx.fn}\n`;
}
