// A faster path for dumpK8sYaml(): the exact text js-yaml's dump(doc, { noRefs: true,
// lineWidth: -1, noArrayIndent: true }) writes, for the documents Kubernetes YAML is made
// of (mappings, sequences, ASCII strings, safe integers, booleans, null).
//
// Why: a Tiltfile load serialises every object it deploys, and in a fresh process js-yaml's
// dumper runs cold: it inspects each string character by character through several small
// functions. Here a string is classified with a few regular expressions instead, which
// costs a fraction of that before the JIT warms up. Anything outside the subset (floats,
// non-ASCII multi-line strings, dates, binary) makes dumpFast() return null and the caller
// uses js-yaml; single-line strings outside the subset are handed to js-yaml one by one.
// test/builtins/tilt/k8s/yaml-fast-dump.test.ts compares both on many documents.

import yaml from 'js-yaml';

type Implicit = { resolve(s: string): boolean };
const IMPLICIT = (yaml.DEFAULT_SCHEMA as unknown as { compiledImplicit: Implicit[] }).compiledImplicit;

// js-yaml's compatibility quoting (YAML 1.1 booleans and base-60 numbers).
const DEPRECATED_BOOLEANS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const BASE60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;

/** Printable ASCII, in one line. */
const ASCII_LINE = /^[\x20-\x7e]+$/;
/** Printable ASCII lines. */
const ASCII_TEXT = /^[\x20-\x7e\n]+$/;
// Plain style (block context): no indicator first, no space or ':' last, no ': ' or ' #'.
const UNSAFE_FIRST = /^[\s\-?:,[\]{}#&*!|=>'"%@`]/;
const UNSAFE_INSIDE = /: | #|[ :]$/;
/** Strings no implicit type (null, bool, int, float, timestamp, merge) can resolve. */
const CLEARLY_STRING = /^[A-Za-z/]/;
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const LEADING_SPACE_LINE = /^\n* /;

const INDENT = 2;

class Unsupported extends Error {}

function ambiguous(s: string): boolean {
  if (CLEARLY_STRING.test(s) && !WORDS.has(s)) return false;
  for (const t of IMPLICIT) if (t.resolve(s)) return true;
  return false;
}

/** A single-line string exactly as js-yaml writes it, at any level. */
function lineScalar(s: string): string {
  if (!ASCII_LINE.test(s)) {
    // outside the subset: js-yaml itself (a one-line scalar does not depend on the level)
    const out = yaml.dump(s, { noRefs: true, lineWidth: -1, noArrayIndent: true });
    return out.slice(0, -1);
  }
  if (DEPRECATED_BOOLEANS.has(s) || BASE60.test(s)) return `'${s}'`;
  if (!UNSAFE_FIRST.test(s) && !UNSAFE_INSIDE.test(s) && !ambiguous(s)) return s;
  return `'${s.replace(/'/g, "''")}'`;
}

function scalar(s: string, level: number, isKey: boolean): string {
  if (s.length === 0) return "''";
  if (!s.includes('\n')) return lineScalar(s);
  if (isKey || !ASCII_TEXT.test(s)) throw new Unsupported();
  // a literal block scalar
  const clip = s[s.length - 1] === '\n';
  const keep = clip && (s[s.length - 2] === '\n' || s === '\n');
  const header = (LEADING_SPACE_LINE.test(s) ? String(INDENT) : '') + (keep ? '+' : clip ? '' : '-') + '\n';
  const ind = ' '.repeat(INDENT * Math.max(1, level));
  let body = '';
  let pos = 0;
  while (pos < s.length) {
    const next = s.indexOf('\n', pos);
    const line = next === -1 ? s.slice(pos) : s.slice(pos, next + 1);
    pos = next === -1 ? s.length : next + 1;
    if (line.length > 0 && line !== '\n') body += ind;
    body += line;
  }
  if (body[body.length - 1] === '\n') body = body.slice(0, -1);
  return `|${header}${body}`;
}

// Indentation strings by level, made once.
const NEWLINES: string[] = [];
function nextLine(level: number): string {
  return (NEWLINES[level] ??= '\n' + ' '.repeat(INDENT * level));
}

/** Whether node() writes `v`, as a mapping value, as a block on its own lines (a non-empty collection). */
function isBlock(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  return Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0;
}

/**
 * Text of `v` at `level`; undefined for undefined. Callers ask isBlock() rather than
 * reading the text's first character, which would flatten the string built so far (a
 * mapping whose values are all undefined is written `{}`).
 */
function node(v: unknown, level: number, compact: boolean, inSequence: boolean): string | undefined {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined':
      return undefined;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(v) || Object.is(v, -0)) throw new Unsupported();
      return String(v);
    case 'string':
      return scalar(v, level, false);
    case 'object':
      break;
    default:
      throw new Unsupported();
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return sequence(v, !inSequence && level > 0 ? level - 1 : level, compact);
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw new Unsupported();
  const keys = Object.keys(v as object);
  if (keys.length === 0) return '{}';
  return mapping(v as Record<string, unknown>, keys, level, compact);
}

function mapping(o: Record<string, unknown>, keys: string[], level: number, compact: boolean): string {
  let out = '';
  for (const key of keys) {
    const v = o[key];
    const value = node(v, level + 1, false, false);
    if (value === undefined) continue;
    const k = scalar(key, level + 1, true);
    if (k.length > 1024) throw new Unsupported();
    out += (!compact || out !== '' ? nextLine(level) : '') + k + (isBlock(v) && value !== '{}' ? ':' : ': ') + value;
  }
  return out || '{}';
}

function sequence(a: unknown[], level: number, compact: boolean): string {
  let out = '';
  for (const item of a) {
    // Items are compact: a nested collection starts on the dash's line.
    const value = node(item === undefined ? null : item, level + 1, true, true)!;
    if (!compact || out !== '') out += nextLine(level);
    out += '- ' + value;
  }
  return out || '[]';
}

/** js-yaml's dump of `doc` with noRefs, lineWidth -1 and noArrayIndent, or null outside the subset. */
export function dumpFast(doc: unknown): string | null {
  try {
    const out = node(doc, 0, true, false);
    return out === undefined ? '' : out + '\n';
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
