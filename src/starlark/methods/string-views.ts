// The iterable views returned by s.elems(), s.elem_ords(), s.codepoints() and
// s.codepoint_ords() (starlark-go's stringElems and stringCodepoints).
//
// Both view types are always truthy (even for ""), unhashable and print as the call
// that made them ("abc".elems()). The elems views are also sequences (len, s[i]) but
// not sliceable; the codepoints views are only iterable. Equality follows Go's
// comparison of the underlying struct values: same string and same kind.

import { decodeAt, RUNE_MASK } from '../text/rune-scan.js';
import { quoteString } from '../text/quote.js';
import type { MethodImpl } from '../values/builtin.js';
import { StarObject, StarlarkError, type CompareOp, type HashKey, type StarIterator, type Value } from '../values/value.js';
import { unpackPositional } from '../unpack.js';
import type { Thread } from '../thread.js';

const FFFD = '\xef\xbf\xbd';

function viewCompare(x: StringElems | StringCodepoints, op: CompareOp, y: StringElems | StringCodepoints): boolean {
  const eq = x.s === y.s && x.ords === y.ords;
  if (op === '==') return eq;
  if (op === '!=') return !eq;
  throw new StarlarkError(`${x.typeName} ${op} ${y.typeName} not implemented`);
}

/** s.elems() (1-byte strings) or s.elem_ords() (ints 0..255). */
export class StringElems extends StarObject {
  readonly typeName = 'string.elems';
  constructor(
    readonly s: string,
    readonly ords: boolean,
  ) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(quoteString(this.s), this.ords ? '.elem_ords()' : '.elems()');
  }
  override hashKey(): HashKey {
    throw new StarlarkError(`unhashable: ${this.typeName}`);
  }
  override compareSameType(op: CompareOp, other: StarObject): boolean {
    return viewCompare(this, op, other as StringElems);
  }
  override len(): number {
    return this.s.length;
  }
  override indexAt(i: number): Value {
    return this.ords ? this.s.charCodeAt(i) : this.s[i];
  }
  override iterate(): StarIterator {
    let i = 0;
    const s = this.s;
    const next = this.ords
      ? (): Value | undefined => (i < s.length ? s.charCodeAt(i++) : undefined)
      : (): Value | undefined => (i < s.length ? s[i++] : undefined);
    return { next, done: () => {} };
  }
}

/** s.codepoints() (one string per rune) or s.codepoint_ords() (code points); invalid bytes read as U+FFFD. */
export class StringCodepoints extends StarObject {
  readonly typeName = 'string.codepoints';
  constructor(
    readonly s: string,
    readonly ords: boolean,
  ) {
    super();
  }
  writeRepr(out: string[]): void {
    out.push(quoteString(this.s), this.ords ? '.codepoint_ords()' : '.codepoints()');
  }
  override hashKey(): HashKey {
    throw new StarlarkError(`unhashable: ${this.typeName}`);
  }
  override compareSameType(op: CompareOp, other: StarObject): boolean {
    return viewCompare(this, op, other as StringCodepoints);
  }
  override iterate(): StarIterator {
    let i = 0;
    const s = this.s;
    const ords = this.ords;
    return {
      next: (): Value | undefined => {
        if (i >= s.length) return undefined;
        const v = decodeAt(s, i, s.length);
        const r = v & RUNE_MASK;
        const size = v >>> 21;
        const start = i;
        i += size;
        if (ords) return r;
        // Go yields string(r) for RuneError, so an invalid byte becomes U+FFFD's bytes.
        return r === 0xfffd ? FFFD : s.slice(start, i);
      },
      done: () => {},
    };
  }
}

const stringIterable: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  unpackPositional(name, args, kwargs, 0);
  const ords = name.endsWith('_ords');
  return name.startsWith('codepoint') ? new StringCodepoints(recv, ords) : new StringElems(recv, ords);
};

export const viewMethods: Record<string, MethodImpl> = {
  codepoint_ords: stringIterable,
  codepoints: stringIterable,
  elem_ords: stringIterable,
  elems: stringIterable,
};
