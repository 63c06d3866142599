// load(), load_dynamic() and include() (reference §2.3–2.5): paths relative to the
// executing file, the call-site rule, per-file __file__/__name__, the once-per-load cache,
// frozen exports, file-local load bindings, and the error texts with their backtraces.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fakeHost, load, ok, tempProject } from '../builtins/tilt/fake-host.js';

const pwdHost = () => fakeHost((argv, opts) => ok(argv.join(' ') === 'sh -c pwd' ? `${opts.cwd}\n` : ''));

describe('paths and per-file names', () => {
  it('resolves relative paths against the file whose top level runs, and __file__/__name__ lexically', () => {
    const dir = tempProject({
      Tiltfile: "load('lib/defs.star', 'f', 'NAME')\nprint('main', __name__, __file__)\nf()\nprint(NAME)\n",
      'lib/defs.star': "NAME = __name__\nprint('lib', __name__, __file__)\nlocal('pwd')\ndef f():\n    print('f', __name__)\n    local('pwd')\n",
    });
    const host = pwdHost();
    const r = load(dir, host);
    expect(r.error).toBeNull();
    expect(host.calls.map((c) => c.cwd)).toEqual([join(dir, 'lib'), dir]);
    expect(host.logs.filter((l) => !l.startsWith('local:') && !l.startsWith(' →'))).toEqual([
      `lib defs.star ${join(dir, 'lib/defs.star')}`,
      `main __main__ ${join(dir, 'Tiltfile')}`,
      'f defs.star',
      'defs.star',
    ]);
    expect(r.configFiles).toEqual([join(dir, 'Tiltfile'), join(dir, 'lib/defs.star')]);
  });

  it('resolves include() and load_dynamic() inside a function against the running top level', () => {
    const dir = tempProject({
      Tiltfile: "load('lib/helpers.star', 'inc')\ninc('extra.star')\n",
      'lib/helpers.star': 'def inc(p):\n    include(p)\n',
      'extra.star': "print('extra ran')\n",
    });
    const host = pwdHost();
    expect(load(dir, host).error).toBeNull();
    expect(host.logs).toContain('extra ran');
  });
});

describe('the module cache', () => {
  it('runs each file once per load, whichever way it is reached', () => {
    const dir = tempProject({
      Tiltfile: "load('a.star', 'A')\nload('b.star', 'B')\nd = load_dynamic('common.star')\ninclude('common.star')\nprint(A, B, d['X'])\n",
      'a.star': "load('common.star', 'X')\nA = X + 1\n",
      'b.star': "load('./common.star', 'X')\nB = X + 2\n",
      'common.star': "print('common ran')\nX = 40\n",
    });
    const host = pwdHost();
    expect(load(dir, host).error).toBeNull();
    expect(host.logs.filter((l) => l === 'common ran')).toHaveLength(1);
    expect(host.logs).toContain('41 42 40');
  });

  it('reports a cycle at the innermost load, with every file in the backtrace', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'x')\n", 'a.star': "load('b.star', 'y')\nx = 1\n", 'b.star': "load('a.star', 'x')\ny = 2\n" });
    expect(load(dir, pwdHost()).error).toBe(
      [
        'Traceback (most recent call last):',
        `  ${join(dir, 'Tiltfile')}:1:1: in <toplevel>`,
        `  ${join(dir, 'a.star')}:1:1: in <toplevel>`,
        `  ${join(dir, 'b.star')}:1:1: in <toplevel>`,
        `Error: cannot load a.star: Circular load: ${join(dir, 'a.star')}`,
      ].join('\n'),
    );
  });

  it('treats a file loading the main Tiltfile as a cycle', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'x')\ny = 1\n", 'a.star': "load('Tiltfile', 'y')\nx = 1\n" });
    expect(load(dir, pwdHost()).error).toContain(`Error: cannot load Tiltfile: Circular load: ${join(dir, 'Tiltfile')}`);
  });
});

