// The structured-data builtins (reference §1.8): read_json, decode_json, encode_json,
// read_yaml, read_yaml_stream, decode_yaml, decode_yaml_stream, encode_yaml,
// encode_yaml_stream. Parameter names follow Tilt's Go unpackers (`paths`, `json`,
// `yaml`, `obj`, `objs`).

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { List } from '../../../src/starlark/values/list.js';
import { None, StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { Blob, PathValue, T, defineBuiltin, type CallContext, type Conv, type TiltPlugin } from '../../kit/index.js';
import { readRecorded } from '../files/read.js';
import { toGoData, type GoData } from './go-data.js';
import { decodeGoJson, encodeGoJson } from './json-codec.js';
import { decodeYamlStream, YamlError } from './yaml-decode.js';
import { encodeYamlDocument } from './yaml-emit.js';

export { toGoData, GoFloat, type GoData } from './go-data.js';
export { decodeGoJson, encodeGoJson } from './json-codec.js';
export { decodeYamlStream } from './yaml-decode.js';
export { encodeYamlDocument } from './yaml-emit.js';

/** A str or blob as a byte string (Tilt's value.Stringable, with its message). */
export const stringableBytes: Conv<string> = (v) => {
  if (typeof v === 'string') return v;
  if (v instanceof Blob) return v.text;
  throw new StarlarkError(`Value should be convertible to string, but is type ${typeOf(v)}`);
};

/** A path parameter, with the text it was written as (error messages quote it). */
const pathArg: Conv<{ abs: string; written: string }> = (v, cx) => {
  if (v instanceof PathValue) return { abs: v.path, written: v.path };
  const abs = T.path(v, cx);
  return { abs, written: toHost(v as string) };
};

/** Starlark value → Go data, with the prefix Tilt's encoders add. */
function encodable(obj: Value): GoData {
  try {
    return toGoData(obj);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`error converting object from starlark: ${e.msg}`);
    throw e;
  }
}

function from(source: string): string {
  return source === '' ? '' : ` from ${source}`;
}

/** JSON text (bytes) → Starlark, failing with "error parsing JSON[ from SOURCE]: ...". */
export function jsonToStarlark(text: string, source: string): Value {
  try {
    return decodeGoJson(text);
  } catch (e) {
    if (e instanceof StarlarkError) throw e;
    throw new StarlarkError(fromHost(`error parsing JSON${from(source)}: `) + (e as Error).message);
  }
}

/** A YAML stream (bytes) → list of documents, failing with "error parsing YAML[ from SOURCE]: ...". */
export function yamlToStarlarkList(text: string, source: string): List {
  try {
    return new List(decodeYamlStream(text));
  } catch (e) {
    if (e instanceof YamlError) throw new StarlarkError(fromHost(`error parsing YAML${from(source)}: ${e.message}`));
    throw e;
  }
}

function singleDocument(l: List): Value {
  // No documents at all is an empty document: null.
  if (l.elems.length === 0) return None;
  if (l.elems.length === 1) return l.elems[0];
  throw new StarlarkError(
    'expected a yaml document but found a yaml stream (documents separated by `---`). use decode_yaml_stream instead to decode a yaml stream',
  );
}

function yamlDocText(obj: Value): string {
  const d = encodable(obj);
  try {
    return encodeYamlDocument(d);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`error serializing object to yaml: ${e.msg}`);
    throw e;
  }
}

const readJson = defineBuiltin('read_json', { paths: pathArg, 'default?': T.value }, (cx, a) => {
  const r = readRecorded(cx.load, a.paths.abs);
  if (!r.ok) {
    if (r.missing && a.default !== undefined) return a.default;
    throw new StarlarkError(r.error);
  }
  return jsonToStarlark(r.text, a.paths.written);
});

const decodeJson = defineBuiltin('decode_json', { json: stringableBytes }, (_cx, a) => jsonToStarlark(a.json, ''));

const encodeJson = defineBuiltin('encode_json', { obj: T.value }, (_cx, a) => {
  const d = encodable(a.obj);
  try {
    return encodeGoJson(d);
  } catch (e) {
    if (e instanceof StarlarkError) throw new StarlarkError(`error serializing object to json: ${e.msg}`);
    throw e;
  }
});

/** read_yaml's paths must be a plain str (Go declares it starlark.String). */
function readYamlList(cx: CallContext, paths: string, dflt: List | undefined): List {
  const abs = cx.load.absPath(paths);
  const r = readRecorded(cx.load, abs);
  if (!r.ok) {
    if (r.missing && dflt !== undefined) return dflt;
    throw new StarlarkError(r.error);
  }
  return yamlToStarlarkList(r.text, paths);
}

const readYaml = defineBuiltin('read_yaml', { paths: T.string, 'default?': T.value }, (cx, a) =>
  singleDocument(readYamlList(cx, a.paths, a.default === undefined ? undefined : new List([a.default]))),
);

const readYamlStream = defineBuiltin('read_yaml_stream', { paths: T.string, 'default?': T.list }, (cx, a) =>
  readYamlList(cx, a.paths, a.default),
);

const decodeYaml = defineBuiltin('decode_yaml', { yaml: stringableBytes }, (_cx, a) => singleDocument(yamlToStarlarkList(a.yaml, '')));

const decodeYamlStreamBuiltin = defineBuiltin('decode_yaml_stream', { yaml: stringableBytes }, (_cx, a) =>
  yamlToStarlarkList(a.yaml, ''),
);

const encodeYaml = defineBuiltin('encode_yaml', { obj: T.value }, (_cx, a) => new Blob(yamlDocText(a.obj), 'encode_yaml'));

const encodeYamlStream = defineBuiltin('encode_yaml_stream', { objs: T.list }, (_cx, a) =>
  new Blob(a.objs.elems.map(yamlDocText).join('---\n'), 'encode_yaml_stream'),
);

export const dataPlugin: TiltPlugin = {
  name: 'data',
  globals: {
    read_json: readJson,
    decode_json: decodeJson,
    encode_json: encodeJson,
    read_yaml: readYaml,
    read_yaml_stream: readYamlStream,
    decode_yaml: decodeYaml,
    decode_yaml_stream: decodeYamlStreamBuiltin,
    encode_yaml: encodeYaml,
    encode_yaml_stream: encodeYamlStream,
  },
};
