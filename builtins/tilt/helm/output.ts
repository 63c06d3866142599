// Post-processing of `helm template` output (reference §1.3): chart test documents are
// dropped, helm 3.0 gets the chart's CRDs appended, and with a namespace every object
// that has none gets it (helm only passes the namespace to templates).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import yaml from 'js-yaml';

const SEPARATOR = '---\n';
const TEST_SOURCE = /^# Source: .*\/tests\//;

/** Drops the documents helm rendered from a chart's tests/ directory. */
export function dropTestDocuments(text: string): string {
  return text
    .split(SEPARATOR)
    .filter((doc) => !doc.split('\n').some((line) => TEST_SOURCE.test(line)))
    .join(SEPARATOR);
}

/** The YAML files under <chart>/crds, in lexical walk order (helm 3.0 omits them). */
export function chartCrds(chartDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && ['.yaml', '.yml'].includes(extname(p).toLowerCase())) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(chartDir, 'crds'));
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Gives every object without a namespace the release namespace and re-serialises the
 * stream (as Tilt does, with sorted keys and without helm's comments).
 */
export function injectNamespace(text: string, namespace: string): string {
  const docs = yaml.loadAll(text).filter((d) => d !== null && d !== undefined);
  return docs
    .map((doc) => {
      if (isRecord(doc)) {
        if (!isRecord(doc.metadata)) doc.metadata = {};
        const meta = doc.metadata as Record<string, unknown>;
        if (typeof meta.namespace !== 'string' || meta.namespace === '') meta.namespace = namespace;
      }
      return yaml.dump(doc, { sortKeys: true, lineWidth: -1, noRefs: true }).trimEnd();
    })
    .join('\n---\n')
    .concat(docs.length > 0 ? '\n' : '');
}
