// The `extra_pod_selectors=` argument of k8s_resource: a dict of labels, or a list of such
// dicts; a pod matches when it has every label of any one set. Empty dicts are dropped.

import { toHost } from '../../../grammar/utf8.js';
import { Dict } from '../../../src/starlark/values/dict.js';
import { List } from '../../../src/starlark/values/list.js';
import { repr } from '../../../src/starlark/values/repr.js';
import { StarlarkError, type Value } from '../../../src/starlark/values/value.js';
import { goTypeName } from '../../kit/index.js';

function labelSet(d: Dict): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [k, v] of d.entries()) {
    if (typeof k !== 'string') throw new StarlarkError(`pod label keys must be strings; got '${repr(k)}' of type ${goTypeName(k)}`);
    if (typeof v !== 'string') throw new StarlarkError(`pod label values must be strings; got '${repr(v)}' of type ${goTypeName(v)}`);
    out[toHost(k)] = toHost(v);
  }
  return Object.keys(out).length > 0 ? out : null;
}

export function toPodSelectors(v: Value | undefined): Record<string, string>[] {
  if (v === undefined) return [];
  if (v instanceof Dict) {
    const s = labelSet(v);
    return s ? [s] : [];
  }
  if (v instanceof List) {
    const out: Record<string, string>[] = [];
    for (const e of v.elems) {
      if (!(e instanceof Dict)) throw new StarlarkError(`pod labels elements must be dicts; got ${goTypeName(e)}`);
      const s = labelSet(e);
      if (s) out.push(s);
    }
    return out;
  }
  throw new StarlarkError(`pod labels must be a dict or a list; got ${goTypeName(v)}`);
}
