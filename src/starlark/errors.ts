// Runtime errors with Starlark call stacks, rendered as starlark-go renders them:
//
//   Traceback (most recent call last):
//     FILE:LINE:COL: in NAME
//     <builtin>: in NAME
//   Error in BUILTIN: MESSAGE        (or "Error: MESSAGE")
//
// Builtins and value operations throw a bare StarlarkError. While the error unwinds, the
// evaluator records the position of the failing operation in the current function
// (`pending`) and, at each call boundary, a frame. Nothing is paid on the success path.

import { formatPosition, type LineTable, type Position } from '../../grammar/position.js';
import { fromHost, toHost } from '../../grammar/utf8.js';
import { StarlarkError } from './values/value.js';

export { StarlarkError };

export interface CallFrame {
  name: string;
  /** null for a builtin frame */
  pos: Position | null;
}

/**
 * Not an error: a request to stop evaluation that unwinds like one (Tilt's exit()).
 * Loads pass it through untouched; embedders catch it at the top.
 */
export class ControlSignal extends StarlarkError {}

interface Unwinding {
  frames?: CallFrame[];
  pending?: number;
}

/** Converts anything thrown during evaluation into a StarlarkError. */
export function asStarlarkError(e: unknown): StarlarkError {
  if (e instanceof StarlarkError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new StarlarkError('Starlark stack overflow');
  const msg = e instanceof Error ? e.message : String(e);
  const err = new StarlarkError(`internal error: ${msg}`);
  (err as { cause?: unknown }).cause = e;
  return err;
}

/** Records `offset` as the failing position in the current frame unless an inner operation already did. */
export function atPos(e: unknown, offset: number): StarlarkError {
  const err = asStarlarkError(e) as StarlarkError & Unwinding;
  if (err.pending === undefined) err.pending = offset;
  return err;
}

/** Closes the current Starlark frame while unwinding: adds it to the error's stack. */
export function unwindFrame(e: unknown, name: string, lines: LineTable, defPos: number): StarlarkError {
  const err = asStarlarkError(e) as StarlarkError & Unwinding;
  const offset = err.pending ?? defPos;
  (err.frames ??= []).push({ name, pos: lines.position(offset) });
  err.pending = undefined;
  return err;
}

/** Closes a builtin's frame while unwinding. */
export function unwindBuiltin(e: unknown, name: string): StarlarkError {
  const err = asStarlarkError(e) as StarlarkError & Unwinding;
  (err.frames ??= []).push({ name, pos: null });
  err.pending = undefined;
  return err;
}

/** The call stack of an error, outermost frame first. */
export function callStack(e: StarlarkError): CallFrame[] {
  const frames = (e as Unwinding).frames ?? [];
  return [...frames].reverse();
}

/** The error message with backtrace, as a host string, exactly as starlark-go's Backtrace(). */
export function backtrace(e: StarlarkError): string {
  return backtraceHead(e) + toHost(e.msg);
}

/** backtrace() as a byte string: the message keeps its bytes (invalid UTF-8 included), as starlark-go writes it. */
export function backtraceBytes(e: StarlarkError): string {
  return fromHost(backtraceHead(e)) + e.msg;
}

/** The backtrace up to and including `Error...: ` (host text). */
function backtraceHead(e: StarlarkError): string {
  let stack = callStack(e);
  let suffix = '';
  const last = stack[stack.length - 1];
  if (last && last.pos === null) {
    suffix = ` in ${last.name}`;
    stack = stack.slice(0, -1);
  }
  const lines: string[] = [];
  if (stack.length > 0) lines.push('Traceback (most recent call last):');
  for (const f of stack) lines.push(`  ${f.pos ? formatPosition(f.pos) : '<builtin>'}: in ${f.name}`);
  lines.push(`Error${suffix}: `);
  return lines.join('\n');
}

/** The innermost position in the test file, as the conformance runner attributes errors. */
export function innermostPosition(e: StarlarkError, file?: string): Position | null {
  for (const f of (e as Unwinding).frames ?? []) {
    if (f.pos && (file === undefined || f.pos.file === file)) return f.pos;
  }
  return null;
}

/** A static (parse or resolve) error at a position. */
export interface StaticIssue {
  pos: Position;
  msg: string;
}

/** One or more static errors found before execution; the message is the first, as `file:line:col: msg` (as starlark-go's ErrorList). */
export class StaticErrors extends Error {
  constructor(readonly issues: StaticIssue[]) {
    super(`${formatPosition(issues[0].pos)}: ${toHost(issues[0].msg)}`);
    this.name = 'StaticErrors';
  }
}
