// The Tilt version tiltjs behaves as, and version_settings' constraint check: semantic
// version ranges in blang/semver's syntax (">=0.23.0", "<1.0.0 >=0.30.0", "1.x",
// alternatives joined with ||), with its error messages.

/** The Tilt release tiltjs reproduces (reported to Tiltfiles and extensions). */
export const TILT_VERSION = '0.37.6';

interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: (string | bigint)[];
}

const NUMERIC = /^[0-9]+$/;
const IDENT = /^[0-9A-Za-z-]+$/;

function component(s: string, what: string): bigint {
  if (!NUMERIC.test(s)) throw new Error(`Invalid character(s) found in ${what} number ${JSON.stringify(s)}`);
  if (s.length > 1 && s[0] === '0') throw new Error(`${what[0].toUpperCase() + what.slice(1)} number must not contain leading zeroes ${JSON.stringify(s)}`);
  return BigInt(s);
}

/** blang/semver Parse. */
export function parseVersion(s: string): Version {
  if (s === '') throw new Error('Version string empty');
  const parts = s.split('.');
  if (parts.length < 3) throw new Error('No Major.Minor.Patch elements found');
  const rest = parts.slice(2).join('.');
  const major = component(parts[0], 'major');
  const minor = component(parts[1], 'minor');
  let patchStr = rest;
  let pre: string[] = [];
  let build = '';
  const plus = patchStr.indexOf('+');
  if (plus >= 0) {
    build = patchStr.slice(plus + 1);
    patchStr = patchStr.slice(0, plus);
  }
  const dash = patchStr.indexOf('-');
  if (dash >= 0) {
    pre = patchStr.slice(dash + 1).split('.');
    patchStr = patchStr.slice(0, dash);
  }
  const patch = component(patchStr, 'patch');
  const prerelease = pre.map((p) => {
    if (p === '') throw new Error('Prerelease is empty');
    if (!IDENT.test(p)) throw new Error(`Invalid character(s) found in prerelease ${JSON.stringify(p)}`);
    if (NUMERIC.test(p)) {
      if (p.length > 1 && p[0] === '0') throw new Error(`Prerelease number must not contain leading zeroes ${JSON.stringify(p)}`);
      return BigInt(p);
    }
    return p;
  });
  if (plus >= 0) {
    for (const b of build.split('.')) {
      if (b === '') throw new Error('Build meta data is empty');
      if (!IDENT.test(b)) throw new Error(`Invalid character(s) found in build meta data ${JSON.stringify(b)}`);
    }
  }
  return { major, minor, patch, pre: prerelease };
}

function cmp<T>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareVersions(a: Version, b: Version): number {
  const c = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
  if (c !== 0) return c;
  // A release ranks above its pre-releases.
  if (a.pre.length === 0 || b.pre.length === 0) return a.pre.length === b.pre.length ? 0 : a.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < a.pre.length && i < b.pre.length; i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === y) continue;
    if (typeof x === 'bigint' && typeof y === 'bigint') return cmp(x, y);
    if (typeof x === 'bigint') return -1;
    if (typeof y === 'bigint') return 1;
    return cmp(x, y);
  }
  return cmp(a.pre.length, b.pre.length);
}

type Test = (v: Version) => boolean;

const COMPARATORS: Record<string, (c: number) => boolean> = {
  '': (c) => c === 0,
  '=': (c) => c === 0,
  '==': (c) => c === 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '!': (c) => c !== 0,
  '!=': (c) => c !== 0,
};

/** Splits at spaces, keeping an operator attached to the version that follows it. */
function splitAndTrim(s: string): string[] {
  const out: string[] = [];
  let last = 0;
  let lastChar = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === ' ' && !'><='.includes(lastChar || '#')) {
      if (last < i - 1) out.push(s.slice(last, i));
      last = i + 1;
    } else if (s[i] !== ' ') {
      lastChar = s[i];
    }
  }
  if (last < s.length - 1) out.push(s.slice(last));
  return out.map((p) => p.split(' ').join(''));
}

function splitComparator(s: string): [string, string] {
  const i = s.search(/[0-9]/);
  if (i < 0) throw new Error(`Could not get version from string: ${JSON.stringify(s)}`);
  return [s.slice(0, i).trim(), s.slice(i)];
}

/** Rewrites "1.2.x"-style wildcards into plain comparisons. */
function expandWildcards(parts: string[]): string[] {
  const out: string[] = [];
  for (let p of parts) {
    if (p.includes('x')) {
      const [op, v] = splitComparator(p);
      const segs = v.split('.');
      const wildcard = segs[segs.length - 1] === 'x' ? (segs.length === 2 ? 'minor' : segs.length === 3 ? 'patch' : 'none') : 'none';
      let flat = v.replace('.x.x', '.x').replace('.x', '.0');
      if (flat.split('.').length === 2) flat += '.0';
      const bump = (): string => {
        const f = flat.split('.');
        if (wildcard === 'patch') f[1] = String(Number(f[1]) + 1);
        else if (wildcard === 'minor') f[0] = String(Number(f[0]) + 1);
        return f.join('.');
      };
      let resultOp = op;
      let increment = false;
      if (op === '>') {
        resultOp = '>=';
        increment = true;
      } else if (op === '<=') {
        resultOp = '<';
        increment = true;
      } else if (op === '' || op === '=' || op === '==') {
        out.push('>=' + flat);
        resultOp = '<';
        increment = true;
      } else if (op === '!=' || op === '!') {
        out.push('<' + flat);
        resultOp = '>=';
        increment = true;
      }
      p = resultOp + (increment ? bump() : flat);
    }
    out.push(p);
  }
  return out;
}

/** blang/semver ParseRange; throws Error with its message. */
export function parseRange(s: string): Test {
  const parts = splitAndTrim(s);
  const groups: string[][] = [];
  let last = 0;
  parts.forEach((p, i) => {
    if (p !== '||') return;
    if (i === 0) throw new Error("First element in range is '||'");
    groups.push(parts.slice(last, i));
    last = i + 1;
  });
  if (last === parts.length) throw new Error("Last element in range is '||'");
  groups.push(parts.slice(last));
  const alternatives = groups.map((g) =>
    expandWildcards(g).map((p): Test => {
      const [op, vs] = splitComparator(p);
      const test = COMPARATORS[op];
      if (!test) throw new Error(`Could not parse Range ${JSON.stringify(p)}: Could not parse comparator ${JSON.stringify(op)} in ${JSON.stringify(op + vs)}`);
      let v: Version;
      try {
        v = parseVersion(vs);
      } catch (e) {
        throw new Error(`Could not parse Range ${JSON.stringify(p)}: Could not parse version ${JSON.stringify(vs)} in ${JSON.stringify(op + vs)}: ${(e as Error).message}`);
      }
      return (x) => test(compareVersions(x, v));
    }),
  );
  return (v) => alternatives.some((and) => and.every((t) => t(v)));
}

/** Whether tiltjs's Tilt version satisfies `constraint`; throws for a malformed one. */
export function versionMatches(constraint: string): boolean {
  return parseRange(constraint)(parseVersion(TILT_VERSION));
}
