// Docker image references (reference §1.2, §3.3, §3.5): parsing with Docker's grammar and
// normalisation (`foo` is docker.io/library/foo), the familiar short form users see, target
// ids, and the selector matching that pairs the images found in deploy configs with the
// builds of the Tiltfile.
//
// The grammar is the one of docker/distribution's reference package as Tilt vendors it
// (v2.8): lower-case path components joined by `.`, `_`, `__` or dashes, an optional
// registry host[:port] first, `:tag` (≤128 word characters, dots, dashes) and
// `@algorithm:hex`. Error texts are Docker's, since Tilt prints them verbatim.

import type { LoadContext } from '../../kit/index.js';
import type { ImageTarget } from '../../../src/model/index.js';
import { CONSUMED_IMAGE_NAMES, IMAGES, type ImageDecl } from './state.js';

export interface ImageRef {
  /** registry host, e.g. docker.io, gcr.io, localhost:5000 */
  domain: string;
  /** repository path inside the registry, e.g. library/foo */
  path: string;
  /** domain/path: the normalised repository name */
  repo: string;
  /** '' when absent */
  tag: string;
  /** '' when absent */
  digest: string;
}

/** An invalid reference; the message is Docker's. */
export class ImageRefError extends Error {}

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO = 'library';
const NAME_MAX = 255;

// The separator alternatives are written so that an empty separator cannot occur: it
// describes the same language as Docker's `(?:[._]|__|[-]*)` without the exponential
// backtracking JavaScript would suffer on long non-matching input.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE_RE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME_RE = new RegExp(`^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
const TAG_RE = new RegExp(`^${TAG}$`);

/** hex digest lengths of the algorithms Docker knows */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Docker's Parse(): a reference that must already carry its domain. */
function parseQualified(s: string): ImageRef {
  const m = REFERENCE_RE.exec(s);
  if (!m) {
    if (s === '') throw new ImageRefError('repository name must have at least one component');
    if (REFERENCE_RE.test(s.toLowerCase())) throw new ImageRefError('repository name must be lowercase');
    throw new ImageRefError('invalid reference format');
  }
  const name = m[1];
  if (name.length > NAME_MAX) throw new ImageRefError(`repository name must not be more than ${NAME_MAX} characters`);
  const nm = ANCHORED_NAME_RE.exec(name);
  const domain = nm?.[1] ?? '';
  const path = nm ? nm[2] : name;
  const digest = m[3] ?? '';
  if (digest) validateDigest(digest);
  return { domain, path, repo: name, tag: m[2] ?? '', digest };
}

function validateDigest(d: string): void {
  const i = d.indexOf(':');
  const alg = d.slice(0, i);
  const hex = d.slice(i + 1);
  const len = DIGEST_HEX_LENGTH[alg];
  if (len === undefined) throw new ImageRefError('unsupported digest algorithm');
  if (hex.length !== len) throw new ImageRefError('invalid checksum digest length');
  if (!/^[a-f0-9]+$/.test(hex)) throw new ImageRefError('invalid checksum digest format');
}

/** Splits off the registry host the way Docker decides whether the first component is one. */
function splitDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  let domain: string;
  let rest: string;
  if (i === -1 || (!/[.:]/.test(name.slice(0, i)) && name.slice(0, i) !== 'localhost')) {
    domain = DEFAULT_DOMAIN;
    rest = name;
  } else {
    domain = name.slice(0, i);
    rest = name.slice(i + 1);
  }
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  if (domain === DEFAULT_DOMAIN && !rest.includes('/')) rest = `${OFFICIAL_REPO}/${rest}`;
  return [domain, rest];
}

/**
 * Parses an image reference as Docker's ParseNormalizedNamed does: `foo` becomes
 * docker.io/library/foo, `user/foo` docker.io/user/foo. Throws ImageRefError.
 */
export function parseImageRef(s: string): ImageRef {
  if (IDENTIFIER_RE.test(s)) {
    throw new ImageRefError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  }
  const [domain, rest] = splitDomain(s);
  const colon = rest.indexOf(':');
  const remote = colon >= 0 ? rest.slice(0, colon) : rest;
  if (remote.toLowerCase() !== remote) throw new ImageRefError('invalid reference format: repository name must be lowercase');
  return parseQualified(`${domain}/${rest}`);
}

/** parseImageRef, or undefined for an invalid reference. */
export function tryParseImageRef(s: string): ImageRef | undefined {
  try {
    return parseImageRef(s);
  } catch (e) {
    if (e instanceof ImageRefError) return undefined;
    throw e;
  }
}

/** Docker's WithTag validation of a bare tag. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/** The full normalised form: docker.io/library/foo:tag@digest. */
export function refString(r: ImageRef): string {
  return r.repo + (r.tag ? `:${r.tag}` : '') + (r.digest ? `@${r.digest}` : '');
}

/** The short name Docker shows: foo for docker.io/library/foo, user/foo for docker.io/user/foo. */
export function familiarName(r: ImageRef): string {
  if (r.domain !== DEFAULT_DOMAIN) return r.repo;
  const p = r.path;
  if (p.startsWith(`${OFFICIAL_REPO}/`) && !p.slice(OFFICIAL_REPO.length + 1).includes('/')) {
    return p.slice(OFFICIAL_REPO.length + 1);
  }
  return p;
}

/** familiarName plus tag and digest, e.g. foo:dev. */
export function familiarString(r: ImageRef): string {
  return familiarName(r) + (r.tag ? `:${r.tag}` : '') + (r.digest ? `@${r.digest}` : '');
}

const NAME_LIMIT = 253;

function fnv32a(s: string): string {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Tilt's apiserver name sanitising: `/` and `%` become `_`; over-long names get a hash suffix. */
export function sanitizeName(name: string): string {
  let s = name;
  if (s === '.' || s === '..') return s.replaceAll('.', '_');
  s = s.replace(/[/%]/g, '_');
  if (s.length > NAME_LIMIT) s = `${s.slice(0, NAME_LIMIT - 9)}-${fnv32a(name)}`;
  return s;
}

/** The image target id, e.g. image:gcr.io_foo (reference §3.5). */
export function imageTargetId(r: ImageRef): string {
  return `image:${sanitizeName(familiarString(r))}`;
}

/** Whether a build's selector matches a reference found in a deploy config (§3.3). */
export function selectorMatches(decl: ImageDecl, r: ImageRef): boolean {
  if (decl.exactMatch) return refString(decl.selector) === refString(r);
  return decl.selector.repo === r.repo;
}

/**
 * The Tilt build that produces the image `ref` names, if any, for the k8s and compose
 * assembly steps (and Dockerfile FROM lines). A tag-less build matches every tag and
 * digest of its repository; a tagged build only its exact ref. Marks the build as used
 * and remembers the name for the unused-image warning's suggestions. An unparsable ref
 * matches nothing.
 */
export function findImageTarget(cx: LoadContext, ref: string): ImageTarget | undefined {
  const r = tryParseImageRef(ref);
  return r ? findImageDecl(cx, r)?.target : undefined;
}

/** findImageTarget for an already parsed reference, returning the declaration. */
export function findImageDecl(cx: LoadContext, r: ImageRef, record = true): ImageDecl | undefined {
  if (record) {
    const consumed = cx.get(CONSUMED_IMAGE_NAMES);
    const name = familiarName(r);
    if (!consumed.includes(name)) consumed.push(name);
  }
  for (const d of cx.get(IMAGES)) {
    if (selectorMatches(d, r)) {
      if (record) d.matched = true;
      return d;
    }
  }
  return undefined;
}
