// The `yaml` argument of k8s_yaml() and filter_yaml(): a path string, a blob of YAML text,
// or a list/tuple mixing both (reference §1.3). A plain string is always a path. Files
// are recorded as config files before they are read, so a missing file is still watched.

import { readFileSync } from 'node:fs';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { Blob, T, type CallContext } from '../../kit/index.js';
import { valueOrSequence } from './values.js';
import type { K8sObject } from './object.js';
import { parseK8sYaml, YamlDecodeError } from './yaml-docs.js';

/** Go's os.ReadFile error text for a failed read of `path`. */
export function readError(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `open ${path}: no such file or directory`;
  if (code === 'EISDIR') return `read ${path}: is a directory`;
  if (code === 'EACCES') return `open ${path}: permission denied`;
  return `open ${path}: ${(e as Error).message}`;
}

function fail(msg: string): never {
  throw new StarlarkError(fromHost(msg));
}

function fromBlob(b: Blob): K8sObject[] {
  try {
    return parseK8sYaml(toHost(b.text));
  } catch (e) {
    if (e instanceof YamlDecodeError) fail(`Error reading yaml from ${b.source}: ${e.message}`);
    throw e;
  }
}

function fromPath(cx: CallContext, v: Value): K8sObject[] {
  const path = T.path(v, cx);
  cx.load.recordConfigFile(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`error reading yaml file: ${readError(path, e)}`);
  }
  try {
    return parseK8sYaml(text);
  } catch (e) {
    if (e instanceof YamlDecodeError) fail(e.jsonParse ? `${path} is not a valid YAML file: ${e.message}` : e.message);
    throw e;
  }
}

export interface YamlInput {
  objects: K8sObject[];
  /** number of values given (None and [] give 0) */
  count: number;
  /** whether the first value is a str (a path): Tilt only calls an empty result an error otherwise */
  firstIsString: boolean;
}

/** Reads every value of a `yaml=` argument, in order. */
export function readYamlInput(cx: CallContext, v: Value): YamlInput {
  const values = valueOrSequence(v);
  const objects: K8sObject[] = [];
  for (const item of values) objects.push(...(item instanceof Blob ? fromBlob(item) : fromPath(cx, item)));
  return { objects, count: values.length, firstIsString: typeof values[0] === 'string' && values[0] !== '' };
}
