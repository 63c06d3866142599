// String methods that cut or glue: split rsplit splitlines join strip lstrip rstrip.
//
// The whitespace variants live in text/string-ops.ts (Go's unicode.IsSpace over runes);
// this file adds argument handling and the separator-based splits, which are byte-wise.

import { iterate } from '../ops/iterate.js';
import { rsplitWhitespace, splitWhitespace, stripChars, stripSpace } from '../text/string-ops.js';
import { typeOf, type MethodImpl } from '../values/builtin.js';
import { List } from '../values/list.js';
import { Tuple } from '../values/tuple.js';
import { None, StarlarkError } from '../values/value.js';
import { A, unpackPositional } from '../unpack.js';
import type { Thread } from '../thread.js';
import { int64 } from './string-args.js';

/** Go's strings.SplitN for a non-empty sep: at most n pieces when n > 0, all when n < 0. */
function splitSep(s: string, sep: string, n = -1): string[] {
  const out: string[] = [];
  let start = 0;
  while (n < 0 || out.length < n - 1) {
    const i = s.indexOf(sep, start);
    if (i < 0) break;
    out.push(s.slice(start, i));
    start = i + sep.length;
  }
  out.push(s.slice(start));
  return out;
}

/**
 * split and rsplit. Both report errors as "split: ...", whichever was called, and
 * rsplit with a separator splits everything and then glues the excess back together.
 */
const split: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  if (kwargs === null && args.length === 1 && name === 'split') {
    // The common s.split(sep).
    const sep = args[0];
    if (typeof sep === 'string' && sep !== '') return new List(splitSep(recv, sep));
  }
  const [sep, maxArg] = unpackPositional(name, args, kwargs, 0, A.value, int64);
  const maxsplit: number = maxArg ?? -1;
  let res: string[];
  if (sep === undefined || sep === None) {
    res = name === 'split' ? splitWhitespace(recv, maxsplit) : rsplitWhitespace(recv, maxsplit);
  } else if (typeof sep === 'string') {
    if (sep === '') throw new StarlarkError('split: empty separator');
    if (maxsplit < 0) {
      res = splitSep(recv, sep);
    } else if (name === 'split') {
      res = splitSep(recv, sep, maxsplit + 1);
    } else {
      res = splitSep(recv, sep);
      const excess = res.length - maxsplit;
      if (excess > 0) res = [res.slice(0, excess).join(sep), ...res.slice(excess)];
    }
  } else {
    throw new StarlarkError(`split: got ${typeOf(sep)} for separator, want string`);
  }
  return new List(res);
};

/** splitlines: "\n" only (starlark-go does not treat "\r" or other breaks as line ends). */
const splitlines: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  const [keepends] = unpackPositional(name, args, kwargs, 0, A.bool);
  if (recv === '') return new List([]);
  const lines = splitSep(recv, '\n');
  if (keepends) for (let i = 0; i < lines.length - 1; i++) lines[i] += '\n';
  if (recv.endsWith('\n')) lines.pop();
  return new List(lines);
};

const join: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  const [iterable] = unpackPositional(name, args, kwargs, 1, A.iterable);
  if (iterable instanceof List || iterable instanceof Tuple) {
    const elems = iterable.elems;
    for (let i = 0; i < elems.length; i++) {
      const x = elems[i];
      if (typeof x !== 'string') throw new StarlarkError(`join: in list, want string, got ${typeOf(x)}`);
    }
    return elems.length === 1 ? (elems[0] as string) : (elems as string[]).join(recv);
  }
  const it = iterate(iterable);
  const parts: string[] = [];
  try {
    for (let x = it.next(); x !== undefined; x = it.next()) {
      if (typeof x !== 'string') throw new StarlarkError(`join: in list, want string, got ${typeOf(x)}`);
      parts.push(x);
    }
  } finally {
    it.done();
  }
  return parts.join(recv);
};

/** strip, lstrip, rstrip: chars must be a string (not None); "" means whitespace. */
const strip: MethodImpl = (_t: Thread, recv: string, args, kwargs, name) => {
  const [chars] = unpackPositional(name, args, kwargs, 0, A.string);
  const left = name !== 'rstrip';
  const right = name !== 'lstrip';
  return chars ? stripChars(recv, chars, left, right) : stripSpace(recv, left, right);
};

export const splitMethods: Record<string, MethodImpl> = {
  join,
  lstrip: strip,
  rsplit: split,
  rstrip: strip,
  split,
  splitlines,
  strip,
};
