// YAML streams as Tilt decodes them (Kubernetes' YAMLToJSONDecoder over go-yaml v2):
// the text is cut into documents at `---` lines, each document is parsed on its own
// (so error line numbers count from the document's first line), empty documents are
// dropped, and values become Starlark values with go-yaml's YAML 1.1 readings
// (yes/no are booleans, 0x1F is an int, timestamps stay strings). Integers become ints
// and YAML floats floats; mapping keys become strings.
//
// js-yaml does the parsing, with a schema that resolves plain scalars as go-yaml does.

import yaml from 'js-yaml';
import { fromHost, toHost } from '../../../grammar/utf8.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { Float } from '../../../src/starlark/values/float.js';
import { normBig } from '../../../src/starlark/values/int.js';
import { List } from '../../../src/starlark/values/list.js';
import { None, type Value } from '../../../src/starlark/values/value.js';
import { resolvePlain } from './yaml-resolve.js';

/** A decoded YAML float (JS numbers alone cannot keep 3.0 apart from 3). */
class YamlFloat {
  constructor(readonly v: number) {}
  // js-yaml turns keys that look like plain objects into "[object Object]".
  get [Symbol.toStringTag](): string {
    return 'YamlFloat';
  }
  /** As a mapping key: Go's FormatFloat(f, 'g', -1, 32), as sigs.k8s.io/yaml writes keys. */
  toString(): string {
    if (Number.isNaN(this.v)) return '.nan';
    if (!Number.isFinite(this.v)) return this.v > 0 ? '.inf' : '-.inf';
    const f32 = Math.fround(this.v);
    for (let p = 1; p <= 9; p++) {
      const t = Number(f32.toPrecision(p));
      if (Math.fround(t) === f32) return goG(t, p);
    }
    return String(f32);
  }
}

/** %g text for a value whose shortest form has `digits` significant digits. */
function goG(x: number, digits: number): string {
  const exp = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= Math.max(digits, 21)) {
    const [m, e] = x.toExponential(digits - 1).split('e');
    const n = Math.abs(+e);
    return `${m}e${e[0] === '-' ? '-' : '+'}${n < 10 ? '0' + n : n}`;
  }
  return String(x);
}

class YamlInt {
  constructor(readonly v: bigint) {}
  get [Symbol.toStringTag](): string {
    return 'YamlInt';
  }
  toString(): string {
    return this.v.toString();
  }
}

const nullType = new yaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => resolvePlain(s).tag === 'null',
  construct: () => null,
});

const boolType = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => resolvePlain(s).tag === 'bool',
  construct: (s: string) => (resolvePlain(s) as { value: boolean }).value,
});

const intType = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => resolvePlain(s).tag === 'int',
  construct: (s: string) => new YamlInt((resolvePlain(s) as { value: bigint }).value),
});

// An explicit !!float also takes integers, as go-yaml converts them.
const floatType = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => {
    const t = resolvePlain(s).tag;
    return t === 'float' || t === 'int';
  },
  construct: (s: string) => {
    const r = resolvePlain(s);
    return new YamlFloat(r.tag === 'int' ? Number(r.value) : (r as { value: number }).value);
  },
});

// go-yaml decodes !!binary into the bytes themselves.
const binaryType = new yaml.Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: (s: string) => /^[A-Za-z0-9+/=\s]*$/.test(s),
  construct: (s: string) => new BinaryText(Buffer.from(s.replace(/\s+/g, ''), 'base64').toString('latin1')),
});

class BinaryText {
  constructor(readonly bytes: string) {}
  get [Symbol.toStringTag](): string {
    return 'BinaryText';
  }
  toString(): string {
    return toHost(this.bytes);
  }
}

