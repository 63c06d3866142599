// Resolving the path a load()/load_dynamic()/include() names: relative to the directory
// of the file whose top level is executing (reference §2.4), or an ext:// extension.

import type { LoadContext } from '../../builtins/kit/index.js';
import { StarlarkError } from '../starlark/values/value.js';
import { fromHost } from '../../grammar/utf8.js';

export function resolveModulePath(cx: LoadContext, written: string): string {
  if (written.startsWith('ext://')) {
    throw new StarlarkError(fromHost(`loading extension ${written.slice('ext://'.length)}: extensions are not supported by tiltjs yet`));
  }
  return cx.absPath(written);
}
