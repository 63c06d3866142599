// One Tiltfile load of a session (`up`, `ci`, `down`): the main Tiltfile, then the
// extensions registered with v1alpha1.extension() but never loaded, which run as
// independent Tiltfiles next to it. Their resources join the session; their errors become
// warnings of the main load (the main load is unaffected).

import type { Host } from '../../builtins/kit/host.js';
import { nodeHost } from '../adapters/host/node-host.js';
import type { LoadResult } from '../model/index.js';
import { loadExtensionTiltfiles } from '../tiltfile/extension-tiltfiles.js';
import { loadTiltfile } from '../tiltfile/loader.js';

/** What a session load needs: plain data, so that it can cross into a worker thread. */
export interface SessionLoadRequest {
  file: string;
  args: string[];
  subcommand: 'up' | 'ci' | 'down';
  webHost: string;
  webPort: number;
}

export function loadForSession(req: SessionLoadRequest, log: (line: string) => void, host: Host = nodeHost(process.env)): LoadResult {
  const common = { subcommand: req.subcommand, host, log, webHost: req.webHost, webPort: req.webPort };
  const main = loadTiltfile({ file: req.file, args: req.args, ...common });
  if (main.error !== null) return main;
  const exts = loadExtensionTiltfiles(main, common);
  if (exts.length === 0) return main;
  const merged: LoadResult = {
    ...main,
    manifests: [...main.manifests],
    enabledResources: [...main.enabledResources],
    configFiles: [...main.configFiles],
    warnings: [...main.warnings],
  };
  for (const ext of exts) {
    if (ext.error !== null || ext.result === null) {
      merged.warnings.push(`extension ${ext.name}: ${ext.error ?? 'not resolved'}`);
      continue;
    }
    if (ext.result.error !== null) {
      merged.warnings.push(`extension ${ext.name}: ${ext.result.error}`);
      continue;
    }
    merged.manifests.push(...ext.result.manifests);
    merged.enabledResources.push(...ext.result.enabledResources);
    merged.configFiles.push(...ext.result.configFiles);
  }
  merged.configFiles = [...new Set(merged.configFiles)].sort();
  return merged;
}
