// v1alpha1's nested spec constructors (reference §1.14): every parameter is optional; the
// given ones become a frozen dict that also carries the converted spec. Anything that
// takes one of these also takes a plain dict with the same keys.
//
// Tilt generates these from the API types, and the generator's gaps are visible: a few
// constructors take a parameter their own type then rejects (probe(handler=...),
// pod_log_stream_template_spec(since_time=...), start_on_spec(start_after=...) all fail
// with "Unexpected attribute name"). tiltjs keeps that behaviour.

import { Dict } from '../../../src/starlark/values/dict.js';
import type { Builtin } from '../../../src/starlark/values/builtin.js';
import { T, defineBuiltin, type Conv } from '../../kit/index.js';
import type { Value } from '../../../src/starlark/values/value.js';
import { NESTED, unpackSpec, type FieldDef, type FieldType } from './fields.js';
import { SpecDict } from './spec-dict.js';

type FieldRow = [key: string, json: string, type: FieldType];

interface Row {
  fn: string;
  kind: string;
  params: string[];
  fields: FieldRow[];
}

const S = 'string';
const I = 'int32';
const nested = (kind: string): FieldType => ({ nested: kind });
const list = (kind: string): FieldType => ({ list: kind });

/** Fields whose dict key is the parameter name and whose JSON key is its camelCase form. */
function same(params: string[], types: Record<string, FieldType>): FieldRow[] {
  return params.filter((p) => p in types).map((p) => [p, camel(p), types[p]]);
}

