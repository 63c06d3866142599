// Remote extension repos: the checkout directory under $XDG_DATA_HOME, cloning with git
// when it is missing (and cleaning up after a failed clone), refreshing an existing git
// checkout once per process, pinning a ref, and the offline message.

import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutDir, tiltModulesDir } from '../../../../builtins/tilt/extensions/index.js';
import { fakeHost, load, tempProject, type FakeHost } from '../fake-host.js';

const HELLO = "def hello(n):\n    local_resource('hello-' + n, cmd='echo ' + n)\n";
const URL = 'https://github.com/tilt-dev/tilt-extensions';

describe('checkout directories', () => {
  it('follow XDG_DATA_HOME, else ~/.local/share', () => {
    expect(tiltModulesDir({ HOME: '/home/u', XDG_DATA_HOME: '/data' })).toBe('/data/tilt-dev/tilt_modules');
    expect(tiltModulesDir({ HOME: '/home/u', XDG_DATA_HOME: 'relative' })).toBe(
      process.platform === 'darwin' ? '/home/u/Library/Application Support/tilt-dev/tilt_modules' : '/home/u/.local/share/tilt-dev/tilt_modules',
    );
    expect(checkoutDir({ XDG_DATA_HOME: '/data' }, URL)).toBe('/data/tilt-dev/tilt_modules/github.com/tilt-dev/tilt-extensions');
    expect(checkoutDir({ XDG_DATA_HOME: '/data' }, 'http://git.example.com/team/exts/')).toBe('/data/tilt-dev/tilt_modules/git.example.com/team/exts');
  });
});

/** A host whose git clones write the hello extension (or fail with `cloneError`). */
function gitHost(xdg: string, cloneError?: string): FakeHost {
  return fakeHost(
    (argv) => {
      if (argv[0] !== 'git') return { status: 0 };
      if (argv[1] === 'clone') {
        if (cloneError) return { status: 128, stderr: `fatal: ${cloneError}\n` };
        const dest = argv[argv.length - 1];
        mkdirSync(join(dest, 'hello'), { recursive: true });
        mkdirSync(join(dest, '.git'));
        writeFileSync(join(dest, 'hello', 'Tiltfile'), HELLO);
      }
      return { status: 0 };
    },
    { XDG_DATA_HOME: xdg },
    ['git'],
  );
}

const gitCalls = (h: FakeHost) => h.calls.filter((c) => c.argv[0] === 'git').map((c) => c.argv.slice(1).join(' '));

describe('the default repo', () => {
  it('is cloned into the checkout directory when missing', () => {
    const dir = tempProject({ Tiltfile: "load('ext://hello', 'hello')\nhello('a')\n" });
    const xdg = join(dir, 'xdg');
    const host = gitHost(xdg);
    const r = load(dir, host);
    expect(r.error).toBeNull();
    const dest = join(xdg, 'tilt-dev/tilt_modules/github.com/tilt-dev/tilt-extensions');
    expect(gitCalls(host)).toEqual([`clone --quiet ${URL} ${dest}`]);
    expect(r.manifests.map((m) => m.name)).toEqual(['hello-a']);
  });

  it('says how to work offline when the clone fails, and leaves no directories behind', () => {
    const dir = tempProject({ Tiltfile: "load('ext://hello', 'hello')\n" });
    const xdg = join(dir, 'xdg');
    const r = load(dir, gitHost(xdg, 'unable to access: Could not resolve host: github.com'));
    const dest = join(xdg, 'tilt-dev/tilt_modules/github.com/tilt-dev/tilt-extensions');
    expect(r.error).toContain(
      `Error: cannot load ext://hello: loading extension repo default: download error: git clone ${URL}: fatal: unable to access: Could not resolve host: github.com. ` +
        `tiltjs needs a copy of ${URL} to load this extension. Without network access, either clone it into ${dest} (or copy a checkout there), ` +
        "or point the repo at a local directory before the load: v1alpha1.extension_repo(name='default', url='file:///path/to/checkout')",
    );
    expect(existsSync(xdg)).toBe(false);
  });

  it('fails clearly without git', () => {
    const dir = tempProject({ Tiltfile: "load('ext://hello', 'hello')\n" });
    const host = fakeHost(() => ({ status: 0 }), { XDG_DATA_HOME: join(dir, 'xdg') }, []);
    expect(load(dir, host).error).toContain(`download error: git is not installed, so ${URL} cannot be cloned. tiltjs needs a copy`);
  });

  it('uses an existing checkout without downloading (a plain copy is not refreshed)', () => {
    const dir = tempProject({
      Tiltfile: "load('ext://hello', 'hello')\nhello('b')\n",
      'xdg/tilt-dev/tilt_modules/github.com/tilt-dev/tilt-extensions/hello/Tiltfile': HELLO,
    });
    const host = gitHost(join(dir, 'xdg'));
    expect(load(dir, host).error).toBeNull();
    expect(gitCalls(host)).toEqual([]);
  });
});

