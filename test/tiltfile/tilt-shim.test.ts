// The `tilt` command processes started during a load see: tiltjs puts its shim
// (bin/shim/tilt) first on their PATH, and `tilt version` answers in Tilt's format.

import { describe, expect, it } from 'vitest';
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { LoadContext } from '../../builtins/kit/index.js';
import { processEnv } from '../../builtins/tilt/local/index.js';
import { tiltShimDir } from '../../builtins/tilt/local/tilt-shim.js';
import { nodeHost } from '../../src/adapters/host/node-host.js';
import { loadTiltfile } from '../../src/tiltfile/loader.js';
import { fakeHost, tempProject } from '../builtins/tilt/fake-host.js';

const ROOT = resolve(__dirname, '../..');
const CLI_BUILT = existsSync(join(ROOT, 'dist/cli.mjs'));
const VERSION_LINE = /^v0\.37\.6, built \d{4}-\d{2}-\d{2}\n$/;

describe('the tilt shim on PATH', () => {
  it('is found next to the sources and is executable', () => {
    const dir = tiltShimDir();
    expect(dir).toBe(join(ROOT, 'bin/shim'));
    expect(() => accessSync(join(dir!, 'tilt'), constants.X_OK)).not.toThrow();
  });

  it('comes first on the PATH of started processes', () => {
    const cx = new LoadContext({ mainPath: '/p/Tiltfile', args: [], subcommand: 'up', host: fakeHost(() => ({}), { PATH: '/usr/bin:/bin' }) });
    const env = processEnv(cx, { EXTRA: '1' });
    expect(env.PATH).toBe([join(ROOT, 'bin/shim'), '/usr/bin', '/bin'].join(delimiter));
    expect(env.TILTJS_NODE).toBe(process.execPath);
    expect(env.EXTRA).toBe('1');
    // An explicit PATH in the command's env wins, as in Tilt (the caller's additions come last).
    expect(processEnv(cx, { PATH: '/only' }).PATH).toBe('/only');
  });
});

describe.skipIf(!CLI_BUILT)('tilt commands through the shim (needs dist/cli.mjs)', () => {
  const shim = join(ROOT, 'bin/shim/tilt');
  const env = { ...process.env, TILTJS_NODE: process.execPath, TILT_PORT: '1' };

  it("answers `tilt version` in Tilt's format", () => {
    const r = spawnSync(shim, ['version'], { env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(VERSION_LINE);
  });

  it('fails clearly for commands tiltjs does not have', () => {
    const r = spawnSync(shim, ['snapshot', 'create'], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('tilt snapshot: not supported by tiltjs yet\n');
  });

  it('is what local() runs during a load', () => {
    const dir = tempProject({ Tiltfile: "v = str(local('tilt version', quiet=True)).strip()\nlocal_resource('r', cmd='echo ' + v)\n" });
    const r = loadTiltfile({ file: join(dir, 'Tiltfile'), host: nodeHost({ PATH: '/usr/bin:/bin' }), subcommand: 'alpha tiltfile-result' });
    expect(r.error).toBeNull();
    const cmd = r.manifests[0].type === 'local' ? r.manifests[0].local!.cmd : [];
    expect(`${cmd[2].replace(/^echo /, '')}\n`).toMatch(VERSION_LINE);
  });
});
