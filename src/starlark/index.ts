// The Starlark runtime: resolver, closure compiler, values and operators.
//
// It imports grammar/ (syntax) and nothing of Tilt. Embedders (builtins/, the Tiltfile
// loader, the conformance runner) use this surface: execFile, Thread, the value classes,
// the error types and argument unpacking. See docs/starlark-core.md.

import './methods/index.js';

export { execFile, prepareFile, type ExecOptions } from './exec.js';
export { Thread, type Globals, type ThreadOptions } from './thread.js';
export { backtrace, callStack, StaticErrors, StarlarkError, type CallFrame, type StaticIssue } from './errors.js';
export { TILT_DIALECT, STRICT_DIALECT, type DialectOptions } from './resolve/binding.js';
export { call } from './call.js';
export { A, unpackArgs, unpackPositional, noArgs, type Conv } from './unpack.js';
export * from './values/index.js';
export { equals, compare } from './ops/compare.js';
export { truth, lengthOf } from './ops/truth.js';
export { iterate, toArray, elemsOf, isIterable } from './ops/iterate.js';
export { getAttr, getAttrOrUndefined, attrNames, registerMethods } from './ops/attr.js';
export { getIndex, slice } from './ops/index.js';
export { binary } from './ops/binary.js';
