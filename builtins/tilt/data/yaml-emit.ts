// YAML as Tilt writes it: sigs.k8s.io/yaml marshals the value to JSON, reads the JSON
// back with go-yaml v2 and writes that with go-yaml's block emitter. So: keys in go-yaml's
// "natural" order (digit runs compare as numbers, letters after other characters),
// 2-space indentation, sequences not indented under their mapping key, `{}`/`[]` for
// empty collections, floats that are whole numbers written as integers, strings quoted
// only when go-yaml would read them as something else, multi-line strings as literal
// blocks, and long lines folded at column 80.

import { toHost } from '../../../grammar/utf8.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { formatJSONFloat } from '../../universe/index.js';
import { GoFloat, type GoData } from './go-data.js';
import { goJsonFloat } from './json-codec.js';
import { isBase60Float, resolvePlain } from './yaml-resolve.js';
import { analyzeScalar, selectStyle, YamlWriter, type ScalarStyle } from './yaml-scalar.js';

type YNode =
  | { kind: 'scalar'; value: string; style: ScalarStyle }
  | { kind: 'seq'; items: YNode[] }
  | { kind: 'map'; pairs: [YNode & { kind: 'scalar' }, YNode][] };

/** YAML text (a byte string) for one document, ending with a newline. */
export function encodeYamlDocument(d: GoData): string {
  const w = new YamlWriter();
  emitNode(w, toNode(d), { mapping: false, simpleKey: false });
  w.writeIndent();
  return w.out;
}

/** What the JSON round trip leaves of a value, ready for go-yaml's encoder. */
function toNode(d: GoData): YNode {
  if (d === null) return plain('null');
  if (typeof d === 'boolean') return plain(d ? 'true' : 'false');
  if (typeof d === 'bigint') return plain(d.toString());
  if (d instanceof GoFloat) {
    let text: string;
    try {
      text = goJsonFloat(d.v);
    } catch (e) {
      throw new StarlarkError(`error marshaling into JSON: ${(e as StarlarkError).msg}`);
    }
    const r = resolvePlain(text);
    return plain(r.tag === 'int' ? r.value.toString() : formatJSONFloat((r as { value: number }).value));
  }
  if (typeof d === 'string') return stringNode(validUtf8(d));
  if (Array.isArray(d)) return { kind: 'seq', items: d.map(toNode) };
  const keys = [...d.keys()].map(validUtf8);
  const values = new Map([...d].map(([k, v]) => [validUtf8(k), v]));
  keys.sort((a, b) => (keyLess(a, b) ? -1 : keyLess(b, a) ? 1 : 0));
  return { kind: 'map', pairs: keys.map((k) => [stringNode(k), toNode(values.get(k)!)]) };
}

function plain(value: string): YNode & { kind: 'scalar' } {
  return { kind: 'scalar', value, style: 'plain' };
}

/** go-yaml's choice for a string: literal if multi-line, plain unless it reads as non-string. */
function stringNode(s: string): YNode & { kind: 'scalar' } {
  let style: ScalarStyle;
  if (s.includes('\n')) style = 'literal';
  else if (resolvePlain(s).tag === 'str' && !isBase60Float(s)) style = 'plain';
  else style = 'double';
  return { kind: 'scalar', value: s, style };
}

/** json.Marshal replaces invalid UTF-8 with U+FFFD. */
function validUtf8(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x80-\xff]/.test(s)) return s;
  return Buffer.from(toHost(s), 'utf8').toString('latin1');
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** go-yaml's key order for string keys. */
export function keyLess(a: string, b: string): boolean {
  const ar = Array.from(toHost(a), (c) => c.codePointAt(0)!);
  const br = Array.from(toHost(b), (c) => c.codePointAt(0)!);
  const isLetter = (r: number): boolean => LETTER.test(String.fromCodePoint(r));
  const isDigit = (r: number): boolean => DIGIT.test(String.fromCodePoint(r));
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

interface Ctx {
  mapping: boolean;
  simpleKey: boolean;
}

function emitNode(w: YamlWriter, n: YNode, ctx: Ctx): void {
  if (n.kind === 'scalar') {
    const style = selectStyle(n.style, analyzeScalar(n.value), n.value, ctx.simpleKey);
    w.increaseIndent(true, false);
    w.writeScalar(n.value, style, !ctx.simpleKey);
    w.restoreIndent();
    return;
  }
  const empty = n.kind === 'seq' ? n.items.length === 0 : n.pairs.length === 0;
  if (empty) {
    w.writeIndicator(n.kind === 'seq' ? '[' : '{', true, true, false);
    w.writeIndicator(n.kind === 'seq' ? ']' : '}', false, false, false);
    return;
  }
  if (n.kind === 'seq') {
    w.increaseIndent(false, ctx.mapping && !w.indention);
    for (const item of n.items) {
      w.writeIndent();
      w.writeIndicator('-', true, false, true);
      emitNode(w, item, { mapping: false, simpleKey: false });
    }
    w.restoreIndent();
    return;
  }
  w.increaseIndent(false, false);
  for (const [k, v] of n.pairs) {
    w.writeIndent();
    if (isSimpleKey(k.value)) {
      emitNode(w, k, { mapping: true, simpleKey: true });
      w.writeIndicator(':', false, false, false);
    } else {
      w.writeIndicator('?', true, false, true);
      emitNode(w, k, { mapping: true, simpleKey: false });
      w.writeIndent();
      w.writeIndicator(':', true, false, true);
    }
    emitNode(w, v, { mapping: true, simpleKey: false });
  }
  w.restoreIndent();
}

function isSimpleKey(v: string): boolean {
  return !analyzeScalar(v).multiline && v.length <= 128;
}
