// str.format: "{}", "{0}", "{name}", "{!r}"/"{!s}", "{{" and "}}", with starlark-go's
// scanning order and messages. There are no format specs, no x.y or a[i] field
// syntax and no nesting; each is reported when the field is reached, after the text
// before it has been checked (so "}{" reports the single '}' first).

import { quoteString } from '../text/quote.js';
import type { MethodImpl } from '../values/builtin.js';
import { repr } from '../values/repr.js';
import { StarlarkError, type Value } from '../values/value.js';
import type { Thread } from '../thread.js';

/**
 * Go's `decimal`: all ASCII digits, accumulated in a wrapping int64; a negative
 * intermediate value rejects the name (it is then looked up as a keyword).
 */
function decimal(name: string): number | undefined {
  let x = 0;
  let big: bigint | undefined;
  for (let i = 0; i < name.length; i++) {
    const d = name.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    if (big === undefined && x < 1e14) {
      x = x * 10 + d;
      continue;
    }
    big = BigInt.asIntN(64, (big ?? BigInt(x)) * 10n + BigInt(d));
    if (big < 0n) return undefined;
  }
  return big === undefined ? x : Number(big);
}

function fail(msg: string): never {
  throw new StarlarkError(msg);
}

const format: MethodImpl = (_t: Thread, recv: string, args: Value[], kwargs) => {
  let out = '';
  let auto = false; // "{}" seen
  let manual = false; // "{0}" seen
  let next = 0; // next automatic index
  let pos = 0;
  const n = recv.length;
  for (;;) {
    const open = recv.indexOf('{', pos);
    const litEnd = open < 0 ? n : open;
    // Literal text: "}}" stands for "}", a lone "}" is an error.
    for (let j = recv.indexOf('}', pos); j >= 0 && j < litEnd; j = recv.indexOf('}', pos)) {
      if (j + 1 >= litEnd || recv.charCodeAt(j + 1) !== 0x7d) fail("format: single '}' in format");
      out += recv.slice(pos, j + 1);
      pos = j + 2;
    }
    out += recv.slice(pos, litEnd);
    if (open < 0) break;
    if (recv.charCodeAt(open + 1) === 0x7b) {
      out += '{';
      pos = open + 2;
      continue;
    }
    const close = recv.indexOf('}', open + 1);
    if (close < 0) fail("format: unmatched '{' in format");
    const field = recv.slice(open + 1, close);
    pos = close + 1;

    let name: string;
    let conv = 's';
    let spec = '';
    const bang = field.indexOf('!');
    if (bang < 0) {
      const colon = field.indexOf(':');
      name = colon < 0 ? field : field.slice(0, colon);
      if (colon >= 0) spec = field.slice(colon + 1);
    } else {
      name = field.slice(0, bang);
      const rest = field.slice(bang + 1);
      const colon = rest.indexOf(':');
      conv = colon < 0 ? rest : rest.slice(0, colon);
      if (colon >= 0) spec = rest.slice(colon + 1);
    }

    let arg: Value | undefined;
    const num = name === '' ? undefined : decimal(name);
    if (name === '') {
      if (manual) fail('format: cannot switch from manual field specification to automatic field numbering');
      auto = true;
      if (next >= args.length) fail('format: tuple index out of range');
      arg = args[next++];
    } else if (num !== undefined) {
      if (auto) fail('format: cannot switch from automatic field numbering to manual field specification');
      manual = true;
      if (num >= args.length) fail('format: tuple index out of range');
      arg = args[num];
    } else {
      if (kwargs) {
        for (const [k, v] of kwargs) {
          if (k === name) {
            arg = v;
            break;
          }
        }
      }
      if (arg === undefined) {
        if (name.includes('.')) fail(`format: attribute syntax x.y is not supported in replacement fields: ${name}`);
        if (name.includes('[')) fail(`format: element syntax a[i] is not supported in replacement fields: ${name}`);
        if (name.includes('{')) fail('format: nested replacement fields not supported');
        fail(`format: keyword ${name} not found`);
      }
    }

    if (spec !== '') fail(`format spec features not supported in replacement fields: ${spec}`);
    if (conv === 's') out += typeof arg === 'string' ? arg : repr(arg);
    else if (conv === 'r') out += repr(arg);
    else fail(`format: unknown conversion ${quoteString(conv)}`);
  }
  return out;
};

export const formatMethods: Record<string, MethodImpl> = { format };
