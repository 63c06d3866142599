// The `port_forwards=` argument of k8s_resource (reference §6.1): an int, a
// '[host:]local[:container]' string, a port_forward value, or a sequence of those.

import { toHost } from '../../../grammar/utf8.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { None, type Value } from '../../../src/starlark/values/value.js';
import { goTypeName } from '../../kit/index.js';
import type { PortForward } from '../../../src/model/index.js';
import { PortForwardValue } from '../ports/port-forward.js';
import { goQuote, isSequence, sequenceValues } from './values.js';

export class PortForwardError extends Error {}

const IP = '(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])';
const HOSTNAME = '(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9])';
const VALID_HOST = new RegExp(`^${IP}$|^${HOSTNAME}$`);

function pf(localPort: number, containerPort = 0, host = ''): PortForward {
  return { localPort, containerPort, host, name: '', linkPath: '' };
}

function rangeError(v: string): PortForwardError {
  return new PortForwardError(`portForward port value ${v} is not in the valid range [0-65535]`);
}

function fromInt(v: number | bigint): PortForward {
  if (typeof v === 'bigint') {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
      throw new PortForwardError(`portForward port value ${v} is not representable as an int64`);
    }
    throw rangeError(String(v));
  }
  if (v < 0 || v > 65535) throw rangeError(String(v));
  return pf(v);
}

/** Go's strconv.Atoi over a port, or null. */
function atoi(s: string): number | null {
  return /^[+-]?\d+$/.test(s) ? Number(s) : null;
}

function port(s: string): number {
  const n = atoi(s);
  if (n === null || n < 0 || n > 65535) throw rangeError(goQuote(s));
  return n;
}

function fromString(s: string): PortForward {
  const all = s.split(':');
  const parts = all.length > 3 ? [all[0], all[1], all.slice(2).join(':')] : all;
  let host = '';
  let local: string;
  if (parts.length === 3) {
    host = parts[0];
    local = parts[1];
    if (!VALID_HOST.test(host)) throw new PortForwardError(`portForward host value ${goQuote(local)} is not a valid hostname or IP address`);
  } else local = parts[0];
  const localPort = port(local);
  const containerPort = parts.length > 1 ? port(parts[parts.length - 1]) : 0;
  return pf(localPort, containerPort, host);
}

function one(v: Value): PortForward | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return fromInt(v);
  if (typeof v === 'string') return fromString(toHost(v));
  if (v instanceof PortForwardValue) return { ...v.pf };
  return undefined;
}

/** Converts a port_forwards= value; errors are PortForwardError with Tilt's text (unprefixed). */
export function toPortForwards(v: Value | undefined): PortForward[] {
  if (v === undefined || v === None) return [];
  const single = one(v);
  if (single) return [single];
  if (!isSequence(v)) {
    throw new PortForwardError(`port_forwards must be an int, a port_forward, or a sequence of those; is a ${goTypeName(v)}`);
  }
  return sequenceValues(v).map((e) => {
    const r = one(e);
    if (!r) {
      throw new PortForwardError(
        `port_forwards arg ${toHost(repr(v))} includes element ${toHost(repr(e))} which must be an int or a port_forward; is a ${goTypeName(e)}`,
      );
    }
    return r;
  });
}