// go-yaml hands explicit timestamps and application tags (`!Ref x`) over as plain values.
const timestampType = new yaml.Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', construct: (s: string) => s });
const localTags = (['scalar', 'sequence', 'mapping'] as const).map(
  (kind) => new yaml.Type('!', { kind, multi: true, construct: (v: unknown) => v ?? (kind === 'scalar' ? '' : null) }),
);

// js-yaml's merge-key type (`<<: *base`); the typings do not declare `types`.
const mergeType = (yaml as unknown as { types: { merge: yaml.Type } }).types.merge;

const SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [nullType, boolType, intType, floatType, mergeType],
  explicit: [binaryType, timestampType, ...localTags],
});

/** A YAML syntax or conversion failure, with go-yaml's wording where we know it. */
export class YamlError extends Error {}

/** Splits a stream at `---` lines the way Kubernetes' YAMLReader does. */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  const lines = text.split(/(?<=\n)/);
  for (const line of lines) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest !== '' && rest[0] !== '#') throw new YamlError(`invalid Yaml document separator: ${rest}`);
      if (cur.length > 0) docs.push(cur.join(''));
      cur = [];
      continue;
    }
    cur.push(line);
  }
  if (cur.length > 0) docs.push(cur.join(''));
  return docs;
}

// js-yaml's wording → go-yaml's, for the mistakes people make most.
const MESSAGES: [RegExp, string][] = [
  [/unexpected end of the stream within a (double|single) quoted scalar/, 'found unexpected end of stream'],
  [/bad indentation of a mapping entry/, 'mapping values are not allowed in this context'],
  [/incomplete explicit mapping pair; a key node is missed/, 'did not find expected key'],
  [/end of the stream or a document separator is expected/, 'did not find expected <document start>'],
  [/duplicated mapping key/, 'mapping key already defined'],
  [/tab characters must not be used in indentation/, 'found character that cannot start any token'],
  [/can not read a block mapping entry; a multiline key may not be an implicit key/, 'could not find expected \':\''],
  [/unknown tag/, 'found unknown tag'],
];

function goMessage(e: yaml.YAMLException): string {
  const reason = e.reason ?? e.message;
  const line = (e.mark?.line ?? 0) + 1;
  for (const [re, text] of MESSAGES) if (re.test(reason)) return `yaml: line ${line}: ${text}`;
  return `yaml: line ${line}: ${reason}`;
}

/**
 * Decodes a YAML stream (a byte string) into a list of Starlark values, skipping empty
 * documents; throws YamlError with Tilt's message after "error parsing YAML...: ".
 */
export function decodeYamlStream(text: string): Value[] {
  const out: Value[] = [];
  for (const doc of splitYamlDocuments(toHost(text))) {
    let js: unknown;
    try {
      js = yaml.load(doc, { schema: SCHEMA, json: true });
    } catch (e) {
      if (e instanceof yaml.YAMLException) throw new YamlError(`error converting YAML to JSON: ${goMessage(e)}`);
      throw e;
    }
    const v = toStarlark(js);
    if (v !== None) out.push(v);
  }
  return out;
}

function toStarlark(js: unknown): Value {
  if (js === null || js === undefined) return None;
  if (typeof js === 'boolean') return js;
  if (typeof js === 'string') return fromHost(js);
  if (typeof js === 'number') return Number.isInteger(js) ? js : new Float(js);
  if (js instanceof YamlInt) return normBig(js.v);
  if (js instanceof YamlFloat) {
    if (!Number.isFinite(js.v)) {
      const text = Number.isNaN(js.v) ? 'NaN' : js.v > 0 ? '+Inf' : '-Inf';
      throw new YamlError(`error converting YAML to JSON: json: unsupported value: ${text}`);
    }
    return new Float(js.v);
  }
  if (js instanceof BinaryText) return js.bytes;
  if (Array.isArray(js)) return new List(js.map(toStarlark));
  const d = new Dict();
  for (const [k, v] of Object.entries(js as Record<string, unknown>)) d.setUnchecked(fromHost(k), toStarlark(v));
  return d;
}
