// Compose versions: Go's semver canonical form (golang.org/x/mod/semver rules: `v` prefix,
// no leading zeros, prerelease only after a full x.y.z, build metadata dropped) and the
// check Tilt makes on the version it runs with.

interface Semver {
  major: number;
  minor: number;
  patch: number;
  /** '' or '-rc.1' */
  prerelease: string;
}

const NUM = '(0|[1-9][0-9]*)';
const IDENT = '(?:0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const FULL_RE = new RegExp(`^v${NUM}\\.${NUM}\\.${NUM}(-${IDENT}(?:\\.${IDENT})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
const SHORT_RE = new RegExp(`^v${NUM}(?:\\.${NUM})?$`);

function parse(v: string): Semver | null {
  const full = FULL_RE.exec(v);
  if (full) return { major: +full[1], minor: +full[2], patch: +full[3], prerelease: full[4] ?? '' };
  const short = SHORT_RE.exec(v);
  if (short) return { major: +short[1], minor: short[2] === undefined ? 0 : +short[2], patch: 0, prerelease: '' };
  return null;
}

/** semver.Canonical: `v1.2` → `v1.2.0`, `v1.2.3+meta` → `v1.2.3`; '' when invalid. */
export function canonicalSemver(v: string): string {
  const p = parse(v);
  return p ? `v${p.major}.${p.minor}.${p.patch}${p.prerelease}` : '';
}

function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const xs = a.slice(1).split('.');
  const ys = b.slice(1).split('.');
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === y) continue;
    const xn = /^[0-9]+$/.test(x);
    const yn = /^[0-9]+$/.test(y);
    if (xn && yn) return x.length !== y.length ? x.length - y.length : x < y ? -1 : 1;
    if (xn) return -1;
    if (yn) return 1;
    return x < y ? -1 : 1;
  }
  return xs.length - ys.length;
}

/** semver.Compare for valid versions: negative, zero or positive. */
export function compareSemver(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePrerelease(x.prerelease, y.prerelease);
}

const MIN_V1 = 'v1.28.3';
const RECOMMENDED_V2 = 'v2.2.0';

/** Tilt's verdict on a compose version: an error that fails the load, or warnings. */
export function checkComposeVersion(version: string): { error?: string; warnings: string[] } {
  const v = parse(version);
  if (!v) return { warnings: [] };
  if (v.major <= 1) {
    if (compareSemver(version, MIN_V1) < 0) {
      return { error: `Tilt requires Docker Compose ${MIN_V1}+ (you have ${version}). Please upgrade and re-launch Tilt.`, warnings: [] };
    }
    if (v.prerelease !== '') {
      return {
        warnings: [`You are running a pre-release version of Docker Compose (${version}), which is unsupported.\nYou might encounter errors or broken functionality.`],
      };
    }
    return { warnings: [] };
  }
  if (v.major === 2 && compareSemver(version, RECOMMENDED_V2) < 0) {
    return {
      warnings: [
        `Using Docker Compose ${version} (version < 2.2) may result in errors or broken functionality.\n` +
          `For best results, we recommend upgrading to Docker Compose >= ${RECOMMENDED_V2}.`,
      ],
    };
  }
  return { warnings: [] };
}
