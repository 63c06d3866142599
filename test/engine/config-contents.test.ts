// Which config-file changes reload the Tiltfile (src/engine/watch/config-contents.ts,
// catch-up.ts): a file the load itself rewrote as it read it does not; a file written
// after the load does, even unchanged; other content does.

import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSince } from '../../src/engine/watch/catch-up.js';
import { ConfigContents } from '../../src/engine/watch/config-contents.js';

const dir = mkdtempSync(join(tmpdir(), 'tiltjs-config-'));
const at = (path: string, ms: number) => utimesSync(path, ms / 1000, ms / 1000);

describe('config file changes', () => {
  it('ignores a rewrite during the load that left the content as read, and reloads for anything else', () => {
    const gen = join(dir, 'gen.yaml');
    const tiltfile = join(dir, 'Tiltfile');
    const loadEnd = 1_700_000_000_000;
    writeFileSync(gen, 'a: 1\n');
    writeFileSync(tiltfile, "read_yaml('gen.yaml')\n");
    at(gen, loadEnd - 5);
    at(tiltfile, loadEnd - 60_000);
    const c = new ConfigContents();
    c.record([gen, tiltfile], loadEnd);
    // the load's own write, same content: no reload
    expect(c.changed([gen])).toEqual([]);
    // touched after the load (an editor save, `touch Tiltfile`): reload, as Tilt does
    at(tiltfile, loadEnd + 1000);
    expect(c.changed([tiltfile])).toEqual([tiltfile]);
    // other content, whatever its time: reload
    writeFileSync(gen, 'a: 2\n');
    at(gen, loadEnd - 5);
    expect(c.changed([gen])).toEqual([gen]);
    // files the load did not read always count
    expect(c.changed([join(dir, 'new.star')])).toEqual([join(dir, 'new.star')]);
  });

  it('finds files modified since a time, ignoring missing files and times in the future', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    writeFileSync(a, '');
    writeFileSync(b, '');
    at(a, 2_000);
    at(b, 9_000);
    expect(changedSince([a, b, join(dir, 'missing')], 1_500, 5_000)).toEqual([a]);
  });
});
