// Where a live-update step was created (reported by the "created but not used" error).

import { callPosition as kitCallPosition, type CallContext } from '../../kit/index.js';

export interface CallPosition {
  pos: string;
  exact: boolean;
}

export function callPosition(cx: CallContext): CallPosition {
  return { pos: kitCallPosition(cx), exact: true };
}
