// Values that path parameters accept besides strings (the legacy git repo object).

import { StarObject } from '../../src/starlark/values/value.js';

/** A value that stands for a local directory (e.g. local_git_repo()). */
export abstract class PathValue extends StarObject {
  abstract readonly path: string;
}
