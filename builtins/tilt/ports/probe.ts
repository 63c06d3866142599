// probe() and its actions (reference §1.7): struct-like values the engine turns into
// readiness checks. Zero means "engine default".

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { List } from '../../../src/starlark/values/list.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, goTypeName, type Conv } from '../../kit/index.js';
import type { ExecProbe } from '../../../src/model/index.js';
import { TypedStruct } from './typed-struct.js';

const int32: Conv<number> = (v, cx) => {
  const n = T.int(v, cx);
  if (n < -0x80000000 || n > 0x7fffffff) throw new StarlarkError(`value out of range for int32: ${n}`);
  return n;
};

function actionOrNone(typeName: string): Conv<TypedStruct | undefined> {
  return (v) => {
    if (v === None) return undefined;
    if (v instanceof TypedStruct && v.typeName === typeName) return v;
    throw new StarlarkError(`got ${goTypeName(v)}, want ${typeName}`);
  };
}

export const execActionBuiltin = defineBuiltin('exec_action', { command: T.stringList }, (_cx, a) =>
  new TypedStruct('ExecAction', new Map<string, Value>([['command', new List(a.command.map(fromHost))]])),
);

export const httpGetActionBuiltin = defineBuiltin(
  'http_get_action',
  { port: int32, 'host?': T.string, 'scheme?': T.string, 'path?': T.string },
  (_cx, a) =>
    new TypedStruct(
      'HTTPGetAction',
      new Map<string, Value>([
        ['host', fromHost(a.host ?? '')],
        ['port', a.port],
        ['scheme', fromHost((a.scheme ?? '').toUpperCase())],
        ['path', fromHost(a.path ?? '')],
      ]),
    ),
);

export const tcpSocketActionBuiltin = defineBuiltin('tcp_socket_action', { port: int32, 'host?': T.string }, (_cx, a) =>
  new TypedStruct('TCPSocketAction', new Map<string, Value>([['host', fromHost(a.host ?? '')], ['port', a.port]])),
);

export const probeBuiltin = defineBuiltin(
  'probe',
  {
    'initial_delay_secs?': int32,
    'timeout_secs?': int32,
    'period_secs?': int32,
    'success_threshold?': int32,
    'failure_threshold?': int32,
    'exec?': actionOrNone('ExecAction'),
    'http_get?': actionOrNone('HTTPGetAction'),
    'tcp_socket?': actionOrNone('TCPSocketAction'),
  },
  (_cx, a) => {
    const actions = [a.exec, a.http_get, a.tcp_socket].filter((x) => x !== undefined);
    if (actions.length !== 1) throw new StarlarkError('exactly one of exec, http_get, or tcp_socket must be specified');
    return new TypedStruct(
      'Probe',
      new Map<string, Value>([
        ['initial_delay_secs', a.initial_delay_secs ?? 0],
        ['timeout_secs', a.timeout_secs ?? 0],
        ['period_secs', a.period_secs ?? 0],
        ['success_threshold', a.success_threshold ?? 0],
        ['failure_threshold', a.failure_threshold ?? 0],
        ['exec', a.exec ?? None],
        ['http_get', a.http_get ?? None],
        ['tcp_socket', a.tcp_socket ?? None],
      ]),
    );
  },
);

function field(s: TypedStruct, name: string): Value {
  return s.fields.get(name) ?? None;
}

function num(v: Value): number {
  return typeof v === 'number' ? v : 0;
}

function text(v: Value): string {
  return typeof v === 'string' ? toHost(v) : '';
}

/** The model form of a Probe value. */
export function probeSpec(p: TypedStruct): ExecProbe {
  const spec: ExecProbe = {
    initialDelaySecs: num(field(p, 'initial_delay_secs')),
    timeoutSecs: num(field(p, 'timeout_secs')),
    periodSecs: num(field(p, 'period_secs')),
    successThreshold: num(field(p, 'success_threshold')),
    failureThreshold: num(field(p, 'failure_threshold')),
  };
  const exec = field(p, 'exec');
  const http = field(p, 'http_get');
  const tcp = field(p, 'tcp_socket');
  if (exec instanceof TypedStruct) {
    const cmd = field(exec, 'command');
    spec.exec = { command: cmd instanceof List ? cmd.elems.map(text) : [] };
  }
  if (http instanceof TypedStruct) {
    spec.httpGet = { host: text(field(http, 'host')), port: num(field(http, 'port')), scheme: text(field(http, 'scheme')), path: text(field(http, 'path')) };
  }
  if (tcp instanceof TypedStruct) spec.tcpSocket = { host: text(field(tcp, 'host')), port: num(field(tcp, 'port')) };
  return spec;
}

/** A readiness_probe argument: a Probe or None. */
export const probeOrNone: Conv<TypedStruct | undefined> = (v) => {
  if (v === None) return undefined;
  if (v instanceof TypedStruct && v.typeName === 'Probe') return v;
  throw new StarlarkError(`got ${goTypeName(v)}, want Probe`);
};
