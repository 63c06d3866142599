// ext:// loads (reference §2.3): extension names, the repo resolution order (registered
// extension, load_host, default repo), file:// repos, and the errors Tilt reports.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extensionName } from '../../../../builtins/tilt/extensions/index.js';
import { fakeHost, load, tempProject } from '../fake-host.js';
import type { LoadResult } from '../../../../src/model/index.js';

const HELLO = "def hello(n):\n    local_resource('hello-' + n, cmd='echo ' + n)\n";

function run(main: string, files: Record<string, string>, env: Record<string, string> = {}): { r: LoadResult; dir: string } {
  const dir = tempProject({ Tiltfile: main, ...files });
  const host = fakeHost(() => ({ status: 0 }), { HOME: join(dir, 'home'), ...env });
  return { r: load(dir, host), dir };
}

const repoLine = (name = 'default', extra = '') =>
  `v1alpha1.extension_repo(name='${name}', url='file://' + __file__.rsplit('/', 1)[0] + '/exts'${extra})\n`;

describe('extension names', () => {
  it("replace '/' and '%' with '_'", () => {
    expect(extensionName('hello_world')).toBe('hello_world');
    expect(extensionName('nested/real')).toBe('nested_real');
    expect(extensionName('a%2Fb/c')).toBe('a_2Fb_c');
  });
});

describe('resolution', () => {
  it('uses the default repo, registered as a file:// directory', () => {
    const { r, dir } = run(`${repoLine()}load('ext://hello', 'hello')\nhello('x')\n`, { 'exts/hello/Tiltfile': HELLO });
    expect(r.error).toBeNull();
    expect(r.manifests.map((m) => m.name)).toEqual(['hello-x']);
    expect(r.configFiles).toContain(join(dir, 'exts/hello/Tiltfile'));
    expect(r.apiObjects[1]).toEqual({
      kind: 'Extension',
      name: 'hello',
      annotations: { 'tilt.dev/managed-by': 'tiltfile.loader' },
      spec: { repoName: 'default', repoPath: 'hello' },
    });
  });

  it('prefers a registered Extension of the same name', () => {
    const { r } = run(`${repoLine('mine')}v1alpha1.extension(name='hi', repo_name='mine', repo_path='hello')\nload('ext://hi', 'hello')\nhello('y')\n`, {
      'exts/hello/Tiltfile': HELLO,
    });
    expect(r.error).toBeNull();
    expect(r.apiObjects.map((o) => `${o.kind}/${o.name}`)).toEqual(['ExtensionRepo/mine', 'Extension/hi']);
    expect(r.apiObjects[1].annotations).toEqual({ 'tilt.dev/managed-by': 'tiltfile.loader' });
  });

  it('infers the repo from load_host, else the default repo', () => {
    const { r } = run(`${repoLine('team', ", load_host='team'")}load('ext://team/hello', 'hello')\nhello('z')\n`, { 'exts/hello/Tiltfile': HELLO });
    expect(r.error).toBeNull();
    expect(r.apiObjects[1].spec).toEqual({ repoName: 'team', repoPath: 'hello' });
    const other = run(`${repoLine('default')}${repoLine('team', ", load_host='other'")}load('ext://team/hello', 'hello')\n`, {
      'exts/team/hello/Tiltfile': HELLO,
    });
    expect(other.r.error).toBeNull();
    expect(other.r.apiObjects[2].spec).toEqual({ repoName: 'default', repoPath: 'team/hello' });
  });

  it('loads an extension once, however it is reached', () => {
    const { r } = run(`${repoLine()}load('ext://hello', 'hello')\nd = load_dynamic('ext://hello')\nload('lib.star', 'x')\n`, {
      'exts/hello/Tiltfile': "print('loaded')\n" + HELLO,
      'lib.star': "load('ext://hello', 'hello')\nx = 1\n",
    });
    expect(r.error).toBeNull();
  });
});

describe('errors', () => {
  it('names the missing Tiltfile', () => {
    const { r, dir } = run(`${repoLine()}load('ext://nope', 'x')\n`, { 'exts/hello/Tiltfile': HELLO });
    expect(r.error).toContain(`Error: cannot load ext://nope: loading extension nope: no extension tiltfile found at ${join(dir, 'exts/nope/Tiltfile')}`);
  });

  it('refuses paths outside the repo', () => {
    const { r } = run(`${repoLine()}load('ext://hello/../../x', 'x')\n`, { 'exts/hello/Tiltfile': HELLO });
    expect(r.error).toContain('Error: cannot load ext://hello/../../x: loading extension hello_.._.._x: invalid repo path: hello/../../x');
  });

  it('reports file:// repo problems with the repo name', () => {
    expect(run(`${repoLine('default', ", ref='main'")}load('ext://hello', 'x')\n`, {}).r.error).toContain(
      'Error: cannot load ext://hello: loading extension repo default: spec.ref not supported on file:// repos',
    );
    const missing = run(`${repoLine()}load('ext://hello', 'x')\n`, {});
    expect(missing.r.error).toContain(`loading extension repo default: loading: stat ${join(missing.dir, 'exts')}: no such file or directory`);
    expect(run(`${repoLine()}load('ext://hello', 'x')\n`, { exts: 'a file' }).r.error).toContain('loading extension repo default: loading: not a directory');
  });

  it('requires the default repo override before the first load', () => {
    const home = 'home/.local/share/tilt-dev/tilt_modules/github.com/tilt-dev/tilt-extensions';
    const { r } = run(`load('ext://hello', 'hello')\n${repoLine()}`, { [`${home}/hello/Tiltfile`]: HELLO });
    expect(r.error).toContain('Error in v1alpha1.extension_repo: extensionrepos "default" already registered');
  });

  it('reports load errors of load_dynamic() without "cannot load"', () => {
    const { r } = run(`${repoLine()}d = load_dynamic('ext://nope')\n`, { 'exts/hello/Tiltfile': HELLO });
    expect(r.error).toMatch(/Error in load_dynamic: loading extension nope: no extension tiltfile found at /);
  });
});

describe('extensions registered but not loaded', () => {
  it('load as independent Tiltfiles with their args and label', async () => {
    const { loadExtensionTiltfiles } = await import('../../../../src/tiltfile/extension-tiltfiles.js');
    const { r } = run(
      `${repoLine('local')}v1alpha1.extension(name='preview', repo_name='local', repo_path='preview', args=['--port', '9000'])\n` +
        `v1alpha1.extension(name='used', repo_name='local', repo_path='used')\nload('ext://used', 'x')\n` +
        "v1alpha1.extension(name='broken', repo_name='nowhere')\n",
      {
        'exts/preview/Tiltfile': "config.define_string('port')\ncfg = config.parse()\nlocal_resource('preview', serve_cmd='./preview --port ' + cfg.get('port', '80'))\n",
        'exts/used/Tiltfile': 'x = 1\n',
      },
    );
    expect(r.error).toBeNull();
    const loads = loadExtensionTiltfiles(r, { host: fakeHost(() => ({ status: 0 })) });
    expect(loads.map((l) => [l.name, l.error])).toEqual([
      ['preview', null],
      ['broken', 'extension repo not found: nowhere'],
    ]);
    const preview = loads[0].result!;
    expect(preview.error).toBeNull();
    expect(preview.manifests.map((m) => [m.name, m.labels, m.local?.serveCmd])).toEqual([
      ['preview', ['extension.preview'], ['sh', '-c', './preview --port 9000']],
    ]);
  });
});
