// local_resource(name, cmd, deps, trigger_mode, resource_deps, ignore, auto_init, serve_cmd,
// cmd_bat, serve_cmd_bat, allow_parallel, links, labels, env, serve_env, readiness_probe,
// dir, serve_dir) and the deprecated test() (reference §1.4).

import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, command, defineBuiltin, labels, resourceName, type Args, type CallContext } from '../../kit/index.js';
import { probeOrNone, probeSpec } from '../ports/probe.js';
import { toLinks } from '../ports/link.js';
import { triggerModeArg } from '../trigger-mode/index.js';
import { claimResourceName } from '../resource-names.js';
import { LOCAL_RESOURCES } from './state.js';

const params = {
  name: resourceName,
  'cmd?': command,
  'deps?': T.pathList,
  'trigger_mode?': triggerModeArg,
  'resource_deps?': T.stringList,
  'ignore?': T.stringOrList,
  'auto_init?': T.bool,
  'serve_cmd?': command,
  'cmd_bat?': T.value,
  'serve_cmd_bat?': T.value,
  'allow_parallel?': T.bool,
  'links?': T.value,
  'labels?': labels,
  'env?': T.stringMap,
  'serve_env?': T.stringMap,
  'readiness_probe?': probeOrNone,
  'dir??': T.path,
  'serve_dir??': T.path,
};

function declare(cx: CallContext, a: Args<typeof params>, isTest: boolean): void {
  const cmd = a.cmd ?? [];
  const serveCmd = a.serve_cmd ?? [];
  if (a.dir !== undefined && cmd.length === 0 && serveCmd.length > 0) {
    throw new StarlarkError("local_resource: 'dir' only affects 'cmd', not 'serve_cmd'. Did you mean to use 'serve_dir' instead?");
  }
  if (a.dir !== undefined && cmd.length === 0) throw new StarlarkError("local_resource: 'dir' specified but 'cmd' is empty");
  if (a.serve_dir !== undefined && serveCmd.length === 0) throw new StarlarkError("local_resource: 'serve_dir' specified but 'serve_cmd' is empty");
  if (cmd.length === 0 && serveCmd.length === 0) throw new StarlarkError('local_resource must have a cmd and/or a serve_cmd, but both were empty');
  claimResourceName(cx.load, a.name, 'local_resource');
  let probe = a.readiness_probe;
  if (probe && serveCmd.length === 0) {
    cx.load.warn(`Ignoring readiness probe for local resource ${JSON.stringify(a.name)} (no serve_cmd was defined)`);
    probe = undefined;
  }
  const dir = cx.load.currentDir;
  cx.load.get(LOCAL_RESOURCES).push({
    name: a.name,
    target: {
      cmd,
      serveCmd,
      deps: a.deps ?? [],
      ignores: a.ignore ?? [],
      dir: a.dir ?? dir,
      serveDir: a.serve_dir ?? dir,
      env: a.env ?? {},
      serveEnv: a.serve_env ?? {},
      allowParallel: a.allow_parallel ?? (isTest || cmd.length === 0),
      readinessProbe: probe ? probeSpec(probe) : null,
    },
    triggerMode: a.trigger_mode,
    resourceDeps: a.resource_deps ?? [],
    autoInit: a.auto_init ?? true,
    links: toLinks(a.links as Value),
    labels: a.labels ?? [],
  });
}

export const localResourceBuiltin = defineBuiltin('local_resource', params, (cx, a) => declare(cx, a, false));

export const testBuiltin = defineBuiltin('test', params, (cx, a) => {
  cx.load.warn('test() is deprecated and will be removed in a future release.\nChange this call to use `local_resource(..., allow_parallel=True)`');
  declare(cx, a, true);
});
