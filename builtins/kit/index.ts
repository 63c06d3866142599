// The plugin kit for Tilt builtins (Tilt's "starkit"): the per-load context, typed
// state slots, builtin declaration with UnpackArgs-style binding, argument converters,
// the blob value, and environment assembly from plugins.
//
// Imports src/starlark and builtins/universe only; builtins/tilt builds on it and
// src/tiltfile composes it. Nothing here knows about a particular Tilt builtin.

export { LoadContext, type LoadOptions } from './context.js';
export { stateSlot, StateStore, type StateSlot } from './state.js';
export { defineBuiltin, defineRawBuiltin, unsupportedBuiltin, isUnsupported, declaredBuiltins, type CallContext, type Conv, type Args, type BuiltinDoc } from './declare.js';
export { T, asStringable, sequenceElems } from './convert.js';
export { command, toCommand, shellArgv, displayCommand } from './command.js';
export { resourceName, labels, validateName } from './names.js';
export { Blob, isBlob } from './blob.js';
export { TiltModule } from './module-value.js';
export { PathValue } from './path-value.js';
export { goTypeName } from './go-types.js';
export { callPosition, callStackText } from './call-position.js';
export { buildEnvironment, type TiltPlugin } from './plugin.js';
export type { Host, CommandResult, RunCommandOptions } from './host.js';
