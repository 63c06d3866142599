// Object selectors (Go regexps, case-insensitive) and `name:kind:namespace` strings.

import { describe, expect, it } from 'vitest';
import { ObjectSelector, RegexpError } from '../../../../builtins/tilt/k8s/object-selector.js';
import { SelectorSyntaxError, joinEscaped, splitEscaped } from '../../../../builtins/tilt/k8s/selector-string.js';
import { makeObject } from '../../../../builtins/tilt/k8s/object.js';

function obj(kind: string, name: string, namespace = '', apiVersion = 'apps/v1') {
  return makeObject({ apiVersion, kind, metadata: namespace ? { name, namespace } : { name } });
}

describe('ObjectSelector', () => {
  it('matches unanchored, case-insensitive patterns', () => {
    const s = ObjectSelector.partial('apps/', 'deploy', 'ba', '');
    expect(s.matches(obj('Deployment', 'foo-bar'))).toBe(true);
    expect(s.matches(obj('Deployment', 'foo', '', 'v1'))).toBe(false);
    expect(ObjectSelector.partial('', '', '(?i)FOO', 'default').matches(obj('Pod', 'foo'))).toBe(true);
    expect(ObjectSelector.partial('', '', 'a(?i)B', '').matches(obj('Pod', 'xab'))).toBe(true);
    expect(ObjectSelector.partial('', '', '(?s)^(?P<x>w)eb$', '').matches(obj('Pod', 'WEB'))).toBe(true);
  });

  it('matches exact components for objects=', () => {
    const s = ObjectSelector.exact('secret', 'Bar', '');
    expect(s.matches(obj('Secret', 'bar', 'x', 'v1'))).toBe(true);
    expect(s.matches(obj('Secret', 'bars', '', 'v1'))).toBe(false);
    expect(ObjectSelector.exact('', 'ns', 'default').matches(obj('Namespace', 'ns', '', 'v1'))).toBe(true);
  });

  it('reports Go regexp errors per field', () => {
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (e instanceof RegexpError) return e.message;
      }
      return '';
    };
    expect(err(() => ObjectSelector.partial('*', '', '', ''))).toBe('error parsing apiVersion regexp: error parsing regexp: missing argument to repetition operator: `*`');
    expect(err(() => ObjectSelector.partial('', '', '', 'a(b'))).toBe('error parsing namespace regexp: error parsing regexp: missing closing ): `a(b`');
  });
});

describe('selector strings', () => {
  it('escapes colons and backslashes', () => {
    expect(joinEscaped(['quu:bar', 'Secret', 'a\\b'])).toBe('quu\\:bar:Secret:a\\\\b');
    expect(splitEscaped('quu\\:bar:secret')).toEqual(['quu:bar', 'secret']);
    expect(splitEscaped('a\\\\b')).toEqual(['a\\b']);
    expect(splitEscaped('')).toEqual(['']);
  });

  it('rejects other escapes', () => {
    expect(() => splitEscaped('qu\\u:bar')).toThrow(new SelectorSyntaxError("invalid escape sequence '\\u' in 'qu\\u:b'"));
  });
});
