// Evaluating parsed JSONPath templates over decoded YAML (plain JSON data), with the
// results and error texts of client-go's jsonpath as Tilt uses it: a missing field is an
// error (`foobar is not found`), `[]` selects the first element, filters compare one value
// at a time. Go type names in messages are those of unstructured content
// (map[string]interface {}, []interface {}, int64, float64, string, bool).

import { JsonPathError, parseJsonPath, type JpNode, type ListNode } from './parse.js';

type V = unknown;

function isMap(v: V): v is Record<string, V> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function goTypeOf(v: V): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return '[]interface {}';
  if (isMap(v)) return 'map[string]interface {}';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

/** Go's %v of unstructured data. */
export function goFormatV(v: V): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goFormatV).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goFormatV(v[k])}`).join(' ')}]`;
  return String(v);
}

/** Go's %s of unstructured data (non-strings print as %!s(T=v)). */
export function goFormatS(v: V): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '%!s(<nil>)';
  if (Array.isArray(v)) return `[${v.map(goFormatS).join(' ')}]`;
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goFormatS(v[k])}`).join(' ')}]`;
  return `%!s(${goTypeOf(v)}=${String(v)})`;
}

function children(v: V): V[] {
  if (Array.isArray(v)) return v;
  if (isMap(v)) return Object.values(v);
  if (typeof v === 'string') return [...Buffer.from(v, 'utf8')];
  return [];
}

function walk(input: V[], node: JpNode): V[] {
  switch (node.t) {
    case 'list':
      return evalList(input, node);
    case 'text':
      return [node.text];
    case 'field':
      return evalField(input, node.name);
    case 'array':
      return evalArray(input, node);
    case 'filter':
      return evalFilter(input, node);
    case 'int':
    case 'float':
    case 'bool':
      return input.map(() => node.value);
    case 'wildcard':
      return input.flatMap((v) => (v === null || v === undefined ? [] : children(v)));
    case 'recursive':
      return evalRecursive(input);
    case 'union':
      return node.lists.flatMap((l) => evalList(input, l));
    case 'ident':
      if (node.name === 'range') return input;
      if (node.name === 'end') throw new JsonPathError('not in range, nothing to end');
      throw new JsonPathError(`unrecognized identifier ${node.name}`);
  }
}

function evalList(input: V[], list: ListNode): V[] {
  let cur = input;
  for (const n of list.nodes) cur = walk(cur, n);
  return cur;
}

function evalField(input: V[], name: string): V[] {
  if (input.length === 0 || name === '') return input;
  const out: V[] = [];
  for (const v of input) if (isMap(v) && Object.hasOwn(v, name)) out.push(v[name]);
  if (out.length === 0) throw new JsonPathError(`${name} is not found`);
  return out;
}

function evalArray(input: V[], node: Extract<JpNode, { t: 'array' }>): V[] {
  const out: V[] = [];
  for (const v of input) {
    if (v === null || v === undefined) continue;
    if (!Array.isArray(v)) throw new JsonPathError(`${goTypeOf(v)} is not array or slice`);
    const [p0, p1, p2] = node.params;
    const len = v.length;
    let start = p0.known ? p0.value : 0;
    if (start < 0) start += len;
    let end = p1.known ? p1.value : len;
    if (end < 0 || (end === 0 && p1.derived)) end += len;
    if (end === start) return out;
    if (start >= len || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${len}`);
    if (end > len || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${len}`);
    if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
    let step = 1;
    if (p2.known) {
      if (p2.value <= 0) throw new JsonPathError('step must be > 0');
      step = p2.value;
    }
    for (let i = start; i < end; i += step) out.push(v[i]);
  }
  return out;
}

function evalRecursive(input: V[]): V[] {
  const out: V[] = [];
  for (const v of input) {
    if (v === null || v === undefined) continue;
    const kids = children(v);
    if (kids.length === 0) continue;
    out.push(v, ...evalRecursive(kids));
  }
  return out;
}

function compare(op: string, l: V, r: V): boolean {
  const kind = (x: V): string => (typeof x === 'number' ? 'number' : typeof x === 'string' ? 'string' : typeof x === 'boolean' ? 'bool' : 'other');
  const kl = kind(l);
  const kr = kind(r);
  if (kl === 'other' || kr === 'other') throw new JsonPathError('invalid type for comparison');
  if (kl !== kr) throw new JsonPathError('incompatible types for comparison');
  if (op === '==') return l === r;
  if (op === '!=') return l !== r;
  if (kl === 'bool') throw new JsonPathError('invalid type for comparison');
  const a = l as number | string;
  const b = r as number | string;
  if (op === '<') return a < b;
  if (op === '>') return a > b;
  if (op === '<=') return a <= b;
  if (op === '>=') return a >= b;
  throw new JsonPathError(`unrecognized filter operator ${op}`);
}

function evalFilter(input: V[], node: Extract<JpNode, { t: 'filter' }>): V[] {
  const out: V[] = [];
  for (const v of input) {
    if (!Array.isArray(v)) throw new JsonPathError(`${goFormatV(v)} is not array or slice and cannot be filtered`);
    for (const el of v) {
      if (node.op === 'exists') {
        let lefts: V[] = [];
        try {
          lefts = evalList([el], node.left);
        } catch {
          // a missing field means "does not exist"
        }
        if (lefts.length > 0) out.push(el);
        continue;
      }
      const lefts = evalList([el], node.left);
      if (lefts.length === 0) continue;
      if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
      const rights = evalList([el], node.right);
      if (rights.length === 0) continue;
      if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
      if (compare(node.op, lefts[0], rights[0])) out.push(el);
    }
  }
  return out;
}

function isIdent(n: JpNode | undefined, name: string): boolean {
  return n !== undefined && n.t === 'list' && n.nodes[0]?.t === 'ident' && n.nodes[0].name === name;
}

/** All matches of the template's actions, in order (client-go FindResults, flattened). */
function findResults(nodes: JpNode[], data: V): V[] {
  const out: V[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (isIdent(node, 'range')) {
      let depth = 1;
      let k = i + 1;
      for (; k < nodes.length; k++) {
        if (isIdent(nodes[k], 'range')) depth++;
        if (isIdent(nodes[k], 'end') && --depth === 0) break;
      }
      const items = evalList([data], { t: 'list', nodes: (node as ListNode).nodes.slice(1) });
      for (const item of items) out.push(...findResults(nodes.slice(i + 1, k), item));
      i = k;
      continue;
    }
    out.push(...walk([data], node));
  }
  return out;
}

/** A compiled template that reports errors with its path, as Tilt's JSONPath wrapper does. */
export class JsonPath {
  private readonly root: ListNode;

  constructor(readonly path: string) {
    this.root = parseJsonPath(path);
  }

  /** Every value the template selects. */
  visit(obj: V): V[] {
    try {
      return findResults(this.root.nodes, obj);
    } catch (e) {
      if (e instanceof JsonPathError) throw new JsonPathError(`Matching (json_path=${JSON.stringify(this.path)}): ${e.message}`);
      throw e;
    }
  }

  /** The selected strings; any other value is an error. */
  findStrings(obj: V): string[] {
    return this.visit(obj).map((v) => {
      if (typeof v !== 'string') {
        throw new JsonPathError(`May only match strings (json_path=${JSON.stringify(this.path)})\nGot Type: ${goTypeOf(v)}\nGot Value: ${goFormatS(v)}`);
      }
      return v;
    });
  }
}
