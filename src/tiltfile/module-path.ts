// Resolving the path a load()/load_dynamic()/include() names: relative to the directory
// of the file whose top level is executing (reference §2.4), or an ext:// extension,
// resolved through the Extension/ExtensionRepo objects (builtins/tilt/extensions).

import type { LoadContext } from '../../builtins/kit/index.js';
import { resolveExtension } from '../../builtins/tilt/extensions/index.js';

const EXT_PREFIX = 'ext://';

/** The absolute path of the module `written` names (host strings). */
export function resolveModulePath(cx: LoadContext, written: string): string {
  if (written.startsWith(EXT_PREFIX)) return resolveExtension(cx, written.slice(EXT_PREFIX.length));
  return cx.absPath(written);
}
