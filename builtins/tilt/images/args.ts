// Argument handling shared by docker_build() and custom_build(): the image ref, ignore= /
// only= patterns, entrypoint=, container_args=, reading the Dockerfile, and registering
// the build (duplicate refs, exact matching for builds sharing a repository).

import { readFileSync } from 'node:fs';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { str } from '../../../src/starlark/values/repr.js';
import { StarObject, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { goTypeName, toCommand, type CallContext, type Conv } from '../../kit/index.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import type { ImageTarget } from '../../../src/model/index.js';
import { valuesOf } from '../live-update/values.js';
import { goQuote } from '../live-update/steps.js';
import { ImageRefError, familiarName, familiarString, imageTargetId, parseImageRef, refString, type ImageRef } from './ref.js';
import { IMAGES, type ImageDecl } from './state.js';

export function starlarkError(msg: string): StarlarkError {
  return new StarlarkError(fromHost(msg));
}

/** The ref argument: `Argument 1 (ref): can't parse "x": invalid reference format`. */
export function parseRefArg(ref: string): ImageRef {
  try {
    return parseImageRef(ref);
  } catch (e) {
    if (e instanceof ImageRefError) throw starlarkError(`Argument 1 (ref): can't parse ${goQuote(ref)}: ${e.message}`);
    throw e;
  }
}

/** ignore= / only=: a str or a sequence of str (blobs are refused), no newlines. */
export function patternStrings(v: Value | undefined, param: string): string[] {
  return valuesOf(v).map((x) => {
    if (typeof x !== 'string') throw starlarkError(`${param} must be a string or a sequence of strings; found a ${goTypeName(x)}`);
    const s = toHost(x);
    if (s.includes('\n')) throw starlarkError(`${param} cannot contain newlines; found ${param}: ${goQuote(s)}`);
    return s;
  });
}

/** only=: real paths (globs are refused because Docker cannot un-ignore them reliably). */
export function onlyPaths(v: Value | undefined): string[] {
  const paths = patternStrings(v, 'only');
  for (const p of paths) {
    if (p.includes('*')) throw starlarkError(`'only' does not support '*' file globs. Must be a real path: ${p}`);
  }
  return paths;
}

/** only= as dockerignore patterns: ignore everything, then un-ignore each path. */
export function onlyPatterns(only: readonly string[]): string[] {
  return only.length === 0 ? [] : ['**', ...only.map((p) => `!${p}`)];
}

/** entrypoint=: a command (a string runs through `sh -c`). */
export function entrypointArg(v: Value | undefined): string[] {
  return v === undefined ? [] : toCommand(v);
}

/** container_args= must be a Starlark sequence (starlark-go's unpacking of starlark.Sequence). */
export const sequenceArg: Conv<Value> = (v) => {
  if (!(v instanceof StarObject && v.iterate && v.len)) throw new StarlarkError(`got ${typeOf(v)}, want starlark.Sequence`);
  return v;
};

export function containerArgsArg(v: Value | undefined): string[] | null {
  if (v === undefined) return null;
  return valuesOf(v).map((x) => {
    if (typeof x !== 'string') throw starlarkError(`Argument 'container_args': '${toHost(str(x))}' is a ${goTypeName(x)}, not a string`);
    return toHost(x);
  });
}

/** Go's os.ReadFile error text for a failed read. */
function goReadError(path: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return `open ${path}: no such file or directory`;
    case 'EACCES':
      return `open ${path}: permission denied`;
    case 'ENOTDIR':
      return `open ${path}: not a directory`;
    case 'EISDIR':
      return `read ${path}: is a directory`;
    default:
      return `open ${path}: ${e.message}`;
  }
}

/** Reads a Dockerfile at load time; it becomes a config file even when missing. */
export function readDockerfile(cx: CallContext, path: string): string {
  cx.load.recordConfigFile(path);
  try {
    return readFileSync(path, 'latin1');
  } catch (e) {
    throw starlarkError(`error reading dockerfile: ${goReadError(path, e as NodeJS.ErrnoException)}`);
  }
}

/** Registers a build; refuses a second build of the same ref (reference §3.3). */
export function declareImage(cx: CallContext, decl: ImageDecl): void {
  const images = cx.load.get(IMAGES);
  const key = refString(decl.selector);
  if (images.some((d) => refString(d.selector) === key)) {
    throw starlarkError(`Image for ref ${goQuote(familiarString(decl.selector))} has already been defined`);
  }
  // Builds that share a repository (app, app:jessie) must not steal each other's images.
  const siblings = images.filter((d) => d.selector.repo === decl.selector.repo);
  if (siblings.length > 0) {
    for (const d of [decl, ...siblings]) {
      d.exactMatch = true;
      d.target.matchExact = true;
    }
  }
  images.push(decl);
}

/** The fields every image target starts with. */
export function commonTarget(cx: CallContext, ref: string, selector: ImageRef) {
  const repository = familiarName(selector);
  return {
    ref,
    normalizedRef: refString(selector),
    id: imageTargetId(selector),
    basePath: cx.load.currentDir,
    imageDeps: [] as string[],
    matchExact: selector.tag !== '',
    localRef: repository,
    clusterRef: repository,
    tagPrefix: '',
    dockerignores: [],
    liveUpdateOnly: false,
  } satisfies Partial<ImageTarget>;
}
