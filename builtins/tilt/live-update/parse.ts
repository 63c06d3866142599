// live_update=[...] of docker_build, custom_build and k8s_custom_deploy (reference §4.1):
// the ordering rules, the spec validation, and the stored form the engine receives, with
// paths relative to the declaring Tiltfile's directory. Every message is prefixed
// `live_update: ` as Tilt wraps them.

import { posix } from 'node:path';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import type { LoadContext } from '../../kit/index.js';
import type { LiveUpdateStep } from '../../../src/model/index.js';
import { goRel } from '../images/go-path.js';
import { UNUSED_STEPS } from './state.js';
import { goQuote, isStep } from './steps.js';
import { valuesOf } from './values.js';

function fail(msg: string): never {
  throw new StarlarkError(fromHost(`live_update: ${msg}`));
}

const RESTART_LAST = 'restart container is only valid as the last step';

/** Paths the user gave absolute are stored relative to the live update's base path. */
function relativize(basePath: string, p: string): string {
  return p.startsWith('/') ? goRel(basePath, p) : p;
}

/**
 * Converts a live_update= argument (a list of steps, a single step, or None) into the
 * stored steps, relative to the directory of the Tiltfile executing now. Marks the steps
 * as used. Throws `live_update: ...` errors.
 */
export function parseLiveUpdate(cx: LoadContext, value: Value | undefined): LiveUpdateStep[] {
  const items = valuesOf(value);
  if (items.length === 0) return [];
  const basePath = cx.currentDir;
  const unused = cx.get(UNUSED_STEPS);
  const out: LiveUpdateStep[] = [];
  let seenAny = false;
  let noMoreFallBacks = false;
  let noMoreSyncs = false;
  let restarted = false;
  let syncs = 0;
  let runs = 0;
  const badDests: string[] = [];

  for (const v of items) {
    if (!isStep(v)) {
      fail(`'steps' must be a list of live update steps - got value '${toHost(repr(v))}' of type '${typeOf(v)}'`);
    }
    switch (v.kind) {
      case 'initial_sync':
        if (seenAny) fail('initial_sync must appear at most once, at the start of the list');
        out.push({ type: 'initial_sync' });
        break;
      case 'fall_back_on':
        if (noMoreFallBacks) fail('fall_back_on steps must appear at the start of the list');
        out.push({ type: 'fall_back_on', paths: (v.data.paths ?? []).map((p) => relativize(basePath, p)) });
        break;
      case 'sync': {
        if (restarted) fail(RESTART_LAST);
        if (noMoreSyncs) fail('all sync steps must precede all run steps');
        noMoreFallBacks = true;
        const remotePath = v.data.remotePath ?? '';
        if (!posix.isAbsolute(remotePath)) {
          badDests.push(`spec.syncs[${syncs}]: Invalid value: ${goQuote(remotePath)}: sync destination is not absolute`);
        }
        syncs++;
        out.push({ type: 'sync', localPath: relativize(basePath, v.data.localPath ?? ''), remotePath });
        break;
      }
      case 'run':
        if (restarted) fail(RESTART_LAST);
        noMoreFallBacks = true;
        noMoreSyncs = true;
        runs++;
        out.push({ type: 'run', cmd: [...(v.data.cmd ?? [])], triggers: [...(v.data.triggers ?? [])], echoOff: v.data.echoOff ?? false });
        break;
      case 'restart_container':
        noMoreFallBacks = true;
        noMoreSyncs = true;
        // restart is a policy, not an action: repeating it changes nothing
        if (!restarted) out.push({ type: 'restart_container' });
        restarted = true;
        break;
    }
    seenAny = true;
    unused.delete(v.key);
  }

  if (syncs === 0 && runs === 0) {
    fail('spec.syncs: Invalid value: []v1alpha1.LiveUpdateSync(nil): must contain at least 1 sync or 1 exec to run on live update');
  }
  if (badDests.length === 1) fail(badDests[0]);
  if (badDests.length > 1) fail(`[${badDests.join(', ')}]`);
  return out;
}

/** Whether stored steps restart the container (reference §4.3). */
export function restartsContainer(steps: readonly LiveUpdateStep[]): boolean {
  return steps.some((s) => s.type === 'restart_container');
}
