// helm(): version parsing, output post-processing, and the command line it runs (against
// a scripted helm).

import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { dropTestDocuments, injectNamespace } from '../../../../builtins/tilt/helm/output.js';
import { parseHelmVersion } from '../../../../builtins/tilt/helm/version.js';
import { fakeHost, load, ok, tempProject } from '../fake-host.js';

describe('parseHelmVersion', () => {
  it('knows helm 3.0, later 3.x and 4.x', () => {
    expect(parseHelmVersion('v3.0.0\n')).toBe('v3.0');
    expect(parseHelmVersion('v3.1.0')).toBe('v3.1+');
    expect(parseHelmVersion('3.15.2')).toBe('v3.1+');
    expect(parseHelmVersion('v4.0.0+g99cd196')).toBe('v3.1+');
  });

  it('reads the last line when helm warns first', () => {
    const out = 'WARNING: Kubernetes configuration file is group-readable. This is insecure.\nv3.3.3+g55e3ca0\n';
    expect(parseHelmVersion(out)).toBe('v3.1+');
  });

  it('rejects helm 2 and anything else', () => {
    expect(parseHelmVersion('Client: v2.12.3geecf22f')).toEqual({ error: 'could not parse Helm version from string: "Client: v2.12.3geecf22f"' });
    expect(parseHelmVersion('vx.1.2')).toEqual({ error: 'could not parse Helm version from string: "vx.1.2"' });
  });
});

describe('helm output', () => {
  const rendered = [
    '---\n# Source: app/templates/svc.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: app\n',
    '---\n# Source: app/templates/tests/test-connection.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: app-test\n',
    '---\n# Source: app/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: other\n',
  ].join('');

  it('drops documents rendered from tests/', () => {
    const out = dropTestDocuments(rendered);
    expect(out).not.toContain('app-test');
    expect(out).toContain('name: app\n');
    expect(out).toContain('name: cfg\n');
  });

  it('gives objects without a namespace the release namespace', () => {
    const docs = yaml.loadAll(injectNamespace(dropTestDocuments(rendered), 'garnet')) as { metadata: { name: string; namespace: string } }[];
    expect(docs.map((d) => [d.metadata.name, d.metadata.namespace])).toEqual([
      ['app', 'garnet'],
      ['cfg', 'other'],
    ]);
  });
});

describe('helm()', () => {
  const files = { 'chart/Chart.yaml': 'name: app\nversion: 0.1.0\n', 'values.yaml': 'a: 1\n' };

  it('runs helm template with the options in Tilt order', () => {
    const dir = tempProject({ ...files, Tiltfile: "helm('chart', name='rel', namespace='ns', values='values.yaml', set=['a=2'], kube_version='1.30', skip_crds=True)\n" });
    const host = fakeHost((argv) => (argv[1] === 'version' ? ok('v3.14.0') : ok('kind: ConfigMap\nmetadata:\n  name: x\n')), {}, ['helm']);
    const r = load(dir, host);
    expect(r.error).toBeNull();
    expect(host.calls.map((c) => c.argv)).toEqual([
      ['helm', 'version', '--client', '--short'],
      ['helm', 'template', 'rel', `${dir}/chart`, '--namespace', 'ns', '--kube-version', '1.30', '--values', 'values.yaml', '--set', 'a=2'],
    ]);
    expect(host.calls[1].cwd).toBe(dir);
    expect(host.logs).toContain(`Running: helm template rel ${dir}/chart --namespace ns --kube-version 1.30 --values values.yaml --set a=2`);
    expect(r.configFiles).toEqual([`${dir}/Tiltfile`, `${dir}/chart`, `${dir}/values.yaml`]);
  });

  it('reports a failing helm template with its output', () => {
    const dir = tempProject({ ...files, Tiltfile: "helm('chart')\n" });
    const host = fakeHost((argv) => (argv[1] === 'version' ? ok('v3.14.0') : { status: 1, stderr: 'Error: parse error\n' }), {}, ['helm']);
    expect(load(dir, host).error).toContain(
      `Error in helm: command "helm template chart ${dir}/chart --include-crds" failed.\nerror: exit status 1\nstdout:\n\nstderr:\nError: parse error\n`,
    );
  });

  it('returns a blob labelled with the chart', () => {
    const dir = tempProject({ ...files, Tiltfile: "b = helm('chart')\nif type(b) != 'blob': fail(type(b))\n" });
    const host = fakeHost((argv) => ok(argv[1] === 'version' ? 'v3.14.0' : 'kind: ConfigMap\n'), {}, ['helm']);
    expect(load(dir, host).error).toBeNull();
  });
});
