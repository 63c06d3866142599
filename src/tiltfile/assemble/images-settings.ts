// update_settings(suppress_unused_image_warnings=[...]) as the unused-image warning reads
// it: familiar image names, or '*' for every image.

import type { LoadContext } from '../../../builtins/kit/index.js';
import { SETTINGS } from '../../../builtins/tilt/settings/state.js';

export function suppressedImageWarnings(cx: LoadContext): string[] {
  return cx.get(SETTINGS).update.suppressUnusedImageWarnings;
}
