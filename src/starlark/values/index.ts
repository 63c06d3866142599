// Value types of the Starlark runtime (one file per type) and their shared helpers.

export { StarObject, StarlarkError, None, NoneType, type Value, type HashKey, type StarIterator, type CompareOp } from './value.js';
export * as int from './int.js';
export { isInt, normBig, type Int } from './int.js';
export { Float, isFloat, makeFloat } from './float.js';
export { List } from './list.js';
export { Tuple, makeTuple, EMPTY_TUPLE } from './tuple.js';
export { Dict } from './dict.js';
export { StarSet } from './set.js';
export { Range } from './range.js';
export { Bytes, BytesElems } from './bytes.js';
export { Builtin, bindMethod, typeOf, type Kwargs, type BuiltinImpl, type MethodImpl } from './builtin.js';
export { StarFunction, Cell, type FunctionCode, type ModuleRuntime } from './function.js';
export { repr, str, writeValue } from './repr.js';
export { hashKeyOf } from './hash-key.js';
