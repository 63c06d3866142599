// k8s_custom_deploy(name, apply_cmd, delete_cmd, deps, image_selector, live_update,
// apply_dir, apply_env, apply_cmd_bat, delete_dir, delete_env, delete_cmd_bat,
// container_selector, image_deps) (reference §1.3): a Kubernetes resource deployed by the
// user's own commands, created at call time.
//
// A live update needs an image target to hang on: Tilt declares a never-built custom
// build (`:`) for the image_selector ref, or for `k8s_custom_deploy:<name>` when the
// update selects containers by name.

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, shellArgv, toCommand, type CallContext, type Conv } from '../../kit/index.js';
import type { CustomBuildTarget } from '../../../src/model/index.js';
import { commonTarget, declareImage } from '../images/args.js';
import { ImageRefError, imageTargetId, parseImageRef, type ImageRef } from '../images/ref.js';
import { callPosition, parseLiveUpdate } from '../live-update/index.js';
import { claimResourceName } from '../resource-names.js';
import { K8S } from './state.js';
import { goQuote, valueOrSequence } from './values.js';

function fail(msg: string): never {
  throw new StarlarkError(fromHost(msg));
}

/** image_deps=: image references that must be built by this Tiltfile. */
const imageList: Conv<string[]> = (v) =>
  valueOrSequence(v).map((x) => {
    if (typeof x !== 'string') fail(`must be a sequence of strings; found a ${typeOf(x)}`);
    const s = toHost(x);
    try {
      parseImageRef(s);
    } catch (e) {
      if (e instanceof ImageRefError) fail(`must be a valid image reference: ${e.message}`);
      throw e;
    }
    return s;
  });

interface Cmd {
  argv: string[];
  dir: string;
}

function cmdGroup(cx: CallContext, label: string, cmd: Value, dir: Value | undefined): Cmd {
  let argv: string[];
  try {
    argv = toCommand(cmd);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`${label}: ${e.msg}`);
    throw e;
  }
  let d = cx.load.currentDir;
  if (dir !== undefined && dir !== None) {
    try {
      d = T.path(dir, cx);
    } catch (e) {
      if (e instanceof StarlarkError) throw new StarlarkError(`${label}: a command directory must be empty or a string: ${e.msg}`);
      throw e;
    }
  }
  return { argv, dir: d };
}

function parseRef(s: string): ImageRef {
  try {
    return parseImageRef(s);
  } catch (e) {
    if (e instanceof ImageRefError) fail(`can't parse ${goQuote(s)}: ${e.message}`);
    throw e;
  }
}

export const k8sCustomDeployBuiltin = defineBuiltin(
  'k8s_custom_deploy',
  {
    name: T.string,
    apply_cmd: T.value,
    delete_cmd: T.value,
    deps: T.pathList,
    'image_selector?': T.string,
    'live_update?': T.value,
    'apply_dir?': T.value,
    'apply_env?': T.stringMap,
    'apply_cmd_bat?': T.value,
    'delete_dir?': T.value,
    'delete_env?': T.stringMap,
    'delete_cmd_bat?': T.value,
    'container_selector?': T.string,
    'image_deps?': imageList,
  },
  (cx, a) => {
    // apply_cmd_bat / delete_cmd_bat only matter on Windows.
    const apply = cmdGroup(cx, 'apply_cmd', a.apply_cmd, a.apply_dir);
    if (apply.argv.length === 0) fail('k8s_custom_deploy: apply_cmd cannot be empty');
    const del = cmdGroup(cx, 'delete_cmd', a.delete_cmd, a.delete_dir);
    if (del.argv.length === 0) fail('k8s_custom_deploy: delete_cmd cannot be empty');
    const liveUpdate = parseLiveUpdate(cx.load, a.live_update);
    try {
      claimResourceName(cx.load, a.name, 'k8s_resource');
    } catch (e) {
      if (e instanceof StarlarkError) fail(`error making resource for ${a.name}: ${toHost(e.msg)}`);
      throw e;
    }
    const imageSelector = a.image_selector ?? '';
    const containerSelector = a.container_selector ?? '';
    let liveUpdateImage: string | undefined;
    if (liveUpdate.length > 0) {
      const selectors = (imageSelector !== '' ? 1 : 0) + (containerSelector !== '' ? 1 : 0);
      if (selectors === 0) fail('k8s_custom_deploy: no Live Update selector specified');
      if (selectors > 1) fail('k8s_custom_deploy: cannot specify more than one Live Update selector');
      const refText = imageSelector !== '' ? imageSelector : `k8s_custom_deploy:${a.name}`;
      const selector = parseRef(refText);
      const target: CustomBuildTarget = {
        kind: 'custom',
        ...commonTarget(cx, refText, selector),
        id: imageTargetId(selector),
        liveUpdate,
        matchInEnvVars: false,
        entrypoint: [],
        containerArgs: null,
        ignores: [],
        liveUpdateOnly: true,
        command: shellArgv(':'),
        dir: cx.load.currentDir,
        deps: a.deps,
        tag: '',
        disablePush: true,
        skipsLocalDocker: true,
        outputsImageRefTo: '',
        env: {},
      };
      declareImage(cx, { target, pos: callPosition(cx).pos, selector, exactMatch: selector.tag !== '', matched: false });
      liveUpdateImage = refText;
    }
    cx.load.get(K8S).customDeploys.push({
      name: a.name,
      deploy: {
        applyCmd: apply.argv,
        applyDir: apply.dir,
        applyEnv: a.apply_env ?? {},
        deleteCmd: del.argv,
        deleteDir: del.dir,
        deleteEnv: a.delete_env ?? {},
        deps: a.deps,
        imageSelector,
        containerSelector,
      },
      imageDeps: a.image_deps ?? [],
      liveUpdateImage,
    });
  },
);
