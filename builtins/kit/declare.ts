// Declaring a Tilt builtin once: its name, its parameters in Go's positional order with
// a converter each, and its implementation. The declaration drives argument binding
// (starlark-go's UnpackArgs wording), the typed argument record the implementation sees,
// and the list of documented names.
//
//   export const blob = defineBuiltin('blob', { input: T.string }, (cx, a) => new Blob(...));
//
// A parameter name ending in `?` is optional (and so is every later one, as in Go);
// `??` also treats None as absent.

import type { Thread } from '../../src/starlark/thread.js';
import { unpackArgs } from '../../src/starlark/unpack.js';
import { Builtin, type Kwargs } from '../../src/starlark/values/builtin.js';
import { None, StarlarkError, type Value } from '../../src/starlark/values/value.js';
import { LoadContext } from './context.js';

/** What a builtin's implementation gets besides its arguments. */
export interface CallContext {
  thread: Thread;
  load: LoadContext;
  /** the builtin's name, for messages */
  fn: string;
}

/** Converts one argument; throws StarlarkError("got X, want Y") on a type mismatch. */
export type Conv<T> = (v: Value, cx: CallContext) => T;

type ParamName<K> = K extends `${infer N}??` ? N : K extends `${infer N}?` ? N : K;
type Optional<K> = K extends `${string}?` ? true : false;

export type Args<S extends Record<string, Conv<unknown>>> = {
  [K in keyof S as ParamName<K & string>]: Optional<K & string> extends true
    ? ReturnType<S[K]> | undefined
    : ReturnType<S[K]>;
};

export interface BuiltinDoc {
  name: string;
  params: string[];
}

const documented: BuiltinDoc[] = [];

/** Every builtin declared so far, with its parameters (for docs and the CLI's help). */
export function declaredBuiltins(): readonly BuiltinDoc[] {
  return documented;
}

function callContext(thread: Thread, fn: string): CallContext {
  return { thread, load: LoadContext.of(thread), fn };
}

export function defineBuiltin<S extends Record<string, Conv<unknown>>>(
  name: string,
  params: S,
  impl: (cx: CallContext, a: Args<S>) => Value | void,
): Builtin {
  const specs = Object.entries(params);
  const names = specs.map(([k]) => k.replace(/\?+$/, ''));
  documented.push({ name, params: specs.map(([k]) => k) });
  return new Builtin(name, (thread, args, kwargs) => {
    const cx = callContext(thread, name);
    const pairs: unknown[] = [];
    for (const [k, conv] of specs) pairs.push(k, (v: Value) => conv(v, cx));
    const values = unpackArgs(name, args, kwargs, ...(pairs as string[]));
    const record: Record<string, unknown> = {};
    names.forEach((n, i) => (record[n] = values[i]));
    const r = impl(cx, record as Args<S>);
    return r === undefined ? None : r;
  });
}

/** A builtin that binds its own arguments (variadic ones such as os.path.join). */
export function defineRawBuiltin(
  name: string,
  impl: (cx: CallContext, args: Value[], kwargs: Kwargs | null) => Value | void,
): Builtin {
  documented.push({ name, params: ['*args', '**kwargs'] });
  return new Builtin(name, (thread, args, kwargs) => {
    const r = impl(callContext(thread, name), args, kwargs);
    return r === undefined ? None : r;
  });
}

const unsupported = new WeakSet<Builtin>();

/** A Tilt builtin tiltjs does not implement: calling it fails loudly, never silently. */
export function unsupportedBuiltin(name: string): Builtin {
  const b = new Builtin(name, () => {
    throw new StarlarkError(`${name}: not supported by tiltjs yet`);
  });
  unsupported.add(b);
  return b;
}

export function isUnsupported(v: Value): boolean {
  return v instanceof Builtin && unsupported.has(v);
}
