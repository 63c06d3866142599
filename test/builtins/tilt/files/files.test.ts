// read_file, watch_file, listdir, blob and local_git_repo: what they return, what they
// record as config files, and their messages.

import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf, printed, runTiltfile } from '../snippets.js';

describe('read_file', () => {
  it('returns a blob, records the file, and falls back to a string default for missing files', () => {
    const r = runTiltfile("b = read_file('a.txt')\nd = read_file('missing.txt', 'dflt')\nprint(type(b), str(b), type(d), d, bool(read_file('missing.txt', '')))", {
      'a.txt': 'hello\n',
    });
    expect(r.result.error).toBeNull();
    expect(r.logs).toEqual(['blob hello\n blob dflt False']);
    expect(r.result.configFiles).toEqual([join(r.dir, 'Tiltfile'), join(r.dir, 'a.txt'), join(r.dir, 'missing.txt')]);
  });

  it('checks its arguments with Tilt’s messages', () => {
    expect(errorOf("read_file('x', 1)")).toBe('Error in read_file: read_file: for parameter default: expected starlark.String or None, got starlark.Int');
    expect(errorOf("read_file('x', default=blob('b'))")).toBe('Error in read_file: read_file: for parameter "default": expected starlark.String or None, got io.Blob');
    expect(errorOf('read_file(1)')).toBe('Error in read_file: read_file: for parameter paths: expected path | string. Actual type: starlark.Int');
    // None means "no default"
    expect(errorOf("read_file('nope', None)")).toMatch(/^Error in read_file: open .*\/nope: no such file or directory$/);
  });

  it('does not watch a directory it fails to read', () => {
    const r = runTiltfile("read_file('sub')", { 'sub/x': '' });
    expect(r.result.error).toMatch(/Error in read_file: read .*\/sub: is a directory$/);
    expect(r.result.configFiles).toEqual([join(r.dir, 'Tiltfile')]);
  });
});

describe('watch_file and listdir', () => {
  it('watch_file records files and directories, existing or not', () => {
    const r = runTiltfile("watch_file('sub')\nwatch_file('later.txt')", { 'sub/x': '' });
    expect(r.result.configFiles).toEqual([join(r.dir, 'Tiltfile'), join(r.dir, 'later.txt'), join(r.dir, 'sub')]);
  });

  it('listdir lists files only, in walk order, and follows no symlinked directory', () => {
    const r = runTiltfile(
      "print([f[len(os.getcwd()) + 1:] for f in listdir('d')])\nprint([f[len(os.getcwd()) + 1:] for f in listdir('d', recursive=True)])\nprint(listdir('link'), listdir('d/b.txt'))",
      { 'd/b.txt': '', 'd/a/z.txt': '', 'd/a/y/x.txt': '', 'd/c.txt': '', 'd/B.txt': '' },
    );
    expect(r.logs).toEqual(['["d/B.txt", "d/b.txt", "d/c.txt"]', '["d/B.txt", "d/a/y/x.txt", "d/a/z.txt", "d/b.txt", "d/c.txt"]', '[] []']);
  });

  it('lists symlinks to directories as files', () => {
    const r0 = runTiltfile('pass', { 'd/a.txt': '', 'target/x': '' });
    symlinkSync(join(r0.dir, 'target'), join(r0.dir, 'd', 'link'));
    mkdirSync(join(r0.dir, 'd', 'empty'));
    const r = runTiltfile(`print([f.split('/')[-1] for f in listdir('${r0.dir}/d', recursive=True)])`);
    expect(r.logs).toEqual(['["a.txt", "link"]']);
  });

  it('listdir(dir=...) and its errors', () => {
    expect(printed("print(listdir(dir='nope', recursive=False))")).toEqual(['[]']);
    expect(errorOf("listdir('.', recursive=1)")).toBe('Error in listdir: listdir: for parameter "recursive": got int, want bool');
  });
});

describe('blob', () => {
  it('takes a str named input', () => {
    expect(printed("b = blob(input='x')\nprint(type(b), b)")).toEqual(['blob x']);
    expect(errorOf('blob(42)')).toBe('Error in blob: blob: for parameter input: got int, want string');
    expect(errorOf("blob(blob('x'))")).toBe('Error in blob: blob: for parameter input: got blob, want string');
  });
});

describe('local_git_repo', () => {
  it('needs a .git directory and resolves paths() against the repo', () => {
    const r = runTiltfile("repo = local_git_repo('.')\nprint(type(repo), repo.paths('src/../lib'), read_file(repo.paths('VERSION')))\nprint(listdir(repo))", {
      '.git/HEAD': 'ref',
      VERSION: '1.0',
    });
    expect(r.result.error).toBeNull();
    expect(r.logs[0]).toBe(`git.Repo ${r.dir}/lib 1.0`);
    expect(r.logs[1]).toBe(`["${r.dir}/Tiltfile", "${r.dir}/VERSION"]`);
  });

  it('fails without .git', () => {
    const r = runTiltfile("local_git_repo('.')");
    expect(r.result.error).toContain(`Error in local_git_repo: ${r.dir} isn't a valid git repo: it doesn't have a .git/ directory`);
  });
});
