// link(url, name='') and the conversion of `links=` arguments (reference §1.7, §3.9).

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { Struct } from '../../../builtins/universe/index.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, sequenceElems } from '../../kit/index.js';
import type { Link } from '../../../src/model/index.js';

/** Adds http:// when Go's URL parser would find no scheme; fails where Go's parser fails. */
export function normalizeUrl(url: string): string {
  if (url === '') throw new StarlarkError('validating URL "": url empty');
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (m) return url;
  if (url.startsWith(':')) throw new StarlarkError(fromHost(`parse ${JSON.stringify(url)}: missing protocol scheme`));
  const firstSegment = url.split('/')[0];
  if (firstSegment.includes(':')) {
    throw new StarlarkError(fromHost(`parse ${JSON.stringify(url)}: first path segment in URL cannot contain colon`));
  }
  return `http://${url}`;
}

export function makeLink(url: string, name: string): Struct {
  return new Struct('struct', [
    ['name', fromHost(name)],
    ['url', fromHost(normalizeUrl(url))],
  ]);
}

export const linkBuiltin = defineBuiltin('link', { url: T.string, 'name?': T.string }, (_cx, a) => makeLink(a.url, a.name ?? ''));

function toLink(v: Value): Link {
  if (typeof v === 'string') return { url: normalizeUrl(toHost(v)), name: '' };
  if (v instanceof Struct) {
    const url = v.fields.get('url');
    const name = v.fields.get('name');
    if (typeof url === 'string') return { url: toHost(url), name: typeof name === 'string' ? toHost(name) : '' };
  }
  throw new StarlarkError(`Want a string, a link, or a sequence of these; found ${typeOf(v)}`);
}

/** A `links=` argument: a string, a link, or a list/tuple of them; None is empty. */
export function toLinks(v: Value): Link[] {
  if (v === undefined) return [];
  const elems = sequenceElems(v);
  if (elems) return elems.map(toLink);
  if (typeOf(v) === 'NoneType') return [];
  return [toLink(v)];
}
