// Ports, links and probes: port_forward(), link(), probe(), exec_action(),
// http_get_action(), tcp_socket_action().

import type { TiltPlugin } from '../../kit/index.js';
import { linkBuiltin } from './link.js';
import { portForwardBuiltin } from './port-forward.js';
import { execActionBuiltin, httpGetActionBuiltin, probeBuiltin, tcpSocketActionBuiltin } from './probe.js';

export { toLinks, makeLink, normalizeUrl } from './link.js';
export { probeSpec, probeOrNone } from './probe.js';
export { TypedStruct } from './typed-struct.js';
export { PortForwardValue } from './port-forward.js';

export const portsPlugin: TiltPlugin = {
  name: 'ports',
  globals: {
    port_forward: portForwardBuiltin,
    link: linkBuiltin,
    probe: probeBuiltin,
    exec_action: execActionBuiltin,
    http_get_action: httpGetActionBuiltin,
    tcp_socket_action: tcpSocketActionBuiltin,
  },
};
