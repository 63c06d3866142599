// v1alpha1's registering constructors (reference §1.14): name, labels, annotations, then
// the spec fields in Go's order. Each validates its object and registers it; they
// return None. Relative paths resolve against the directory of the executing file.

import { toHost } from '../../../grammar/utf8.js';
import { typeOf, type Builtin } from '../../../src/starlark/values/builtin.js';
import { StarlarkError } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, type CallContext, type Conv } from '../../kit/index.js';
import { formatDuration, parseDuration } from './duration.js';
import { stringList, unpackSpec, unpackSpecList } from './fields.js';
import type { Spec, SpecValue } from './spec-dict.js';
import { apiObjects } from './state.js';

type FieldConv = Conv<SpecValue | undefined>;

/** A field: its parameter name, converter, and key in the spec (undefined results are left out). */
type Field = [param: string, conv: FieldConv, json: string];

const str: FieldConv = (v, cx) => T.string(v, cx);
const bool: FieldConv = (v, cx) => T.bool(v, cx);
const strings: FieldConv = (v) => nonEmpty(stringList(v));
const stringMap: FieldConv = (v, cx) => T.stringMap(v, cx);
const path: FieldConv = (v, cx) => T.path(v, cx);
const paths: FieldConv = (v, cx) => nonEmpty(T.pathList(v, cx));
const spec = (kind: string): FieldConv => (v, cx) => unpackSpec(kind, v, cx);
const specs = (kind: string): FieldConv => (v, cx) => nonEmpty(unpackSpecList(kind, v, cx));
const duration: FieldConv = (v) => {
  if (typeof v !== 'string') throw new StarlarkError(`Expected string. Got: ${typeOf(v)}`);
  return formatDuration(parseDuration(toHost(v)));
};

function nonEmpty<T>(xs: T[]): T[] | undefined {
  return xs.length > 0 ? xs : undefined;
}

interface Kind {
  fn: string;
  kind: string;
  fields: Field[];
  /** spec values set when the argument is absent */
  defaults?: (cx: CallContext) => Spec;
}

const KINDS: Kind[] = [
  {
    fn: 'cmd',
    kind: 'Cmd',
    fields: [
      ['args', strings, 'args'],
      ['dir', path, 'dir'],
      ['env', strings, 'env'],
      ['readiness_probe', spec('Probe'), 'readinessProbe'],
      ['restart_on', spec('RestartOnSpec'), 'restartOn'],
      ['start_on', spec('StartOnSpec'), 'startOn'],
      ['disable_source', spec('DisableSource'), 'disableSource'],
    ],
    defaults: (cx) => ({ dir: cx.load.currentDir }),
  },
  { fn: 'config_map', kind: 'ConfigMap', fields: [['data', stringMap, 'data']] },
  {
    fn: 'extension',
    kind: 'Extension',
    fields: [
      ['repo_name', str, 'repoName'],
      ['repo_path', str, 'repoPath'],
      ['args', strings, 'args'],
    ],
  },
  {
    fn: 'extension_repo',
    kind: 'ExtensionRepo',
    fields: [
      ['url', str, 'url'],
      ['ref', str, 'ref'],
      ['load_host', str, 'loadHost'],
      ['git_subpath', str, 'gitSubpath'],
    ],
  },
  {
    fn: 'file_watch',
    kind: 'FileWatch',
    fields: [
      ['watched_paths', paths, 'watchedPaths'],
      ['ignores', specs('IgnoreDef'), 'ignores'],
      ['disable_source', spec('DisableSource'), 'disableSource'],
    ],
  },
  {
    fn: 'kubernetes_apply',
    kind: 'KubernetesApply',
    fields: [
      ['yaml', str, 'yaml'],
      ['image_maps', strings, 'imageMaps'],
      ['image_locators', specs('KubernetesImageLocator'), 'imageLocators'],
      ['timeout', duration, 'timeout'],
      ['kubernetes_discovery_template_spec', spec('KubernetesDiscoveryTemplateSpec'), 'kubernetesDiscoveryTemplateSpec'],
      ['port_forward_template_spec', spec('PortForwardTemplateSpec'), 'portForwardTemplateSpec'],
      ['pod_log_stream_template_spec', spec('PodLogStreamTemplateSpec'), 'podLogStreamTemplateSpec'],
      ['discovery_strategy', str, 'discoveryStrategy'],
      ['disable_source', spec('DisableSource'), 'disableSource'],
      ['apply_cmd', spec('KubernetesApplyCmd'), 'applyCmd'],
      ['restart_on', spec('RestartOnSpec'), 'restartOn'],
      ['delete_cmd', spec('KubernetesApplyCmd'), 'deleteCmd'],
      ['cluster', str, 'cluster'],
      ['server_side_apply', str, 'serverSideApply'],
    ],
    defaults: () => ({ timeout: '0s' }),
  },
  {
    fn: 'kubernetes_discovery',
    kind: 'KubernetesDiscovery',
    fields: [
      ['watches', specs('KubernetesWatchRef'), 'watches'],
      ['extra_selectors', specs('LabelSelector'), 'extraSelectors'],
      ['port_forward_template_spec', spec('PortForwardTemplateSpec'), 'portForwardTemplateSpec'],
      ['pod_log_stream_template_spec', spec('PodLogStreamTemplateSpec'), 'podLogStreamTemplateSpec'],
      ['cluster', str, 'cluster'],
    ],
  },
  {
    fn: 'ui_button',
    kind: 'UIButton',
    fields: [
      ['location', spec('UIComponentLocation'), 'location'],
      ['text', str, 'text'],
      ['icon_name', str, 'iconName'],
      ['icon_svg', str, 'iconSVG'],
      ['disabled', bool, 'disabled'],
      ['requires_confirmation', bool, 'requiresConfirmation'],
      ['show_inputs_as_modal', bool, 'showInputsAsModal'],
      ['inputs', specs('UIInputSpec'), 'inputs'],
    ],
    defaults: () => ({ location: {} }),
  },
];

function constructor(k: Kind): Builtin {
  const params: Record<string, Conv<unknown>> = { name: T.string, 'labels?': T.stringMap, 'annotations?': T.stringMap };
  for (const [param, conv] of k.fields) params[`${param}?`] = conv;
  return defineBuiltin(`v1alpha1.${k.fn}`, params, (cx, a) => {
    const given = a as Record<string, unknown>;
    const s: Spec = k.defaults?.(cx) ?? {};
    for (const [param, , json] of k.fields) {
      const v = given[param] as SpecValue | undefined;
      if (v !== undefined) s[json] = v;
    }
    apiObjects(cx.load).register({
      kind: k.kind,
      name: given.name as string,
      labels: (given.labels as Record<string, string> | undefined) ?? {},
      annotations: (given.annotations as Record<string, string> | undefined) ?? {},
      spec: s,
    });
  });
}

/** The registering constructors, keyed by their dotted global name. */
export const OBJECT_CONSTRUCTORS: Record<string, Builtin> = Object.fromEntries(KINDS.map((k) => [`v1alpha1.${k.fn}`, constructor(k)]));
