// The per-load module cache: a file runs once; later loads get its globals, or the error
// it failed with, without running it again.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LoadContext } from '../../builtins/kit/index.js';
import { tiltEnvironment } from '../../builtins/tilt/index.js';
import { Thread } from '../../src/starlark/thread.js';
import { StarlarkError } from '../../src/starlark/values/value.js';
import { toHost } from '../../grammar/utf8.js';
import { ModuleCache } from '../../src/tiltfile/module-cache.js';
import { fakeHost, tempProject } from '../builtins/tilt/fake-host.js';

function setup(files: Record<string, string>) {
  const dir = tempProject({ Tiltfile: '', ...files });
  const logs: string[] = [];
  const cx = new LoadContext({ mainPath: join(dir, 'Tiltfile'), args: [], subcommand: 'up', host: fakeHost(() => ({})), log: (l) => logs.push(l) });
  const cache = new ModuleCache(cx, tiltEnvironment(cx));
  const thread = new Thread({ print: (_t, m) => logs.push(toHost(m)), load: (t, m) => cache.loadStatement(t, toHost(m)), wrapLoadErrors: false });
  cx.attach(thread);
  cx.loadModule = (t, written) => cache.load(t, written);
  return { dir, cx, cache, thread, logs };
}

describe('ModuleCache', () => {
  it('returns the same globals on every load', () => {
    const { cache, thread, logs } = setup({ 'a.star': "print('ran')\nx = [1]\n" });
    const g1 = cache.load(thread, 'a.star');
    const g2 = cache.loadStatement(thread, './a.star');
    expect(g2).toBe(g1);
    expect(logs).toEqual(['ran']);
  });

  it('caches a failure: the file does not run again', () => {
    const { cache, thread, logs } = setup({ 'bad.star': "print('ran')\nfail('broken')\n" });
    const first = (() => {
      try {
        cache.load(thread, 'bad.star');
      } catch (e) {
        return e;
      }
    })();
    expect(first).toBeInstanceOf(StarlarkError);
    expect(() => cache.load(thread, 'bad.star')).toThrow(first as Error);
    expect(logs).toEqual(['ran']);
  });

  it('wraps plain errors for load statements only', () => {
    const { cache, thread, dir } = setup({});
    const p = join(dir, 'missing.star');
    expect(() => cache.load(thread, 'missing.star')).toThrow(`error reading file ${p}: open ${p}: no such file or directory`);
    let msg = '';
    try {
      cache.loadStatement(thread, 'missing.star');
    } catch (e) {
      msg = toHost((e as StarlarkError).msg);
    }
    expect(msg).toBe(`cannot load missing.star: error reading file ${p}: open ${p}: no such file or directory`);
  });

  it('restores the current file after a failing load', () => {
    const { cache, thread, cx, dir } = setup({ 'sub/bad.star': 'x = 1 // 0\n' });
    expect(() => cache.load(thread, 'sub/bad.star')).toThrow();
    expect(cx.currentFile).toBe(join(dir, 'Tiltfile'));
  });
});
