// The one error the front end reports: where and what, formatted as starlark-go does
// (`file:line:col: msg`). Scanning and parsing stop at the first error.

import { formatPosition, type LineTable, type Position } from './position.js';

export class StarlarkSyntaxError extends Error {
  constructor(
    readonly pos: Position,
    /** The message without its position (a host string). */
    readonly msg: string,
  ) {
    super(`${formatPosition(pos)}: ${msg}`);
    this.name = 'StarlarkSyntaxError';
  }

  static at(lines: LineTable, offset: number, msg: string): StarlarkSyntaxError {
    return new StarlarkSyntaxError(lines.position(offset), msg);
  }
}

/**
 * A parse error as starlark-go would raise it: `cur` is the token its parser was looking
 * at, which decides whether a scan error further on would have been reported instead.
 */
export class ParseFailure extends Error {
  constructor(
    readonly cur: { tokenType: unknown; payload?: unknown },
    readonly offset: number,
    readonly msg: string,
  ) {
    super(msg);
  }
}

/** An error found before positions can be turned into lines: an offset and a message. */
export interface PendingError {
  offset: number;
  msg: string;
}