describe('git checkouts', () => {
  it('are pulled once per process; a failed pull keeps the checkout', () => {
    const dir = tempProject({
      Tiltfile: `v1alpha1.extension_repo(name='default', url='https://git.example.com/pull-once')\nload('ext://hello', 'hello')\nhello('c')\n`,
      'xdg/tilt-dev/tilt_modules/git.example.com/pull-once/hello/Tiltfile': HELLO,
      'xdg/tilt-dev/tilt_modules/git.example.com/pull-once/.git/HEAD': 'ref: refs/heads/main\n',
    });
    const dest = join(dir, 'xdg/tilt-dev/tilt_modules/git.example.com/pull-once');
    const host = fakeHost((argv) => (argv[0] === 'git' ? { status: 1, stderr: 'fatal: could not read from remote\n' } : { status: 0 }), { XDG_DATA_HOME: join(dir, 'xdg') }, ['git']);
    expect(load(dir, host).error).toBeNull();
    expect(load(dir, host).error).toBeNull();
    expect(gitCalls(host)).toEqual([`-C ${dest} pull --ff-only --quiet`]);
    expect(host.logs).toContain(`extensionrepo default: could not update ${dest} (fatal: could not read from remote); using the existing checkout`);
  });

  it('are checked out at a pinned ref, fetching when the ref is unknown', () => {
    const dir = tempProject({
      Tiltfile: `v1alpha1.extension_repo(name='default', url='https://git.example.com/pinned', ref='v1.2')\nload('ext://hello', 'hello')\n`,
      'xdg/tilt-dev/tilt_modules/git.example.com/pinned/hello/Tiltfile': HELLO,
      'xdg/tilt-dev/tilt_modules/git.example.com/pinned/.git/HEAD': 'x\n',
    });
    const dest = join(dir, 'xdg/tilt-dev/tilt_modules/git.example.com/pinned');
    let checkouts = 0;
    const host = fakeHost(
      (argv) => (argv.includes('checkout') && checkouts++ === 0 ? { status: 1, stderr: "error: pathspec 'v1.2' did not match\n" } : { status: 0 }),
      { XDG_DATA_HOME: join(dir, 'xdg') },
      ['git'],
    );
    expect(load(dir, host).error).toBeNull();
    expect(gitCalls(host)).toEqual([`-C ${dest} checkout --quiet v1.2`, `-C ${dest} fetch --quiet origin`, `-C ${dest} checkout --quiet v1.2`]);
  });

  it('report a ref that cannot be checked out', () => {
    const dir = tempProject({
      Tiltfile: `v1alpha1.extension_repo(name='default', url='https://git.example.com/badref', ref='nope')\nload('ext://hello', 'hello')\n`,
      'xdg/tilt-dev/tilt_modules/git.example.com/badref/hello/Tiltfile': HELLO,
    });
    const host = fakeHost((argv) => (argv.includes('checkout') ? { status: 1, stderr: "error: pathspec 'nope' did not match\n" } : { status: 0 }), { XDG_DATA_HOME: join(dir, 'xdg') }, ['git']);
    expect(load(dir, host).error).toContain("loading extension repo default: sync to ref nope: error: pathspec 'nope' did not match");
  });
});
