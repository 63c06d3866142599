// docker_build(ref, context, build_args, dockerfile, dockerfile_contents, cache, live_update,
// match_in_env_vars, ignore, only, entrypoint, container_args, target, ssh, secret,
// network, extra_tag, cache_from, pull, platform, extra_hosts) (reference §1.2).

import { join } from 'node:path';
import { toHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { Blob, PathValue, T, defineBuiltin, goTypeName, type CallContext } from '../../kit/index.js';
import type { Value } from '../../../src/starlark/values/value.js';
import type { DockerBuildTarget } from '../../../src/model/index.js';
import { callPosition, parseLiveUpdate } from '../live-update/index.js';
import { goQuote } from '../live-update/steps.js';
import {
  commonTarget,
  containerArgsArg,
  declareImage,
  entrypointArg,
  onlyPaths,
  parseRefArg,
  patternStrings,
  readDockerfile,
  sequenceArg,
  starlarkError,
} from './args.js';
import { goClean } from './go-path.js';
import { ImageRefError, parseImageRef } from './ref.js';

const CACHE_OBSOLETE =
  'docker_build(cache=...) is obsolete, and currently a no-op.\nYou should switch to live_update to optimize your builds.';

/** Tilt's ValueToAbsPath: a str or a path value, checked in the body (no parameter prefix). */
function absPathValue(cx: CallContext, v: Value): string {
  if (typeof v === 'string') return goClean(cx.load.absPath(toHost(v)));
  if (v instanceof PathValue) return goClean(v.path);
  throw new StarlarkError(`expected path | string. Actual type: ${goTypeName(v)}`);
}

/** Build args as docker receives them, sorted: `KEY=VALUE`, or bare `KEY` for "". */
function buildArgList(args: Record<string, string>): string[] {
  return Object.entries(args)
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function buildArgRecord(list: readonly string[], args: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of list) {
    const eq = entry.indexOf('=');
    const k = eq >= 0 ? entry.slice(0, eq) : entry;
    out[k] = args[k];
  }
  return out;
}

export const dockerBuildBuiltin = defineBuiltin(
  'docker_build',
  {
    ref: T.string,
    context: T.value,
    'build_args?': T.stringMap,
    'dockerfile??': T.value,
    'dockerfile_contents?': T.value,
    'cache?': T.value,
    'live_update?': T.value,
    'match_in_env_vars?': T.bool,
    'ignore?': T.value,
    'only?': T.value,
    'entrypoint?': T.value,
    'container_args?': sequenceArg,
    'target?': T.string,
    'ssh?': T.stringOrList,
    'secret?': T.stringOrList,
    'network?': T.stringable,
    'extra_tag?': T.stringOrList,
    'cache_from?': T.stringOrList,
    'pull?': T.bool,
    'platform?': T.stringable,
    'extra_hosts?': T.stringOrList,
  },
  (cx, a) => {
    const selector = parseRefArg(a.ref);
    const context = absPathValue(cx, a.context);

    let dockerfilePath = join(context, 'Dockerfile');
    let contents: string | null = null;
    let text: string;
    if (a.dockerfile_contents !== undefined && a.dockerfile !== undefined) {
      throw new StarlarkError('Cannot specify both dockerfile and dockerfile_contents keyword arguments');
    }
    if (a.dockerfile_contents !== undefined) {
      const v = a.dockerfile_contents;
      if (typeof v === 'string') contents = toHost(v);
      else if (v instanceof Blob) contents = toHost(v.text);
      else throw new StarlarkError('Argument (dockerfile_contents): must be string or blob.');
      text = contents;
    } else {
      if (a.dockerfile !== undefined) dockerfilePath = absPathValue(cx, a.dockerfile);
      text = toHost(readDockerfile(cx, dockerfilePath));
    }

    if (a.cache !== undefined) cx.load.warn(CACHE_OBSOLETE);
    const liveUpdate = parseLiveUpdate(cx.load, a.live_update);
    const ignores = patternStrings(a.ignore, 'ignore');
    const only = onlyPaths(a.only);
    const entrypoint = entrypointArg(a.entrypoint);
    const containerArgs = containerArgsArg(a.container_args);
    const extraTags = a.extra_tag ?? [];
    for (const tag of extraTags) {
      try {
        parseImageRef(tag);
      } catch (e) {
        if (!(e instanceof ImageRefError)) throw e;
        throw starlarkError(`Argument extra_tag=${goQuote(tag)} not a valid image reference: ${e.message}`);
      }
    }
    // Docker CLI compatibility: the platform falls back to the environment.
    const platform = a.platform || cx.load.host.env.DOCKER_DEFAULT_PLATFORM || '';
    const buildArgs = a.build_args ?? {};
    const argList = buildArgList(buildArgs);

    const target: DockerBuildTarget = {
      kind: 'docker',
      ...commonTarget(cx, a.ref, selector),
      liveUpdate,
      matchInEnvVars: a.match_in_env_vars ?? false,
      entrypoint,
      containerArgs,
      ignores,
      context,
      dockerfile: contents === null ? dockerfilePath : '',
      dockerfileContents: contents,
      buildArgs: buildArgRecord(argList, buildArgs),
      target: a.target ?? '',
      only,
      network: a.network ?? '',
      platform,
      extraTags,
      cacheFrom: a.cache_from ?? [],
      pull: a.pull ?? false,
      ssh: a.ssh ?? [],
      secret: a.secret ?? [],
      extraHosts: a.extra_hosts ?? [],
    };
    declareImage(cx, {
      target,
      pos: callPosition(cx).pos,
      selector,
      exactMatch: selector.tag !== '',
      matched: false,
      dockerfileText: text,
      dockerfilePath,
      buildArgList: argList,
    });
  },
);
