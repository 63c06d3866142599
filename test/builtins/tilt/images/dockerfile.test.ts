// The image references a Dockerfile builds from (FROM, COPY --from), after ARG and
// build-arg substitution.

import { describe, expect, it } from 'vitest';
import { dockerfileImageRefs, expandWord, parseDockerfile } from '../../../../builtins/tilt/images/dockerfile.js';

describe('dockerfileImageRefs', () => {
  it('finds FROM images and COPY --from sources in order', () => {
    const df = 'FROM golang:1.22 AS build\nRUN go build\nFROM --platform=linux/amd64 gcr.io/distroless/base\nCOPY --from=build /a /a\nCOPY --chown=1:1 --from=acme/tools /b /b\n';
    expect(dockerfileImageRefs(df, [])).toEqual(['golang:1.22', 'gcr.io/distroless/base', 'build', 'acme/tools']);
  });

  it('substitutes ARGs declared before FROM, overridden by build args', () => {
    const df = 'ARG BASE=acme/base\nARG TAG\nFROM ${BASE}:${TAG:-latest}\nARG STAGE_ONLY=x\nFROM $STAGE_ONLY\n';
    expect(dockerfileImageRefs(df, [])).toEqual(['acme/base:latest', '']);
    expect(dockerfileImageRefs(df, ['TAG=dev', 'BASE=other/base'])).toEqual(['other/base:dev', '']);
  });

  it('understands continuations, comments and the escape directive', () => {
    expect(parseDockerfile('# escape=`\nFROM alpine\nRUN echo a `\n  # comment\n  b\n').map((i) => [i.cmd, i.rest])).toEqual([
      ['from', 'alpine'],
      ['run', 'echo a   b'],
    ]);
    expect(dockerfileImageRefs('from \\\n  node:20\n', [])).toEqual(['node:20']);
  });

  it('expands shell-style words', () => {
    const vars = new Map([['A', 'x'], ['E', '']]);
    expect(expandWord('"$A"-${A}-${B:-d}-${E:-e}-${E-f}-${A:+y}-\'$A\'', vars)).toBe('x-x-d-e--y-$A');
  });
});
