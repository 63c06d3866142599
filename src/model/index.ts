// The resource model: what a Tiltfile load produces and what the engine executes.
//
// Pure data with no I/O and no dependency on the interpreter: the Tiltfile loader
// (src/tiltfile) builds it, the engine (src/engine) consumes it, and `tiltjs alpha
// tiltfile-result` prints it as JSON (schema in docs/tiltfile-result.md). Paths are
// absolute host paths; commands are argv arrays.

export * from './manifest.js';
export * from './image.js';
export * from './live-update.js';
export * from './k8s.js';
export * from './local.js';
export * from './compose.js';
export * from './load-result.js';