describe('load errors', () => {
  it('prefixes plain errors with "cannot load" at the load statement', () => {
    const dir = tempProject({ Tiltfile: "x = 1\nload('nope.star', 'y')\n" });
    const p = join(dir, 'nope.star');
    expect(load(dir, pwdHost()).error).toBe(
      `Traceback (most recent call last):\n  ${join(dir, 'Tiltfile')}:2:1: in <toplevel>\nError: cannot load nope.star: error reading file ${p}: open ${p}: no such file or directory`,
    );
  });

  it('reports a directory the way Go reads one', () => {
    const dir = tempProject({ Tiltfile: "load('sub', 'y')\n", 'sub/x.star': '' });
    const p = join(dir, 'sub');
    expect(load(dir, pwdHost()).error).toContain(`Error: cannot load sub: error reading file ${p}: read ${p}: is a directory`);
  });

  it('keeps the inner backtrace of a runtime error in a loaded file', () => {
    const dir = tempProject({ Tiltfile: "load('lib.star', 'x')\n", 'lib.star': "def f():\n    return 1 // 0\nx = f()\n" });
    expect(load(dir, pwdHost()).error).toBe(
      [
        'Traceback (most recent call last):',
        `  ${join(dir, 'Tiltfile')}:1:1: in <toplevel>`,
        `  ${join(dir, 'lib.star')}:3:6: in <toplevel>`,
        `  ${join(dir, 'lib.star')}:2:14: in f`,
        'Error: floored division by zero',
      ].join('\n'),
    );
  });

  it('keeps the inner backtrace through nested loads', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'a')\n", 'a.star': "load('b.star', 'b')\na = b\n", 'b.star': "b = 1\nfail('nope')\n" });
    expect(load(dir, pwdHost()).error).toBe(
      [
        'Traceback (most recent call last):',
        `  ${join(dir, 'Tiltfile')}:1:1: in <toplevel>`,
        `  ${join(dir, 'a.star')}:1:1: in <toplevel>`,
        `  ${join(dir, 'b.star')}:2:5: in <toplevel>`,
        'Error in fail: nope',
      ].join('\n'),
    );
  });

  it('wraps a static error in a nested load once, at the innermost load', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'a')\n", 'a.star': "load('b.star', 'b')\na = b\n", 'b.star': 'b = (\n' });
    const err = load(dir, pwdHost()).error!;
    expect(err).toContain(`  ${join(dir, 'a.star')}:1:1: in <toplevel>\nError: cannot load b.star: ${join(dir, 'b.star')}:2:1: `);
    expect(err.match(/cannot load/g)).toHaveLength(1);
  });

  it('keeps a static error in the main Tiltfile without a backtrace', () => {
    const dir = tempProject({ Tiltfile: 'x = y\n' });
    expect(load(dir, pwdHost()).error).toBe(`${join(dir, 'Tiltfile')}:1:5: undefined: y`);
  });

  it('reports load_dynamic() and include() failures as builtin errors', () => {
    const dir = tempProject({ Tiltfile: "include('bad.star')\n", 'bad.star': 'x = y\n' });
    expect(load(dir, pwdHost()).error).toBe(
      `Traceback (most recent call last):\n  ${join(dir, 'Tiltfile')}:1:8: in <toplevel>\nError in include: ${join(dir, 'bad.star')}:1:5: undefined: y`,
    );
    const dir2 = tempProject({ Tiltfile: "d = load_dynamic('missing.star')\n" });
    expect(load(dir2, pwdHost()).error).toContain(`Error in load_dynamic: error reading file ${join(dir2, 'missing.star')}`);
  });

  it('shows the builtin frame when a runtime error happens under load_dynamic()', () => {
    const dir = tempProject({ Tiltfile: "d = load_dynamic('bad.star')\n", 'bad.star': "fail('inner')\n" });
    expect(load(dir, pwdHost()).error).toBe(
      [
        'Traceback (most recent call last):',
        `  ${join(dir, 'Tiltfile')}:1:17: in <toplevel>`,
        '  <builtin>: in load_dynamic',
        `  ${join(dir, 'bad.star')}:1:5: in <toplevel>`,
        'Error in fail: inner',
      ].join('\n'),
    );
  });
});

describe('exports', () => {
  it('does not re-export names a file loaded (LoadBindsGlobally off)', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'x')\n", 'a.star': "load('b.star', 'x')\ny = x\n", 'b.star': 'x = 1\n' });
    expect(load(dir, pwdHost()).error).toContain('Error: load: name x not found in module a.star');
  });

  it('suggests a close name', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'helpr')\n", 'a.star': 'def helper():\n    pass\n' });
    expect(load(dir, pwdHost()).error).toContain('Error: load: name helpr not found in module a.star (did you mean helper?)');
  });

  it('freezes loaded values and load_dynamic() dicts', () => {
    const dir = tempProject({ Tiltfile: "load('a.star', 'xs')\nxs.append(3)\n", 'a.star': 'xs = [1, 2]\n' });
    expect(load(dir, pwdHost()).error).toContain('Error in append: append: cannot append to frozen list');
    const dir2 = tempProject({ Tiltfile: "d = load_dynamic('a.star')\nprint(type(d), d.keys())\nd['z'] = 1\n", 'a.star': 'x = 1\ny = [1]\n' });
    const host = pwdHost();
    expect(load(dir2, host).error).toContain('Error: cannot insert into frozen hash table');
    expect(host.logs).toContain('dict ["x", "y"]');
  });

  it('returns None from include()', () => {
    const dir = tempProject({ Tiltfile: "print(include('a.star'))\n", 'a.star': 'x = 1\n' });
    const host = pwdHost();
    expect(load(dir, host).error).toBeNull();
    expect(host.logs).toContain('None');
  });
});

describe('exit()', () => {
  it('stops the whole load from a loaded file without an error', () => {
    const dir = tempProject({
      Tiltfile: "local_resource('a', cmd='true')\nload('stop.star', 'x')\nlocal_resource('c', cmd='true')\n",
      'stop.star': "local_resource('b', cmd='true')\nx = 1\nexit('bye')\n",
    });
    const host = pwdHost();
    const r = load(dir, host);
    expect(r.error).toBeNull();
    expect(r.manifests.map((m) => m.name)).toEqual(['a', 'b']);
    expect(host.logs).toContain('bye');
  });
});
