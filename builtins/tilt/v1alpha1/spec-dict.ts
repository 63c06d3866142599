// The values v1alpha1's nested constructors return (v1alpha1.probe(), ui_input_spec(),
// ...): in Tilt they are Go structs embedding a *starlark.Dict, so Starlark sees a plain
// frozen `dict` of the arguments as given, while the builtins that accept them read the
// already-converted spec. A SpecDict is that pair: the frozen dict and its spec.

import { Dict } from '../../../src/starlark/values/dict.js';

/** A JSON-able API spec fragment (camelCase keys, as Tilt's API serialises them). */
export type Spec = { [key: string]: SpecValue };
export type SpecValue = string | number | boolean | string[] | Record<string, string> | Spec | Spec[];

export class SpecDict extends Dict {
  constructor(
    /** the Go type name, e.g. "Probe" */
    readonly kind: string,
    readonly spec: Spec,
  ) {
    super();
  }
}
