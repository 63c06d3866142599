// Validation of registered API objects, with the texts of Kubernetes' field errors as
// Tilt aggregates them: one error prints alone, several print as "[e1, e2]".

import { fromHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import type { Spec } from './spec-dict.js';

export type FieldErrors = string[];

export function required(path: string, detail: string): string {
  return `${path}: Required value: ${detail}`;
}

export function invalid(path: string, value: string, detail: string): string {
  return `${path}: Invalid value: ${JSON.stringify(value)}: ${detail}`;
}

/** Throws the aggregate of the field errors, if any (duplicates print once). */
export function throwIfInvalid(errors: FieldErrors): void {
  const unique = [...new Set(errors)];
  if (unique.length === 0) return;
  throw new StarlarkError(fromHost(unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`));
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** The validators of the kinds Tilt validates; the others accept anything. */
export const VALIDATORS: Record<string, (spec: Spec) => FieldErrors> = {
  ExtensionRepo(spec) {
    const url = text(spec.url);
    const isWeb = url.startsWith('https://') || url.startsWith('http://');
    const isFile = url.startsWith('file://');
    if (!isWeb && !isFile) return [invalid('spec.url', url, 'URLs must start with http(s):// or file://')];
    if (isFile && !isAbsolute(url.slice('file://'.length))) {
      return [invalid('spec.url', url, 'file:// URLs must be absolute (e.g., file:///home/user/repo)')];
    }
    if (isFile && text(spec.gitSubpath) !== '') {
      return [invalid('spec.git_subpath', text(spec.gitSubpath), 'cannot use git_subpath for file:// URL extension repositories')];
    }
    return [];
  },

  FileWatch(spec) {
    const paths = spec.watchedPaths;
    return Array.isArray(paths) && paths.length > 0 ? [] : [required('spec.watchedPaths', 'cannot be an empty list')];
  },

  KubernetesApply(spec) {
    return text(spec.yaml) === '' ? [required('yaml', 'cannot be empty')] : [];
  },

  KubernetesDiscovery(spec) {
    const watches = Array.isArray(spec.watches) ? (spec.watches as Spec[]) : [];
    const errors: FieldErrors = [];
    if (watches.length === 0) errors.push(required('spec.watches', 'One or more watches are required'));
    watches.forEach((w, i) => {
      if (text(w.namespace) === '') errors.push(required(`spec.watches[${i}]`, 'Namespace must be provided'));
    });
    return errors;
  },

  UIButton(spec) {
    const errors: FieldErrors = [];
    if (text(spec.text) === '') errors.push(required('spec.text', 'Button text cannot be empty'));
    const loc = (spec.location ?? {}) as Spec;
    if (text(loc.componentID) === '') errors.push(required('spec.location.componentID', 'Parent component ID is required'));
    if (text(loc.componentType) === '') errors.push(required('spec.location.componentType', 'Parent component type is required'));
    const svg = text(spec.iconSVG);
    if (svg !== '' && !svg.includes('<svg')) errors.push(invalid('spec.iconSVG', svg, 'Invalid <svg> element'));
    const seen = new Set<string>();
    const inputs = Array.isArray(spec.inputs) ? (spec.inputs as Spec[]) : [];
    inputs.forEach((input, i) => {
      const name = text(input.name);
      if (seen.has(name)) errors.push(`spec.inputs[${i}].id: Duplicate value: ${describeInput(input)}`);
      seen.add(name);
      const kinds = ['text', 'bool', 'hidden', 'choice'].filter((k) => input[k] !== undefined);
      if (kinds.length !== 1) errors.push(`spec: Invalid value: ${describeInput(input)}: must specify exactly one input type`);
    });
    return errors;
  },
};

/**
 * How Kubernetes prints a UIInputSpec in a field error (Go's %#v of the struct; Tilt's
 * own text also shows pointer addresses, which tiltjs leaves out).
 */
function describeInput(input: Spec): string {
  const kinds = ['text', 'bool', 'hidden', 'choice'].map((k) => `${k[0].toUpperCase()}${k.slice(1)}:${input[k] === undefined ? 'nil' : '{...}'}`);
  return `v1alpha1.UIInputSpec{Name:${JSON.stringify(text(input.name))}, Label:${JSON.stringify(text(input.label))}, ${kinds.join(', ')}}`;
}
