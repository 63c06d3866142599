// custom_build (reference §1.2): run the user's command with EXPECTED_REF and friends,
// then find the image it produced in local Docker and give it the content-addressed
// `tilt-<hash>` tag — or take the ref it wrote to outputs_image_ref_to verbatim, or,
// with skips_local_docker, trust the command without looking.

import { readFileSync, rmSync } from 'node:fs';
import type { DockerClient } from '../../adapters/docker/port.js';
import type { ProcessRunner } from '../../adapters/proc/port.js';
import type { CustomBuildTarget } from '../../model/index.js';
import { UpdateError, type ExecutorContext } from '../executor.js';
import { contentTag, familiarName, familiarString, parseRef } from './image-build-ref.js';

export interface CustomBuildDep {
  targetId: string;
  ref: string;
}

export interface CustomBuildResult {
  ref: string;
  imageId: string;
}

/** How a command is shown in messages: the script of `sh -c`, else the argv. */
export function displayCommand(argv: string[]): string {
  if (argv.length === 3 && argv[0] === 'sh' && argv[1] === '-c') return argv[2];
  return argv.join(' ');
}

/** The environment of the build command (reference §1.2, "Environment given to the build command"). */
export function customBuildEnv(img: CustomBuildTarget, base: Record<string, string>, tag: string, deps: CustomBuildDep[]): Record<string, string> {
  const env: Record<string, string> = { ...base, ...img.env };
  if (!img.outputsImageRefTo) {
    // A fixed tag= names the image as written; otherwise default_registry()'s push repository.
    const p = parseRef(img.tag || !img.localRef ? img.normalizedRef : img.localRef);
    env.EXPECTED_REF = `${familiarName(p)}:${tag}`;
    env.EXPECTED_IMAGE = p.path;
    env.EXPECTED_TAG = tag;
  }
  if (img.localRef) {
    const local = parseRef(img.localRef);
    if (familiarName(local) !== familiarName(parseRef(img.normalizedRef))) {
      env.REGISTRY_HOST = local.domain;
      env.EXPECTED_REGISTRY = local.domain;
    }
  }
  deps.forEach((d, i) => {
    env[`TILT_IMAGE_${i}`] = d.ref;
    env[`TILT_IMAGE_MAP_${i}`] = d.targetId.replace(/^image:/, '');
  });
  return env;
}

function describeExit(r: { code: number | null; signal: NodeJS.Signals | null; error?: Error }): string {
  if (r.error) return r.error.message;
  if (r.signal) return `signal: ${r.signal.replace(/^SIG/, '').toLowerCase()}`;
  return `exit status ${r.code}`;
}

function readRefFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UpdateError(`Could not find image ref in output. Your custom_build script should have written to ${path}: ${(e as Error).message}`);
  }
  const ref = text.trim();
  if (ref === '' || /\s/.test(ref) || !/^[a-z0-9]/.test(ref)) {
    throw new UpdateError(`Output image ref in file ${path} was invalid: invalid reference format: ${JSON.stringify(ref)}`);
  }
  return ref;
}

export async function customBuild(
  ctx: ExecutorContext,
  s: { docker: DockerClient; processes: ProcessRunner },
  img: CustomBuildTarget,
  deps: CustomBuildDep[],
  baseEnv: Record<string, string>,
): Promise<CustomBuildResult> {
  const tag = img.tag || `tilt-build-${Math.floor(Date.now() / 1000)}`;
  const env = customBuildEnv(img, baseEnv, tag, deps);
  if (img.outputsImageRefTo) rmSync(img.outputsImageRefTo, { force: true });
  const shown = displayCommand(img.command);
  ctx.log(`Custom build: ${shown}\n`);
  if (!img.outputsImageRefTo) ctx.log(`  EXPECTED_REF=${env.EXPECTED_REF}\n`);
  const proc = s.processes.start({ argv: img.command, cwd: img.dir, env, onOutput: (t) => ctx.log(t) });
  const abort = () => void proc.stop(2000);
  ctx.signal.addEventListener('abort', abort, { once: true });
  const r = await proc.exited;
  ctx.signal.removeEventListener('abort', abort);
  if (ctx.signal.aborted) throw new UpdateError(`Custom build "${shown}" cancelled`);
  if (r.code !== 0) throw new UpdateError(`Custom build ${JSON.stringify(shown)} failed: ${describeExit(r)}`);

  const built = img.outputsImageRefTo ? readRefFile(img.outputsImageRefTo) : (env.EXPECTED_REF as string);
  if (img.skipsLocalDocker) return { ref: built, imageId: '' };
  const imageId = await s.docker.imageId(built);
  if (imageId === null) {
    throw new UpdateError(
      `Could not find image in Docker: ${built}\n` +
        'Did your custom_build script tag the image with $EXPECTED_REF? ' +
        'If your build does not put the image in the local Docker daemon, use custom_build(skips_local_docker=True).',
    );
  }
  if (img.outputsImageRefTo) return { ref: built, imageId };
  const p = parseRef(built);
  const retag = { ...p, tag: img.tagPrefix + contentTag(imageId), digest: '' };
  await s.docker.tag(imageId, familiarName(p), retag.tag);
  return { ref: familiarString(retag), imageId };
}
