// port_forward(local_port, container_port=0, name='', link_path='', host='') and the
// `port_forward` value it returns (reference §1.7, §6.1).

import { fromHost } from '../../../grammar/utf8.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import { StarObject, StarlarkError, type HashKey } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin } from '../../kit/index.js';
import type { PortForward } from '../../../src/model/index.js';

export class PortForwardValue extends StarObject {
  readonly typeName = 'port_forward';
  constructor(readonly pf: PortForward) {
    super();
  }
  writeRepr(out: string[]): void {
    const p = this.pf;
    out.push(`port_forward(local_port=${p.localPort}, container_port=${p.containerPort}, name=${quoteString(fromHost(p.name))})`);
  }
  override truth(): boolean {
    const p = this.pf;
    return p.localPort !== 0 || p.containerPort !== 0 || p.host !== '' || p.name !== '' || p.linkPath !== '';
  }
  override hashKey(): HashKey {
    throw new StarlarkError('unhashable type: port_forward');
  }
}

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** Go's url.Parse failures that a link path can hit (bad % escapes, a colon in the first segment). */
export function urlParseError(raw: string): string | null {
  const badEscape = (s: string): string | null => {
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== '%') continue;
      if (!isHex(s[i + 1]) || !isHex(s[i + 2])) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      i += 2;
    }
    return null;
  };
  const hash = raw.indexOf('#');
  const beforeFragment = hash >= 0 ? raw.slice(0, hash) : raw;
  if (hash >= 0) {
    const e = badEscape(raw.slice(hash + 1));
    if (e) return `parse ${JSON.stringify(raw)}: ${e}`;
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(beforeFragment);
  if (beforeFragment.startsWith(':')) return `parse ${JSON.stringify(raw)}: missing protocol scheme`;
  let rest = scheme ? beforeFragment.slice(scheme[0].length) : beforeFragment;
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  if (scheme && !rest.startsWith('/')) return null;
  if (!scheme && !rest.startsWith('/') && rest.split('/')[0].includes(':')) {
    return `parse ${JSON.stringify(raw)}: first path segment in URL cannot contain colon`;
  }
  const e = badEscape(rest);
  return e ? `parse ${JSON.stringify(raw)}: ${e}` : null;
}

export const portForwardBuiltin = defineBuiltin(
  'port_forward',
  { local_port: T.int, 'container_port?': T.int, 'name?': T.string, 'link_path?': T.string, 'host?': T.string },
  (_cx, a) => {
    const linkPath = a.link_path ?? '';
    if (linkPath !== '') {
      const err = urlParseError(linkPath);
      if (err) throw new StarlarkError(fromHost(`parsing \`path\` param: ${err}`));
    }
    return new PortForwardValue({
      localPort: a.local_port,
      containerPort: a.container_port ?? 0,
      host: a.host ?? '',
      name: a.name ?? '',
      linkPath,
    });
  },
);
