// The Kubernetes JSONPath subset k8s_kind()/k8s_image_json_path() use: selection rules and
// client-go's error texts.

import { describe, expect, it } from 'vitest';
import { JsonPath } from '../../../../builtins/tilt/k8s/jsonpath/eval.js';
import { JsonPathError, parseJsonPath } from '../../../../builtins/tilt/k8s/jsonpath/parse.js';

const deployment = {
  kind: 'Deployment',
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [
          { name: 'app', image: 'gcr.io/app', env: [{ name: 'SIDECAR', value: 'envoy:1' }, { name: 'X', value: 'y' }] },
          { name: 'sidecar', image: 'gcr.io/sidecar' },
        ],
      },
    },
  },
};

function visit(path: string, obj: unknown = deployment): unknown[] {
  return new JsonPath(path).visit(obj);
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof JsonPathError) return e.message;
    throw e;
  }
  throw new Error('no error');
}

describe('JSONPath selection', () => {
  it('follows fields and array selectors', () => {
    expect(visit('{.spec.template.spec.containers[*].image}')).toEqual(['gcr.io/app', 'gcr.io/sidecar']);
    expect(visit('{.spec.template.spec.containers[1].name}')).toEqual(['sidecar']);
    expect(visit('{.spec.template.spec.containers[-1].name}')).toEqual(['sidecar']);
    expect(visit('{.spec.template.spec.containers[0:2:2].name}')).toEqual(['app']);
    expect(visit("{.spec.template.spec.containers[*]['name']}")).toEqual(['app', 'sidecar']);
  });

  it('treats [] as the first element, like client-go', () => {
    expect(visit('{.spec.template.spec.containers[].image}')).toEqual(['gcr.io/app']);
  });

  it('supports unions, recursion, wildcards and literal text', () => {
    expect(visit('{.spec.template.spec.containers[0,1].name}')).toEqual(['app', 'sidecar']);
    expect(visit('{..image}')).toEqual(['gcr.io/app', 'gcr.io/sidecar']);
    expect(visit('{.spec.template.spec.containers[0].env[*].*}')).toEqual(['SIDECAR', 'envoy:1', 'X', 'y']);
    expect(visit('prefix-{.kind}')).toEqual(['prefix-', 'Deployment']);
  });

  it('filters elements', () => {
    const envs = "{.spec.template.spec.containers[*].env[?(@.name=='SIDECAR')].value}";
    expect(visit(envs)).toEqual(['envoy:1']);
    expect(visit('{.spec.template.spec.containers[?(@.env)].name}')).toEqual(['app']);
    expect(visit('{.spec.template.spec.containers[?(@.name!="app")].name}')).toEqual(['sidecar']);
  });

  it('loops with range/end', () => {
    expect(visit('{range .spec.template.spec.containers[*]}{.name}={.image} {end}')).toEqual([
      'app', '=', 'gcr.io/app', ' ', 'sidecar', '=', 'gcr.io/sidecar', ' ',
    ]);
  });

  it('finds strings only', () => {
    expect(new JsonPath('{.spec.template.spec.containers[0].image}').findStrings(deployment)).toEqual(['gcr.io/app']);
    expect(errorOf(() => new JsonPath('{.spec.replicas}').findStrings(deployment))).toBe(
      'May only match strings (json_path="{.spec.replicas}")\nGot Type: int64\nGot Value: %!s(int64=2)',
    );
  });
});

describe('JSONPath errors', () => {
  it('reports evaluation errors with the path', () => {
    expect(errorOf(() => visit('{.foobar}'))).toBe('Matching (json_path="{.foobar}"): foobar is not found');
    expect(errorOf(() => visit('{foobar()}'))).toBe('Matching (json_path="{foobar()}"): unrecognized identifier foobar()');
    expect(errorOf(() => visit('{.spec[0]}'))).toBe('Matching (json_path="{.spec[0]}"): map[string]interface {} is not array or slice');
    expect(errorOf(() => visit('{.spec.template.spec.containers[5]}'))).toBe(
      'Matching (json_path="{.spec.template.spec.containers[5]}"): array index out of bounds: index 5, length 2',
    );
    expect(errorOf(() => visit('{end}'))).toBe('Matching (json_path="{end}"): not in range, nothing to end');
  });

  it('reports syntax errors while parsing', () => {
    expect(errorOf(() => parseJsonPath('{.spec'))).toBe('unclosed action');
    expect(errorOf(() => parseJsonPath('{.spec[0}'))).toBe('unterminated array');
    expect(errorOf(() => parseJsonPath('{.spec[x]}'))).toBe('invalid array index x');
    expect(errorOf(() => parseJsonPath('{(}'))).toBe("unrecognized character in action: U+0028 '('");
    expect(errorOf(() => parseJsonPath('{[?(@.a=="b"}'))).toBe('unterminated filter');
    expect(errorOf(() => parseJsonPath('{"abc}'))).toBe('unterminated quoted string');
  });
});
