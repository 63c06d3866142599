// custom_build(ref, command, deps, tag, disable_push, skips_local_docker, live_update,
// match_in_env_vars, ignore, entrypoint, container_args, command_bat_val,
// outputs_image_ref_to, command_bat, image_deps, env, dir) (reference §1.2), and the
// `custom_build` value it returns: no attributes, str() = custom_build("<ref>").

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { StarObject, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, toCommand, type Conv } from '../../kit/index.js';
import type { CustomBuildTarget } from '../../../src/model/index.js';
import { callPosition, cmdString, parseLiveUpdate } from '../live-update/index.js';
import { valuesOf } from '../live-update/values.js';
import {
  commonTarget,
  containerArgsArg,
  declareImage,
  entrypointArg,
  parseRefArg,
  patternStrings,
  sequenceArg,
} from './args.js';
import { goClean } from './go-path.js';
import { ImageRefError, parseImageRef, refString, type ImageRef } from './ref.js';

export class CustomBuildValue extends StarObject {
  readonly typeName = 'custom_build';
  constructor(readonly selector: ImageRef) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(`custom_build(${quoteString(fromHost(refString(this.selector)))})`);
  }
  override attrNames(): string[] {
    return [];
  }
}

/** image_deps=: a sequence of image refs. */
const imageList: Conv<ImageRef[]> = (v, cx) =>
  valuesOf(sequenceArg(v, cx)).map((x) => {
    if (typeof x !== 'string') throw new StarlarkError(`must be a sequence of strings; found a ${typeOf(x)}`);
    try {
      return parseImageRef(toHost(x));
    } catch (e) {
      if (e instanceof ImageRefError) throw new StarlarkError(fromHost(`must be a valid image reference: ${e.message}`));
      throw e;
    }
  });

/** The build command: `Argument 2 (command): ...` when it is not a command. */
function buildCommand(v: Value): string[] {
  try {
    return toCommand(v);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`Argument 2 (command): ${e.msg}`);
    throw e;
  }
}

export const customBuildBuiltin = defineBuiltin(
  'custom_build',
  {
    ref: T.string,
    command: T.value,
    deps: T.pathList,
    'tag?': T.string,
    'disable_push?': T.bool,
    'skips_local_docker?': T.bool,
    'live_update?': T.value,
    'match_in_env_vars?': T.bool,
    'ignore?': T.value,
    'entrypoint?': T.value,
    'container_args?': sequenceArg,
    'command_bat_val?': T.value,
    'outputs_image_ref_to??': T.path,
    'command_bat?': T.value,
    'image_deps?': imageList,
    'env?': T.stringMap,
    'dir??': T.path,
  },
  (cx, a) => {
    const selector = parseRefArg(a.ref);
    const liveUpdate = parseLiveUpdate(cx.load, a.live_update);
    const ignores = patternStrings(a.ignore, 'ignore');
    const entrypoint = entrypointArg(a.entrypoint);
    const containerArgs = containerArgsArg(a.container_args);
    // command_bat (and its deprecated alias command_bat_val) only matter on Windows.
    const command = buildCommand(a.command);
    if (command.length === 0) throw new StarlarkError("Argument 2 (command) can't be empty");
    const tag = a.tag ?? '';
    const outputsImageRefTo = a.outputs_image_ref_to === undefined ? '' : goClean(a.outputs_image_ref_to);
    if (tag !== '' && outputsImageRefTo !== '') throw new StarlarkError('Cannot specify both tag= and outputs_image_ref_to=');

    const target: CustomBuildTarget = {
      kind: 'custom',
      ...commonTarget(cx, a.ref, selector),
      liveUpdate,
      matchInEnvVars: a.match_in_env_vars ?? false,
      entrypoint,
      containerArgs,
      ignores,
      // `:` builds nothing: the image exists only to be live-updated (file_sync_only)
      liveUpdateOnly: liveUpdate.length > 0 && cmdString(command) === ':',
      command,
      dir: goClean(a.dir ?? cx.load.currentDir),
      deps: a.deps.map(goClean),
      tag,
      disablePush: a.disable_push ?? false,
      skipsLocalDocker: a.skips_local_docker ?? false,
      outputsImageRefTo,
      env: a.env ?? {},
    };
    declareImage(cx, {
      target,
      pos: callPosition(cx).pos,
      selector,
      exactMatch: selector.tag !== '',
      matched: false,
      imageDepRefs: a.image_deps ?? [],
    });
    return new CustomBuildValue(selector);
  },
);
