// Finding the image references in a Kubernetes object (reference §3.2, §3.3): container
// and init-container images of typed pod specs, image volumes, k8s_kind() JSONPath
// locators (a string, or an object holding repo and tag fields), and env var values
// equal to images built with match_in_env_vars=True.

import type { ImageLocator } from '../../../src/model/index.js';
import { ImageRefError, parseImageRef, selectorMatches, type ImageRef } from '../images/ref.js';
import type { ImageDecl } from '../images/state.js';
import { JsonPath } from './jsonpath/eval.js';
import { goFormatS, goTypeOf } from './jsonpath/eval.js';
import { isDoc, podSpecs, type Doc, type K8sObject } from './object.js';
import type { ObjectSelector } from './object-selector.js';

export interface ImageLocatorSpec {
  selector: ObjectSelector;
  path: JsonPath;
  /** set for image_object locators */
  object?: { repoField: string; tagField: string };
}

export class ImageSearchError extends Error {}

function parse(s: string, wrap: (msg: string) => string): ImageRef {
  try {
    return parseImageRef(s);
  } catch (e) {
    if (e instanceof ImageRefError) throw new ImageSearchError(wrap(e.message));
    throw e;
  }
}

function containersOf(spec: Doc): Doc[] {
  const list = (v: unknown): Doc[] => (Array.isArray(v) ? v.filter(isDoc) : []);
  return [...list(spec.initContainers), ...list(spec.containers)];
}

function extract(l: ImageLocatorSpec, o: K8sObject): ImageRef[] {
  if (!l.selector.matches(o)) return [];
  const path = l.path.path;
  if (!l.object) {
    return l.path.findStrings(o.doc).map((s) => parse(s, (m) => `error parsing image '${s}' at json path '${path}': ${m}`));
  }
  const { repoField, tagField } = l.object;
  return l.path.visit(o.doc).map((v) => {
    if (!isDoc(v)) {
      throw new ImageSearchError(`May only match maps (json_path=${JSON.stringify(path)})\nGot Type: ${goTypeOf(v)}\nGot Value: ${goFormatS(v)}`);
    }
    const repo = typeof v[repoField] === 'string' ? (v[repoField] as string) : '';
    const tag = typeof v[tagField] === 'string' ? (v[tagField] as string) : '';
    return parse(tag !== '' ? `${repo}:${tag}` : repo, (m) => m);
  });
}

/**
 * The image references in `o`, in discovery order (duplicates kept). Throws
 * ImageSearchError (or a JsonPathError from a locator) with Tilt's message.
 */
export function findImages(o: K8sObject, locators: ImageLocatorSpec[], envVarImages: ImageDecl[]): ImageRef[] {
  const out: ImageRef[] = [];
  const specs = podSpecs(o);
  for (const spec of specs) {
    for (const c of containersOf(spec)) {
      const image = typeof c.image === 'string' ? c.image : '';
      out.push(parse(image, (m) => `parsing ${image}: ${m}`));
    }
  }
  for (const spec of specs) {
    for (const vol of Array.isArray(spec.volumes) ? spec.volumes : []) {
      const ref = isDoc(vol) && isDoc(vol.image) ? vol.image.reference : undefined;
      if (typeof ref === 'string' && ref !== '') out.push(parse(ref, (m) => `parsing ${ref}: ${m}`));
    }
  }
  for (const l of locators) out.push(...extract(l, o));
  if (envVarImages.length > 0) {
    for (const spec of specs) {
      for (const c of containersOf(spec)) {
        for (const env of Array.isArray(c.env) ? c.env : []) {
          if (!isDoc(env) || typeof env.value !== 'string') continue;
          let ref: ImageRef;
          try {
            ref = parseImageRef(env.value);
          } catch {
            continue;
          }
          for (const d of envVarImages) if (selectorMatches(d, ref)) out.push(ref);
        }
      }
    }
  }
  return out;
}

/** The model form of a locator (K8sTarget.imageLocators). */
export function locatorModel(l: ImageLocatorSpec): ImageLocator {
  const m: ImageLocator = {
    apiVersion: l.selector.apiVersion.source,
    kind: l.selector.kind.source,
    name: l.selector.name.source,
    namespace: l.selector.namespace.source,
    path: l.path.path,
  };
  if (l.object) {
    m.repoField = l.object.repoField;
    m.tagField = l.object.tagField;
  }
  return m;
}
