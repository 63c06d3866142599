// The os module: Go's filepath functions, os.environ as a live mapping over the load's
// environment, and the messages of its builtins.

import { describe, expect, it } from 'vitest';
import { goBase, goClean, goDir, goJoin, goRel } from '../../../../builtins/tilt/os/index.js';
import { errorOf, printed, runTiltfile } from '../snippets.js';

function rel(base: string, targ: string): string {
  try {
    return goRel(base, targ);
  } catch (e) {
    return (e as Error).message;
  }
}

describe("Go's filepath", () => {
  it('Clean, Join, Base, Dir', () => {
    expect(['', '.', 'a/', 'a//b/./c/..', '/../a', '../../a/b/', '/'].map(goClean)).toEqual(['.', '.', 'a', 'a/b', '/a', '../../a/b', '/']);
    expect(goJoin()).toBe('');
    expect(goJoin('', '')).toBe('');
    expect(goJoin('a', '', '/b', '../c/')).toBe('a/c');
    expect(goJoin('/', 'x')).toBe('/x');
    expect(['', '/', 'a', 'a/b/', '//', '/a'].map(goBase)).toEqual(['.', '/', 'a', 'b', '/', 'a']);
    expect(['', '/', 'a', 'a/b/', '/a', 'a/b/c', '//x'].map(goDir)).toEqual(['.', '/', '.', 'a/b', '/', 'a/b', '/']);
  });

  it('Rel', () => {
    expect(rel('/a', '/a/b/c')).toBe('b/c');
    expect(rel('/a/b', '/a/c')).toBe('../c');
    expect(rel('/a/b/c', '/a')).toBe('../..');
    expect(rel('/', '/a')).toBe('a');
    expect(rel('/a', '/')).toBe('..');
    expect(rel('/a', '/a/')).toBe('.');
    expect(rel('a', '../b')).toBe('../../b');
    expect(rel('a/..', 'b')).toBe('b');
    expect(rel('../a', 'b')).toBe("Rel: can't make b relative to ../a");
    expect(rel('/a', 'b')).toBe("Rel: can't make b relative to /a");
  });
});

describe('os builtins', () => {
  it('getenv takes str or blob keys and a default', () => {
    expect(printed("print(os.getenv(blob('T3_X')), os.getenv('T3_Y'), os.getenv('T3_Y', 5), os.getenv(key='T3_X'))", {}, [], { T3_X: 'x' })).toEqual([
      'x None 5 x',
    ]);
    expect(errorOf('os.getenv(1)')).toBe('Error in os.getenv: os.getenv: for parameter key: Value should be convertible to string, but is type int');
  });

  it('putenv/unsetenv and os.environ write the environment processes get', () => {
    const r = runTiltfile("os.putenv('A_T3', 'a')\nos.environ['B_T3'] = blob('b')\nos.environ.update(C_T3='c')\nos.unsetenv('C_T3')\nos.putenv('BAD=NAME', 'x')");
    expect(r.result.error).toBeNull();
    expect([r.env.A_T3, r.env.B_T3, r.env.C_T3, r.env['BAD=NAME']]).toEqual(['a', 'b', undefined, undefined]);
  });

  it('os.environ behaves as a dict', () => {
    const src = [
      "e = os.environ",
      "print(type(e), len(e), 'K1' in e, 1 in e, e['K1'], e.get('NOPE'), sorted(e.keys()), bool(e))",
      "print(e.popitem(), e.setdefault('K3', 'v3'), e.pop('K3'), e.pop('K3', 'gone'), sorted(e.items()), e.values())",
      "e.clear()",
      "print(len(e), bool(e), str(e), e == e, dir(e))",
    ].join('\n');
    expect(printed(src, {}, [], { K1: 'v1', K2: 'v2' })).toEqual([
      'environ 3 True False v1 None ["K1", "K2", "PATH"] True',
      '("PATH", "/fake/bin") v3 v3 gone [("K1", "v1"), ("K2", "v2")] ["v1", "v2"]',
      '0 False {} True ["clear", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"]',
    ]);
  });

  it('os.environ errors', () => {
    expect(errorOf("os.environ['NOPE_T3']")).toBe('Error: key "NOPE_T3" not in environ');
    expect(errorOf("os.environ.pop('NOPE_T3')")).toBe('Error in pop: pop: missing key');
    expect(errorOf('os.environ[1] = "x"')).toBe('Error: putenv() key must be a string, not int');
    expect(errorOf("os.environ.setdefault('NOPE_T3')")).toBe('Error in setdefault: setdefault: putenv() value must be a string, not NoneType');
    expect(errorOf('os.environ.update([1])')).toBe('Error in update: update: dictionary update sequence element #0 is not iterable (int)');
    expect(errorOf('os.environ.update({}, {})')).toBe('Error in update: update: got 2 arguments, want at most 1');
    expect(errorOf('os.environ.get()')).toBe('Error in get: get: got 0 arguments, want at least 1');
    expect(errorOf('{os.environ: 1}')).toBe('Error: unhashable type: environ');
  });

  it('getcwd is the directory of the file whose top level runs', () => {
    const r = runTiltfile("load('sub/lib.star', 'cwd', 'f')\nprint(cwd == os.getcwd() + '/sub', f() == os.getcwd())", {
      'sub/lib.star': 'cwd = os.getcwd()\ndef f():\n  return os.getcwd()\n',
    });
    expect(r.logs).toEqual(['True True']);
    expect(errorOf('os.getcwd(1)')).toBe('Error in os.getcwd: os.getcwd: got 1 arguments, want at most 0');
  });

  it('os.path builtins take plain strings', () => {
    expect(errorOf("os.path.basename(blob('x'))")).toBe('Error in os.path.basename: os.path.basename: for parameter path: got blob, want string');
    expect(errorOf("os.path.join('a', None)")).toBe('Error in os.path.join: os.path.join() only accepts strings. Argument #1: None');
    expect(printed("print(os.path.join('a', 'b', sep='x'))")).toEqual(['a/b']);
    const r = runTiltfile("os.path.realpath('nope/x')");
    expect(r.result.error).toContain(`Error in os.path.realpath: lstat ${r.dir}/nope: no such file or directory`);
    expect(printed("print(os.path.abspath('/a/../b'), os.path.exists(''), os.path.exists('/'))")).toEqual(['/a/../b True True']);
  });
});
