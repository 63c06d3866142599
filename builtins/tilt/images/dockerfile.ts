// The image references of a Dockerfile (reference §1.2, §3.5): the base image of every
// `FROM` and the source of every `COPY --from=`, after ARG/build-arg substitution, so that
// builds of one Tiltfile can depend on each other. Only what that needs of Docker's
// syntax is understood: parser directives (`# escape=`), comments, line continuations,
// instruction flags, ARG defaults and the shell-style variable forms.

export interface DockerfileInstruction {
  /** lower-cased keyword */
  cmd: string;
  /** the leading `--name=value` flags */
  flags: string[];
  /** the words after the flags (quotes kept) */
  args: string[];
  /** the text after the keyword */
  rest: string;
}

/** Splits a Dockerfile into instructions. */
export function parseDockerfile(text: string): DockerfileInstruction[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let escape = '\\';
  let i = 0;
  // Parser directives: `# key=value` lines before anything else.
  for (; i < lines.length; i++) {
    const m = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(lines[i]);
    if (!m) break;
    if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
  }
  const out: DockerfileInstruction[] = [];
  let current: string | null = null;
  const flush = (): void => {
    if (current === null) return;
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(current);
    current = null;
    if (!m) return;
    out.push(instruction(m[1].toLowerCase(), m[2]));
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || (current === null && trimmed === '')) continue;
    const body = line.replace(/\s+$/, '');
    const continued = body.endsWith(escape);
    const piece = continued ? body.slice(0, -1) : body;
    current = current === null ? piece.replace(/^\s+/, '') : current + piece;
    if (!continued) flush();
  }
  flush();
  return out;
}

function instruction(cmd: string, rest: string): DockerfileInstruction {
  const words = rest.trim() === '' ? [] : rest.trim().split(/\s+/);
  const flags: string[] = [];
  let k = 0;
  while (k < words.length && words[k].startsWith('--') && words[k].length > 2) flags.push(words[k++]);
  return { cmd, flags, args: words.slice(k), rest };
}

/** Expands $VAR, ${VAR}, ${VAR:-word}, ${VAR:+word} and removes quotes, as Docker does for FROM. */
export function expandWord(word: string, vars: ReadonlyMap<string, string>): string {
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else out += c;
      continue;
    }
    if (c === quote) {
      quote = null;
      continue;
    }
    if (quote === null && (c === '"' || c === "'")) {
      quote = c;
      continue;
    }
    if (c === '\\' && i + 1 < word.length) {
      out += word[++i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}/.exec(word.slice(i + 1));
    if (braced) {
      const value = vars.get(braced[1]);
      const op = braced[2];
      const alt = braced[3] ?? '';
      const unsetOrEmpty = op?.startsWith(':') ? !value : value === undefined;
      if (op?.endsWith('-')) out += unsetOrEmpty ? expandWord(alt, vars) : value!;
      else if (op?.endsWith('+')) out += unsetOrEmpty ? '' : expandWord(alt, vars);
      else out += value ?? '';
      i += braced[0].length;
      continue;
    }
    const plain = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word.slice(i + 1));
    if (plain) {
      out += vars.get(plain[0]) ?? '';
      i += plain[0].length;
      continue;
    }
    out += c;
  }
  return out;
}

/** `ARG a=1 b` declarations: name → default (undefined when none). */
function argDeclarations(rest: string): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  for (const m of rest.matchAll(/([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)) {
    out.push([m[1], m[2]]);
  }
  return out;
}

/**
 * The image references (as written, after substitution) of FROM and COPY --from, in
 * order. `buildArgs` are `KEY=VALUE` (or bare `KEY`) entries; they override the defaults
 * of the ARGs declared before use.
 */
export function dockerfileImageRefs(text: string, buildArgs: readonly string[]): string[] {
  const given = new Map<string, string>();
  for (const a of buildArgs) {
    const eq = a.indexOf('=');
    if (eq >= 0) given.set(a.slice(0, eq), a.slice(eq + 1));
  }
  // ARGs before the first FROM are the only ones a FROM line sees; later ones belong
  // to their stage.
  const meta = new Map<string, string>();
  let vars = meta;
  const refs: string[] = [];
  for (const ins of parseDockerfile(text)) {
    if (ins.cmd === 'arg') {
      for (const [name, def] of argDeclarations(ins.rest)) {
        const v = given.get(name) ?? (def === undefined ? meta.get(name) : expandWord(def, vars));
        if (v !== undefined) vars.set(name, v);
      }
    } else if (ins.cmd === 'from' && ins.args.length > 0) {
      refs.push(expandWord(ins.args[0], meta));
      vars = new Map();
    } else if (ins.cmd === 'copy') {
      const from = ins.flags.find((f) => f.startsWith('--from='));
      if (from) refs.push(expandWord(from.slice('--from='.length), vars));
    }
  }
  return refs;
}
