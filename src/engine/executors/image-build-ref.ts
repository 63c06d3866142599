// Docker image references as the build side needs them: normalising `foo` to
// `docker.io/library/foo`, the familiar short form used for tags, and the selector rule
// of reference §3.3 (a selector with a tag matches only that tag).

export interface ParsedRef {
  /** registry host, docker.io by default */
  domain: string;
  /** repository path, library/ added for official docker.io images */
  path: string;
  tag: string;
  digest: string;
}

export function parseRef(ref: string): ParsedRef {
  let rest = ref.trim();
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let domain = 'docker.io';
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      domain = first;
      rest = rest.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`;
  return { domain, path: rest, tag, digest };
}

/** `docker.io/library/foo` → `foo`, `docker.io/me/foo` → `me/foo`, others unchanged (no tag). */
export function familiarName(r: ParsedRef): string {
  if (r.domain !== 'docker.io') return `${r.domain}/${r.path}`;
  return r.path.startsWith('library/') && r.path.indexOf('/', 8) < 0 ? r.path.slice(8) : r.path;
}

export function fullName(r: ParsedRef): string {
  return `${r.domain}/${r.path}`;
}

/** The familiar form with tag/digest, e.g. `foo:tilt-0123456789abcdef`. */
export function familiarString(r: ParsedRef): string {
  return `${familiarName(r)}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/** Whether `candidate` (as found in a Dockerfile or compose file) is what `selector` builds. */
export function refMatches(selector: string, candidate: string, exact = false): boolean {
  const s = parseRef(selector);
  const c = parseRef(candidate);
  if (fullName(s) !== fullName(c)) return false;
  if (s.tag || exact) return s.tag === c.tag && c.digest === '';
  return true;
}

/** The `tilt-<first 16 hex of the image id>` tag Tilt gives every build (content addressed). */
export function contentTag(imageId: string): string {
  return `tilt-${imageId.replace(/^sha256:/, '').slice(0, 16)}`;
}
