// Object selectors: four case-insensitive regular expressions over apiVersion, kind,
// name and namespace (reference §1.3 filter_yaml / k8s_kind, §3.4).
//
// Patterns are Go RE2 syntax. The common subset is the same in JavaScript; the Go-only
// spellings users write (a leading `(?i)`, `(?P<name>...)`) are rewritten, and syntax
// errors are reported with Go's `error parsing regexp: ...` wording.

import type { K8sObject } from './object.js';
import { namespaceOf } from './object.js';

export class RegexpError extends Error {}

interface Compiled {
  source: string;
  re: RegExp;
}

/** Compiles a Go regexp, case-insensitively; '' matches everything. */
export function compileGoRegexp(pattern: string): RegExp {
  let flags = 'i';
  // Leading flag groups become JavaScript flags; `(?i)` is implied everywhere.
  let p = pattern.replace(/^\(\?([ims]+)\)/, (_m, f: string) => {
    for (const c of f) if (c !== 'i' && !flags.includes(c)) flags += c;
    return '';
  });
  p = p.replaceAll('(?i)', '').replace(/\(\?P</g, '(?<');
  try {
    return new RegExp(p, flags);
  } catch (e) {
    throw new RegexpError(`error parsing regexp: ${goRegexpReason((e as Error).message, pattern)}`);
  }
}

function goRegexpReason(jsMessage: string, pattern: string): string {
  const m = jsMessage.toLowerCase();
  if (m.includes('nothing to repeat')) {
    const op = /[*+?{]/.exec(pattern)?.[0] ?? '*';
    return `missing argument to repetition operator: \`${op}\``;
  }
  if (m.includes('unterminated character class')) return `missing closing ]: \`${pattern.slice(pattern.lastIndexOf('['))}\``;
  if (m.includes('unterminated group')) return `missing closing ): \`${pattern}\``;
  if (m.includes("unmatched ')'")) return `unexpected ): \`${pattern}\``;
  if (m.includes('\\ at end of pattern')) return 'trailing backslash at end of expression: ``';
  if (m.includes('range out of order')) return `invalid character class range: \`${pattern}\``;
  return `invalid or unsupported Perl syntax: \`${pattern}\``;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class ObjectSelector {
  private constructor(
    readonly apiVersion: Compiled,
    readonly kind: Compiled,
    readonly name: Compiled,
    readonly namespace: Compiled,
  ) {}

  /** Unanchored patterns (k8s_kind, filter_yaml, k8s_image_json_path). */
  static partial(apiVersion: string, kind: string, name: string, namespace: string): ObjectSelector {
    const c = (what: string, s: string): Compiled => {
      try {
        return { source: s, re: compileGoRegexp(s) };
      } catch (e) {
        if (e instanceof RegexpError) throw new RegexpError(`error parsing ${what} regexp: ${e.message}`);
        throw e;
      }
    };
    return new ObjectSelector(c('apiVersion', apiVersion), c('kind', kind), c('name', name), c('namespace', namespace));
  }

  /** Exact, case-insensitive matches; '' matches everything (k8s_resource objects=). */
  static exact(kind: string, name: string, namespace: string): ObjectSelector {
    const c = (s: string): Compiled => ({ source: s, re: s === '' ? /(?:)/ : new RegExp(`^${escapeRegExp(s)}$`, 'i') });
    return new ObjectSelector(c(''), c(kind), c(name), c(namespace));
  }

  matches(o: K8sObject): boolean {
    return (
      this.apiVersion.re.test(o.apiVersion) &&
      this.kind.re.test(o.kind) &&
      this.name.re.test(o.name) &&
      this.namespace.re.test(namespaceOf(o))
    );
  }
}
