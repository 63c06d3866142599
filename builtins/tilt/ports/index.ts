// Ports, links and probes: link(), probe(), exec_action(), http_get_action(),
// tcp_socket_action() (port_forward() joins when the Kubernetes plugin lands).

import type { TiltPlugin } from '../../kit/index.js';
import { linkBuiltin } from './link.js';
import { execActionBuiltin, httpGetActionBuiltin, probeBuiltin, tcpSocketActionBuiltin } from './probe.js';

export { toLinks, makeLink, normalizeUrl } from './link.js';
export { probeSpec, probeOrNone } from './probe.js';
export { TypedStruct } from './typed-struct.js';

export const portsPlugin: TiltPlugin = {
  name: 'ports',
  globals: {
    link: linkBuiltin,
    probe: probeBuiltin,
    exec_action: execActionBuiltin,
    http_get_action: httpGetActionBuiltin,
    tcp_socket_action: tcpSocketActionBuiltin,
  },
};
