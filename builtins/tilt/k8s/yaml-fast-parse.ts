// A faster path for parseK8sYaml(): the documents js-yaml's loadAll(text, { schema:
// CORE_SCHEMA, json: true }) reads, for YAML written the way Kubernetes manifests are
// (block mappings and sequences, plain and quoted one-line scalars, one-line flow
// collections, `|` literal blocks, comments, `---` separators).
//
// Why: every k8s_yaml() file is parsed during a Tiltfile load, and in a fresh process
// js-yaml's character-at-a-time reader runs cold. This reader works line by line with
// regular expressions, which costs a fraction of that before the JIT warms up. It never
// has to be complete: on anything else (tabs, anchors, tags, folded or multi-line
// scalars, complex keys, odd indentation, any syntax error) it returns null and the caller
// uses js-yaml, so errors keep js-yaml's wording. Plain scalars are resolved with js-yaml's
// own CORE_SCHEMA types. Empty documents may be dropped (the caller skips them anyway).
// test/builtins/tilt/k8s/yaml-fast-parse.test.ts compares both readers.

import yaml from 'js-yaml';

type Implicit = { resolve(s: string): boolean; construct(s: string): unknown };
const CORE = (yaml.CORE_SCHEMA as unknown as { compiledImplicit: Implicit[] }).compiledImplicit;
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const CLEARLY_STRING = /^[A-Za-z/]/;

const BLANK = /^ *(?:#.*)?$/;
const SPACES = /^ *$/;
const SEPARATOR = /^--- *$/;
/** `key:` then the end of the line or a space; plain keys Kubernetes uses, or simple quoted keys. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.\/-]*|"[^"\\]*"|'[^']*') *:(?: +(.*))?$/;
const PLAIN_FIRST = /^[^-?:,[\]{}#&*!|>'"%@`]|^-[^ ]/;
const PLAIN_BAD = /: | #|:$/;
const FLOW_PLAIN = /^(?:[^-?:,[\]{}#&*!|>'"%@` ]|-[^ ,[\]{}:#])[^,[\]{}:#]*/;
const FLOW_KEY = /^(?:([A-Za-z_][A-Za-z0-9_.\/-]*)|"([^"\\]*)"|'([^']*)') *: +/;
const DQ_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

const SIMPLE_INT = /^(?:0|[1-9][0-9]{0,14})$/;

function plainValue(s: string): unknown {
  if (CLEARLY_STRING.test(s) && !WORDS.has(s)) return s;
  if (SIMPLE_INT.test(s)) return Number(s);
  for (const t of CORE) if (t.resolve(s)) return t.construct(s);
  return s;
}

function keyOf(raw: string): string {
  let k: string;
  if (raw[0] === '"' || raw[0] === "'") k = raw.slice(1, -1);
  else if (WORDS.has(raw)) return decline();
  else k = raw;
  if (k === '__proto__') decline();
  return k;
}

/** Trailing spaces off (JavaScript's trim would also take characters YAML keeps, like U+00A0). */
const trimSpaces = (s: string): string => s.replace(/ +$/, '');

/** Leading spaces (only spaces indent in YAML). */
function spaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

class Reader {
  i = 0;
  end = 0;
  /** per line: its indentation, or -1 for a blank or comment line */
  readonly ind: Int32Array;

