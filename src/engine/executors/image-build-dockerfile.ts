// Substituting the images tiltjs just built into a Dockerfile (reference §3.5): a `FROM x`
// or `COPY --from=x` naming another Tilt build gets that build's tagged ref, after the
// global ARGs and build args are expanded the way Docker expands them in FROM lines.

import { refMatches } from './image-build-ref.js';

export interface BuiltDep {
  /** the dependency's selector (its normalized ref) */
  selector: string;
  /** whether the selector only matches its exact ref */
  exact: boolean;
  /** what to put in its place, e.g. `base:tilt-0123456789abcdef` */
  ref: string;
}

const FROM_RE = /^(\s*FROM\s+)((?:--[^\s]+\s+)*)([^\s]+)(.*)$/i;
const COPY_FROM_RE = /^(\s*(?:COPY|ADD)\s+(?:--[^\s]+\s+)*?--from=)([^\s]+)(.*)$/i;
const ARG_RE = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?\s*$/i;
const AS_RE = /^\s+AS\s+([^\s]+)/i;

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  return t;
}

/** Expands $X, ${X}, ${X:-default} and ${X:+alt} from vars (unknown names expand to ''). */
export function expandArgs(s: string, vars: Map<string, string>): string {
  return s.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = (braced ?? bare) as string;
    const v = vars.get(name);
    if (op === '-') return v ? v : (word as string);
    if (op === '+') return v ? (word as string) : '';
    return v ?? '';
  });
}

/** The ARG values FROM lines see: global ARGs (before the first FROM), overridden by build args. */
function globalArgs(lines: string[], buildArgs: Record<string, string | null>): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of lines) {
    if (FROM_RE.test(line)) break;
    const m = ARG_RE.exec(line);
    if (!m) continue;
    const given = buildArgs[m[1]];
    if (typeof given === 'string') vars.set(m[1], given);
    else if (m[2] !== undefined) vars.set(m[1], unquote(expandArgs(m[2], vars)));
  }
  return vars;
}

/** The Dockerfile with dependency images substituted; unchanged when nothing matches. */
export function substituteDeps(dockerfile: string, buildArgs: Record<string, string | null>, deps: BuiltDep[]): string {
  if (deps.length === 0) return dockerfile;
  const lines = dockerfile.split('\n');
  const vars = globalArgs(lines, buildArgs);
  const stages = new Set<string>();
  const replace = (image: string): string | null => {
    const expanded = expandArgs(image, vars);
    if (stages.has(expanded.toLowerCase())) return null;
    const dep = deps.find((d) => refMatches(d.selector, expanded, d.exact));
    return dep ? dep.ref : null;
  };
  return lines
    .map((line) => {
      const from = FROM_RE.exec(line);
      if (from) {
        const as = AS_RE.exec(from[4]);
        const sub = replace(from[3]);
        if (as) stages.add(as[1].toLowerCase());
        return sub === null ? line : `${from[1]}${from[2]}${sub}${from[4]}`;
      }
      const copy = COPY_FROM_RE.exec(line);
      if (copy && !/^[0-9]+$/.test(copy[2])) {
        const sub = replace(copy[2]);
        return sub === null ? line : `${copy[1]}${sub}${copy[3]}`;
      }
      return line;
    })
    .join('\n');
}
