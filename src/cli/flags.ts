// A small typed flag parser: `--name value`, `--name=value`, `-n value`, boolean flags,
// and `--` ending the flags (everything after it is positional).

export interface FlagSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean' | 'number';
  description: string;
  default?: string | boolean | number;
}

export interface Parsed {
  flags: Record<string, string | boolean | number | undefined>;
  positional: string[];
  /** arguments after `--` */
  rest: string[];
}

export class FlagError extends Error {}

export function parseFlags(argv: string[], specs: FlagSpec[]): Parsed {
  const flags: Parsed['flags'] = {};
  for (const s of specs) flags[s.name] = s.default;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return { flags, positional, rest: argv.slice(i + 1) };
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = eq >= 0 ? a.slice(0, eq) : a;
    const spec = specs.find((s) => `--${s.name}` === key || (s.short && `-${s.short}` === key));
    if (!spec) throw new FlagError(`unknown flag: ${key}`);
    if (spec.type === 'boolean') {
      flags[spec.name] = eq >= 0 ? a.slice(eq + 1) !== 'false' : true;
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new FlagError(`flag needs an argument: ${key}`);
    if (spec.type === 'number') {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new FlagError(`invalid argument ${JSON.stringify(value)} for ${key}: not an integer`);
      flags[spec.name] = n;
    } else {
      flags[spec.name] = value;
    }
  }
  return { flags, positional, rest: [] };
}

export function flagHelp(specs: FlagSpec[]): string {
  return specs
    .map((s) => `  ${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.type === 'boolean' ? '' : ` ${s.type}`}  ${s.description}`)
    .join('\n');
}