  constructor(
    readonly lines: string[],
    readonly endsWithNewline: boolean,
  ) {
    this.ind = new Int32Array(lines.length);
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j];
      const n = spaces(line);
      this.ind[j] = n === line.length || line.charCodeAt(n) === 35 ? -1 : n;
    }
  }

  /** Index of the next line with content at or after i (end if none). */
  nextContent(from = this.i): number {
    let j = from;
    while (j < this.end && this.ind[j] < 0) j++;
    return j;
  }

  /** After a one-line value: the next content line must not be more indented than its container. */
  checkNoContinuation(container: number): void {
    const j = this.nextContent();
    if (j < this.end && this.ind[j] > container) decline();
  }

  node(indent: number): unknown {
    const rest = this.lines[this.i].slice(indent);
    if (rest === '-' || rest.startsWith('- ')) return this.sequence(indent);
    if (KEY_LINE.test(rest)) return this.mapping(indent);
    return decline();
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      this.i = this.nextContent();
      if (this.i >= this.end) break;
      const li = this.ind[this.i];
      if (li < indent) break;
      if (li > indent) decline();
      const rest = this.lines[this.i].slice(indent);
      if (rest[0] === '-') break;
      const m = KEY_LINE.exec(rest) ?? decline();
      const key = keyOf(m[1]);
      const v = m[2];
      this.i++;
      out[key] = v === undefined || v === '' || v[0] === '#' ? this.afterKey(indent) : this.inline(v, indent);
    }
    return out;
  }

  /** The value of `key:` written on the following lines (or null). */
  afterKey(indent: number): unknown {
    const j = this.nextContent();
    if (j >= this.end) return null;
    const lj = this.ind[j];
    if (lj > indent) {
      this.i = j;
      return this.node(lj);
    }
    const rest = this.lines[j].slice(lj);
    if (lj === indent && (rest === '-' || rest.startsWith('- '))) {
      this.i = j;
      return this.sequence(indent);
    }
    return null;
  }

  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      this.i = this.nextContent();
      if (this.i >= this.end) break;
      const line = this.lines[this.i];
      const li = this.ind[this.i];
      if (li < indent) break;
      if (li > indent) decline();
      const rest = line.slice(indent);
      if (rest[0] !== '-') break;
      if (/^-(?: +(?:#.*)?)?$/.test(rest)) {
        this.i++;
        const j = this.nextContent();
        // js-yaml lets an empty item swallow the items after it: not ours
        if (j >= this.end || this.ind[j] <= indent) decline();
        this.i = j;
        out.push(this.node(this.ind[j]));
        continue;
      }
      if (rest[1] !== ' ') decline();
      const after = rest.slice(2);
      const content = after.slice(spaces(after));
      const itemIndent = line.length - content.length;
      // js-yaml lets an empty compact item (`- -`) swallow the items after it: not ours
      if (/^-(?: +(?:#.*)?)?$/.test(content)) decline();
      if (content.startsWith('- ') || KEY_LINE.test(content)) {
        // the item is a compact block node: read it as if the dash were a space
        this.lines[this.i] = ' '.repeat(itemIndent) + content;
        this.ind[this.i] = itemIndent;
        out.push(this.node(itemIndent));
      } else {
        this.i++;
        out.push(this.inline(content, indent));
      }
    }
    return out;
  }

  /** A value written on its key's (or dash's) line; i is already past that line. */
  inline(v: string, container: number): unknown {
    const c = v[0];
    if (c === '|') {
      const h = /^\|([+-]?)(?: +#.*| *)$/.exec(v) ?? decline();
      return this.literal(container, h[1]);
    }
    let value: unknown;
    let rest: string;
    if (c === '"' || c === "'") {
      [value, rest] = quoted(v);
    } else if (c === '[' || c === '{') {
      const f = new Flow(v);
      value = f.value();
      rest = v.slice(f.p);
    } else {
      if (!PLAIN_FIRST.test(v)) decline();
      const hash = v.indexOf(' #');
      const text = trimSpaces(hash < 0 ? v : v.slice(0, hash));
      if (PLAIN_BAD.test(text)) decline();
      value = plainValue(text);
      rest = '';
    }
    if (!BLANK.test(rest)) decline();
    this.checkNoContinuation(container);
    return value;
  }

  /** A `|` block scalar whose lines follow; chomp is '', '-' or '+'. */
  literal(container: number, chomp: string): string {
    const body: string[] = [];
    let contentIndent = -1;
    let j = this.i;
    for (; j < this.end; j++) {
      const line = this.lines[j];
      if (SPACES.test(line)) {
        if (contentIndent < 0 ? line.length > container + 1 : line.length > contentIndent) decline();
        body.push('');
        continue;
      }
      const li = spaces(line);
      if (contentIndent < 0) {
        if (li <= container) break;
        contentIndent = li;
      }
      if (li < contentIndent) {
        if (li > container) decline();
        break;
      }
      body.push(line.slice(contentIndent));
    }
    if (contentIndent < 0) decline();
    if (j === this.end && j === this.lines.length && !this.endsWithNewline) decline();
    this.i = j;
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    const text = body.join('\n');
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n' + '\n'.repeat(trailing);
    return text + '\n';
  }
}

/** A quoted scalar at the start of v: its value and what follows it on the line. */
function quoted(v: string): [string, string] {
  if (v[0] === "'") {
    let out = '';
    let p = 1;
    for (;;) {
      const q = v.indexOf("'", p);
      if (q < 0) decline();
      out += v.slice(p, q);
      if (v[q + 1] === "'") {
        out += "'";
        p = q + 2;
      } else return [out, v.slice(q + 1)];
    }
  }
  let out = '';
  let p = 1;
  for (;;) {
    const q = v.slice(p).search(/["\\]/);
    if (q < 0) decline();
    out += v.slice(p, p + q);
    p += q;
    if (v[p] === '"') return [out, v.slice(p + 1)];
    const e = DQ_ESCAPES[v[p + 1]] ?? decline();
    out += e;
    p += 2;
  }
}

/** A one-line flow collection. */
class Flow {
  p = 0;
  constructor(readonly s: string) {}

  private spaces(): void {
    while (this.s[this.p] === ' ') this.p++;
  }

  value(): unknown {
    this.spaces();
    const c = this.s[this.p];
    if (c === '[') return this.seq();
    if (c === '{') return this.map();
    if (c === '"' || c === "'") {
      const [v, rest] = quoted(this.s.slice(this.p));
      this.p = this.s.length - rest.length;
      return v;
    }
    const m = FLOW_PLAIN.exec(this.s.slice(this.p)) ?? decline();
    this.p += m[0].length;
    return plainValue(trimSpaces(m[0]));
  }

  private seq(): unknown[] {
    this.p++;
    const out: unknown[] = [];
    this.spaces();
    if (this.s[this.p] === ']') {
      this.p++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.spaces();
      const c = this.s[this.p++];
      if (c === ']') return out;
      if (c !== ',') decline();
      this.spaces();
      if (this.s[this.p] === ']') decline();
    }
  }

  private map(): Record<string, unknown> {
    this.p++;
    const out: Record<string, unknown> = {};
    this.spaces();
    if (this.s[this.p] === '}') {
      this.p++;
      return out;
    }
    for (;;) {
      const m = FLOW_KEY.exec(this.s.slice(this.p)) ?? decline();
      this.p += m[0].length;
      out[keyOf(m[1] ?? `"${m[2] ?? m[3]}"`)] = this.value();
      this.spaces();
      const c = this.s[this.p++];
      if (c === '}') return out;
      if (c !== ',') decline();
      this.spaces();
      if (this.s[this.p] === '}') decline();
    }
  }
}

/** The documents of a YAML stream (empty ones possibly left out), or null to use js-yaml. */
export function loadAllFast(text: string): unknown[] | null {
  // tabs, CRs, a BOM and characters js-yaml rejects are left to js-yaml
  if (/[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]/.test(text)) return null;
  const lines = text.split('\n');
  const endsWithNewline = lines[lines.length - 1] === '';
  if (endsWithNewline) lines.pop();
  const r = new Reader(lines, endsWithNewline);
  const docs: unknown[] = [];
  try {
    let start = 0;
    while (start <= lines.length) {
      let end = start;
      while (end < lines.length && !SEPARATOR.test(lines[end])) {
        if (/^(?:---|\.\.\.|%)/.test(lines[end])) decline();
        end++;
      }
      r.end = end;
      r.i = r.nextContent(start);
      if (r.i < end) {
        docs.push(r.node(r.ind[r.i]));
        if (r.nextContent() < end) decline();
      }
      start = end + 1;
    }
  } catch (e) {
    if (e instanceof Decline) return null;
    throw e;
  }
  return docs;
}
