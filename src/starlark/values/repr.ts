// repr() and str() of any value, with cycle detection for containers.

import { quoteString } from '../text/quote.js';
import type { StarObject, Value } from './value.js';

export function writeValue(out: string[], v: Value, path: StarObject[]): void {
  switch (typeof v) {
    case 'string':
      out.push(quoteString(v));
      return;
    case 'number':
      out.push(String(v));
      return;
    case 'bigint':
      out.push(v.toString());
      return;
    case 'boolean':
      out.push(v ? 'True' : 'False');
      return;
    default:
      v.writeRepr(out, path);
  }
}

export function repr(v: Value): string {
  switch (typeof v) {
    case 'string':
      return quoteString(v);
    case 'number':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  const out: string[] = [];
  writeValue(out, v, []);
  return out.join('');
}

export function str(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'object') return repr(v);
  const out: string[] = [];
  v.writeStr(out, []);
  return out.join('');
}
