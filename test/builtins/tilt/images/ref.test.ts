// Docker reference parsing and normalisation, the familiar forms Tilt prints, target ids,
// and the selector rules of reference §3.3.

import { describe, expect, it } from 'vitest';
import {
  familiarName,
  familiarString,
  imageTargetId,
  parseImageRef,
  refString,
  sanitizeName,
} from '../../../../builtins/tilt/images/ref.js';

const err = (s: string): string => {
  try {
    parseImageRef(s);
  } catch (e) {
    return (e as Error).message;
  }
  return 'parsed';
};

describe('parseImageRef', () => {
  it('normalises Docker Hub names', () => {
    expect(parseImageRef('redis')).toEqual({ domain: 'docker.io', path: 'library/redis', repo: 'docker.io/library/redis', tag: '', digest: '' });
    expect(refString(parseImageRef('bitnami/redis:7'))).toBe('docker.io/bitnami/redis:7');
    expect(refString(parseImageRef('index.docker.io/redis'))).toBe('docker.io/library/redis');
  });

  it('keeps registries (a first component with a dot, a port, or localhost)', () => {
    expect(parseImageRef('gcr.io/proj/app:v1').domain).toBe('gcr.io');
    expect(parseImageRef('localhost:5000/app').repo).toBe('localhost:5000/app');
    expect(parseImageRef('localhost/app').domain).toBe('localhost');
    expect(parseImageRef('myhost/app').repo).toBe('docker.io/myhost/app');
  });

  it('parses digests and validates them', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(parseImageRef(`app@${d}`).digest).toBe(d);
    expect(parseImageRef(`app:1@${d}`).tag).toBe('1');
    expect(err('app@sha256:abcd1234abcd1234abcd1234abcd1234')).toBe('invalid checksum digest length');
    expect(err(`app@md5:${'a'.repeat(32)}`)).toBe('unsupported digest algorithm');
    expect(err(`app@sha256:${'A'.repeat(64)}`)).toBe('invalid checksum digest format');
  });

  it("reports Docker's errors", () => {
    expect(err('Foo')).toBe('invalid reference format: repository name must be lowercase');
    expect(err('foo:')).toBe('invalid reference format');
    expect(err('')).toBe('invalid reference format');
    expect(err('a'.repeat(64).replace(/a/g, 'f'))).toBe(`invalid repository name (${'f'.repeat(64)}), cannot specify 64-byte hexadecimal strings`);
    expect(err(`gcr.io/${'a'.repeat(250)}`)).toBe('repository name must not be more than 255 characters');
    expect(err('UPPER.io/app')).toBe('parsed');
  });

  it('does not backtrack exponentially on long bad names', () => {
    const start = Date.now();
    expect(err(`${'a'.repeat(5000)}!`)).toBe('invalid reference format');
    expect(Date.now() - start).toBeLessThan(1000);
  });
});

describe('familiar forms and ids', () => {
  it('shortens Docker Hub names', () => {
    expect(familiarName(parseImageRef('docker.io/library/redis:7'))).toBe('redis');
    expect(familiarString(parseImageRef('docker.io/library/redis:7'))).toBe('redis:7');
    expect(familiarString(parseImageRef('docker.io/vandelay/app:jessie'))).toBe('vandelay/app:jessie');
    expect(familiarName(parseImageRef('docker.io/library/a/b'))).toBe('library/a/b');
    expect(familiarString(parseImageRef('gcr.io/foo'))).toBe('gcr.io/foo');
  });

  it('makes target ids from the familiar ref', () => {
    expect(imageTargetId(parseImageRef('gcr.io/image-a'))).toBe('image:gcr.io_image-a');
    expect(imageTargetId(parseImageRef('vandelay/app:jessie'))).toBe('image:vandelay_app:jessie');
    expect(imageTargetId(parseImageRef('redis'))).toBe('image:redis');
  });

  it('sanitises names like the apiserver', () => {
    expect(sanitizeName('a/b%c')).toBe('a_b_c');
    expect(sanitizeName('..')).toBe('__');
    const long = sanitizeName(`gcr.io/${'x'.repeat(300)}`);
    expect(long).toHaveLength(253);
    expect(long).toMatch(/-[0-9a-f]{8}$/);
  });
});