function camel(snake: string): string {
  return snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

const ROWS: Row[] = [
  { fn: 'config_map_disable_source', kind: 'ConfigMapDisableSource', params: ['name', 'key'], fields: same(['name', 'key'], { name: S, key: S }) },
  {
    fn: 'disable_source',
    kind: 'DisableSource',
    params: ['config_map', 'every_config_map'],
    fields: same(['config_map', 'every_config_map'], { config_map: nested('ConfigMapDisableSource'), every_config_map: list('ConfigMapDisableSource') }),
  },
  { fn: 'exec_action', kind: 'ExecAction', params: ['command'], fields: same(['command'], { command: 'stringList' }) },
  {
    fn: 'forward',
    kind: 'Forward',
    params: ['local_port', 'container_port', 'host', 'name', 'path'],
    fields: same(['local_port', 'container_port', 'host', 'name', 'path'], { local_port: I, container_port: I, host: S, name: S, path: S }),
  },
  {
    fn: 'http_get_action',
    kind: 'HTTPGetAction',
    params: ['path', 'port', 'host', 'scheme', 'http_headers'],
    fields: same(['path', 'port', 'host', 'scheme', 'http_headers'], { path: S, port: I, host: S, scheme: S, http_headers: list('HTTPHeader') }),
  },
  { fn: 'http_header', kind: 'HTTPHeader', params: ['name', 'value'], fields: same(['name', 'value'], { name: S, value: S }) },
  {
    fn: 'handler',
    kind: 'Handler',
    params: ['exec', 'http_get', 'tcp_socket'],
    fields: same(['exec', 'http_get', 'tcp_socket'], { exec: nested('ExecAction'), http_get: nested('HTTPGetAction'), tcp_socket: nested('TCPSocketAction') }),
  },
  { fn: 'ignore_def', kind: 'IgnoreDef', params: ['base_path', 'patterns'], fields: same(['base_path', 'patterns'], { base_path: 'path', patterns: 'stringList' }) },
  {
    fn: 'kubernetes_apply_cmd',
    kind: 'KubernetesApplyCmd',
    params: ['args', 'dir', 'env'],
    fields: same(['args', 'dir', 'env'], { args: 'stringList', dir: 'path', env: 'stringList' }),
  },
  {
    fn: 'kubernetes_discovery_template_spec',
    kind: 'KubernetesDiscoveryTemplateSpec',
    params: ['extra_selectors'],
    fields: same(['extra_selectors'], { extra_selectors: list('LabelSelector') }),
  },
  {
    fn: 'kubernetes_image_locator',
    kind: 'KubernetesImageLocator',
    params: ['object_selector', 'path', 'object'],
    fields: same(['object_selector', 'path', 'object'], {
      object_selector: nested('ObjectSelector'),
      path: S,
      object: nested('KubernetesImageObjectDescriptor'),
    }),
  },
  {
    fn: 'kubernetes_image_object_descriptor',
    kind: 'KubernetesImageObjectDescriptor',
    params: ['repo_field', 'tag_field'],
    fields: same(['repo_field', 'tag_field'], { repo_field: S, tag_field: S }),
  },
  {
    fn: 'kubernetes_watch_ref',
    kind: 'KubernetesWatchRef',
    params: ['uid', 'namespace', 'name'],
    fields: same(['uid', 'namespace', 'name'], { uid: S, namespace: S, name: S }),
  },
  {
    fn: 'label_selector',
    kind: 'LabelSelector',
    params: ['match_labels', 'match_expressions'],
    fields: same(['match_labels', 'match_expressions'], { match_labels: 'stringMap', match_expressions: list('LabelSelectorRequirement') }),
  },
  {
    fn: 'label_selector_requirement',
    kind: 'LabelSelectorRequirement',
    params: ['key', 'operator', 'values'],
    fields: same(['key', 'operator', 'values'], { key: S, operator: S, values: 'stringList' }),
  },
  {
    fn: 'object_selector',
    kind: 'ObjectSelector',
    params: ['api_version_regexp', 'kind_regexp', 'name_regexp', 'namespace_regexp'],
    fields: same(['api_version_regexp', 'kind_regexp', 'name_regexp', 'namespace_regexp'], {
      api_version_regexp: S,
      kind_regexp: S,
      name_regexp: S,
      namespace_regexp: S,
    }),
  },
  {
    fn: 'pod_log_stream_template_spec',
    kind: 'PodLogStreamTemplateSpec',
    params: ['since_time', 'only_containers', 'ignore_containers'],
    fields: same(['only_containers', 'ignore_containers'], { only_containers: 'stringList', ignore_containers: 'stringList' }),
  },
  { fn: 'port_forward_template_spec', kind: 'PortForwardTemplateSpec', params: ['forwards'], fields: same(['forwards'], { forwards: list('Forward') }) },
  {
    fn: 'probe',
    kind: 'Probe',
    params: ['handler', 'initial_delay_seconds', 'timeout_seconds', 'period_seconds', 'success_threshold', 'failure_threshold'],
    fields: [
      ['exec', 'exec', nested('ExecAction')],
      ['http_get', 'httpGet', nested('HTTPGetAction')],
      ['tcp_socket', 'tcpSocket', nested('TCPSocketAction')],
      ...same(['initial_delay_seconds', 'timeout_seconds', 'period_seconds', 'success_threshold', 'failure_threshold'], {
        initial_delay_seconds: I,
        timeout_seconds: I,
        period_seconds: I,
        success_threshold: I,
        failure_threshold: I,
      }),
    ],
  },
  {
    fn: 'restart_on_spec',
    kind: 'RestartOnSpec',
    params: ['file_watches', 'ui_buttons'],
    fields: same(['file_watches', 'ui_buttons'], { file_watches: 'stringList', ui_buttons: 'stringList' }),
  },
  { fn: 'start_on_spec', kind: 'StartOnSpec', params: ['start_after', 'ui_buttons'], fields: same(['ui_buttons'], { ui_buttons: 'stringList' }) },
  { fn: 'tcp_socket_action', kind: 'TCPSocketAction', params: ['port', 'host'], fields: same(['port', 'host'], { port: I, host: S }) },
  {
    fn: 'ui_bool_input_spec',
    kind: 'UIBoolInputSpec',
    params: ['default_value', 'true_string', 'false_string'],
    fields: same(['default_value', 'true_string', 'false_string'], { default_value: 'bool', true_string: S, false_string: S }),
  },
  { fn: 'ui_choice_input_spec', kind: 'UIChoiceInputSpec', params: ['choices'], fields: same(['choices'], { choices: 'stringList' }) },
  {
    fn: 'ui_component_location',
    kind: 'UIComponentLocation',
    params: ['component_id', 'component_type'],
    fields: [
      ['component_id', 'componentID', S],
      ['component_type', 'componentType', S],
    ],
  },
  { fn: 'ui_hidden_input_spec', kind: 'UIHiddenInputSpec', params: ['value'], fields: same(['value'], { value: S }) },
  {
    fn: 'ui_input_spec',
    kind: 'UIInputSpec',
    params: ['name', 'label', 'text', 'bool', 'hidden', 'choice'],
    fields: same(['name', 'label', 'text', 'bool', 'hidden', 'choice'], {
      name: S,
      label: S,
      text: nested('UITextInputSpec'),
      bool: nested('UIBoolInputSpec'),
      hidden: nested('UIHiddenInputSpec'),
      choice: nested('UIChoiceInputSpec'),
    }),
  },
  {
    fn: 'ui_text_input_spec',
    kind: 'UITextInputSpec',
    params: ['default_value', 'placeholder'],
    fields: same(['default_value', 'placeholder'], { default_value: S, placeholder: S }),
  },
];

for (const r of ROWS) {
  const fields: Record<string, FieldDef> = {};
  for (const [key, json, type] of r.fields) fields[key] = { json, type };
  NESTED.set(r.kind, { kind: r.kind, params: r.params, fields });
}

function constructor(r: Row): Builtin {
  const params: Record<string, Conv<Value>> = {};
  for (const p of r.params) params[`${p}?`] = T.value;
  return defineBuiltin(`v1alpha1.${r.fn}`, params, (cx, a) => {
    const given = a as Record<string, Value | undefined>;
    const d = new Dict();
    for (const p of r.params) {
      const v = given[p];
      if (v !== undefined) d.setUnchecked(p, v);
    }
    const spec = unpackSpec(r.kind, d, cx);
    const out = new SpecDict(r.kind, spec);
    out.setAllUnchecked(d);
    out.freeze();
    return out;
  });
}

/** The nested constructors, keyed by their dotted global name. */
export const NESTED_CONSTRUCTORS: Record<string, Builtin> = Object.fromEntries(ROWS.map((r) => [`v1alpha1.${r.fn}`, constructor(r)]));
