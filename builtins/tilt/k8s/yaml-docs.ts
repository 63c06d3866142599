// Kubernetes YAML streams: parsing into objects and serialising back (reference §1.3).
//
// Parsing follows Tilt's decoder: multi-document YAML or JSON, empty and `null` documents
// skipped, a document with `items` is a list whose items are flattened, every object
// needs `kind` and `apiVersion`, and Secret data must be valid base64 because client-go
// decodes Secrets into typed structs. Errors carry the Go decoder's wording; js-yaml's
// syntax errors are reshaped to go-yaml's `yaml: line N: ...` form.

import yaml from 'js-yaml';
import { isDoc, makeObject, type Doc, type K8sObject } from './object.js';
import { dumpFast } from './yaml-fast-dump.js';
import { loadAllFast } from './yaml-fast-parse.js';

/** A document that is not a Kubernetes object, or YAML that does not parse. */
export class YamlDecodeError extends Error {
  constructor(
    message: string,
    /** the Go decoder's JSON stage failed (Tilt then calls a file "not a valid YAML file") */
    readonly jsonParse = false,
  ) {
    super(message);
  }
}

/** Decodes a YAML (or JSON) stream into objects, in document order. */
export function parseK8sYaml(text: string): K8sObject[] {
  let docs: unknown[] | null = loadAllFast(text);
  try {
    docs ??= yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA, json: true }) as unknown[];
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      throw new YamlDecodeError(`error converting YAML to JSON: yaml: line ${(e.mark?.line ?? 0) + 1}: ${e.reason}`);
    }
    throw e;
  }
  const out: K8sObject[] = [];
  for (const d of docs) collect(d, out);
  return out;
}

function collect(d: unknown, out: K8sObject[]): void {
  if (d === null || d === undefined) return;
  if (!isDoc(d)) {
    throw new YamlDecodeError(`json parse error: json: cannot unmarshal ${jsonKind(d)} into Go value of type map[string]interface {}`, true);
  }
  if (d.items !== undefined && d.items !== null) {
    if (!Array.isArray(d.items)) {
      throw new YamlDecodeError(`json parse error: json: cannot unmarshal ${jsonKind(d.items)} into Go value of type []interface {}`, true);
    }
    for (const item of d.items) collect(item, out);
    return;
  }
  if (typeof d.kind !== 'string' || d.kind === '') throw new YamlDecodeError(`Object 'Kind' is missing in '${goJson(d)}'`);
  if (typeof d.apiVersion !== 'string' || d.apiVersion === '') {
    throw new YamlDecodeError(`Object 'apiVersion' is missing in '${goJson(d)}'`);
  }
  const o = makeObject(d);
  if (o.kind === 'Secret' && o.apiVersion === 'v1') checkSecret(o);
  out.push(o);
}

function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v === 'number' ? 'number' : 'string';
}

/** JSON as Go's encoder writes a map: keys sorted, no spaces. */
function goJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  if (isDoc(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${goJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

// Secrets are decoded into v1.Secret, whose `data` values are []byte (base64 in JSON).
function checkSecret(o: K8sObject): void {
  const data = o.doc.data;
  if (!isDoc(data)) return;
  for (const v of Object.values(data)) {
    if (v === null) continue;
    if (typeof v !== 'string') {
      throw new YamlDecodeError(
        `decoding Secret ${JSON.stringify(o.name)}: json: cannot unmarshal ${jsonKind(v)} into Go struct field Secret.data of type []uint8`,
      );
    }
    const bad = base64ErrorOffset(v);
    if (bad !== null) throw new YamlDecodeError(`decoding Secret ${JSON.stringify(o.name)}: illegal base64 data at input byte ${bad}`);
  }
}

const B64 = /[A-Za-z0-9+/]/;

/** Offset Go's padded StdEncoding reports for malformed input, or null when it decodes. */
export function base64ErrorOffset(s: string): number | null {
  const n = s.length;
  const newline = (c: string): boolean => c === '\n' || c === '\r';
  let si = 0;
  for (;;) {
    for (let j = 0; j < 4; j++) {
      if (si === n) return j === 0 ? null : si - j;
      const c = s[si++];
      if (B64.test(c)) continue;
      if (newline(c)) {
        j--;
        continue;
      }
      if (c !== '=' || j < 2) return si - 1;
      if (j === 2) {
        while (si < n && newline(s[si])) si++;
        if (si === n) return n;
        if (s[si] !== '=') return si - 1;
        si++;
      }
      while (si < n && newline(s[si])) si++;
      return si < n ? si : null;
    }
  }
}

/** The objects as one YAML stream (documents joined by `---`), key order as written. */
export function dumpK8sYaml(docs: Doc[]): string {
  return docs.map((d) => dumpFast(d) ?? yaml.dump(d, { noRefs: true, lineWidth: -1, noArrayIndent: true })).join('---\n');
}
