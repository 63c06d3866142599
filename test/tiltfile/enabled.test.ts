// enabledResources(): which resources a run enables, from the Tiltfile args and the
// config module's selection (reference §7.5).

import { describe, expect, it } from 'vitest';
import { LoadContext } from '../../builtins/kit/index.js';
import { CONFIG_STATE } from '../../builtins/tilt/config/index.js';
import { enabledResources } from '../../src/tiltfile/enabled.js';
import type { Manifest } from '../../src/model/index.js';

function manifest(name: string, resourceDeps: string[] = []): Manifest {
  return { name, type: 'local', resourceDeps, triggerMode: 'auto', autoInit: true, labels: [], links: [], images: [] };
}

const manifests = [manifest('db'), manifest('api', ['db']), manifest('web', ['api']), manifest('docs'), manifest('uncategorized')];

function context(args: string[]): LoadContext {
  return new LoadContext({ mainPath: '/p/Tiltfile', args, subcommand: 'up', host: { env: {}, runCommand: () => ({ status: 0, stdout: '', stderr: '' }), which: () => null } });
}

function enabled(args: string[], setup: (st: ReturnType<typeof CONFIG_STATE.init>) => void = () => {}): string[] | string {
  const cx = context(args);
  setup(cx.get(CONFIG_STATE));
  try {
    return enabledResources(cx, manifests);
  } catch (e) {
    return (e as Error).message;
  }
}

describe('enabledResources', () => {
  it('enables everything by default', () => {
    expect(enabled([])).toEqual(['db', 'api', 'web', 'docs', 'uncategorized']);
  });

  it('takes args as resource names, with transitive deps and uncategorized', () => {
    expect(enabled(['web'])).toEqual(['db', 'api', 'web', 'uncategorized']);
    expect(enabled(['docs', 'db'])).toEqual(['db', 'docs', 'uncategorized']);
  });

  it('ignores args once config.parse() ran', () => {
    expect(enabled(['web'], (st) => (st.parseCalled = true))).toEqual(['db', 'api', 'web', 'docs', 'uncategorized']);
  });

  it('prefers set_enabled_resources, and clear_enabled_resources over both', () => {
    expect(enabled(['web'], (st) => (st.enabledResources = ['docs']))).toEqual(['docs', 'uncategorized']);
    expect(enabled(['web'], (st) => (st.disableAll = true))).toEqual([]);
  });

  it('lists unknown names and the resources not requested', () => {
    expect(enabled(['web', 'nope'])).toBe(
      'You specified some resources that could not be found: "nope"\nIs this a typo? Existing resources in Tiltfile: "db", "api", "docs", "uncategorized"',
    );
  });
});
