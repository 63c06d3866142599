// Image builds against the real Docker daemon: contexts and their ignore rules, Dockerfile
// variants, image dependencies, content-addressed tags, reuse within a session, and
// custom_build's contract.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerodeClient } from '../../../src/adapters/docker/dockerode.js';
import { nodeProcesses } from '../../../src/adapters/proc/node-processes.js';
import { ImageBuilder } from '../../../src/engine/executors/image-build.js';
import { BASE_IMAGE, noDocker, removeImages } from '../../adapters/docker/require-docker.js';
import { recordingContext } from './fake-context.js';
import { customTarget, dockerTarget } from './targets.js';

const docker = new DockerodeClient();
const env = () => ({ ...(process.env as Record<string, string>) });
let root: string;
const refs = new Set<string>();
// Names unique to this run, so runs sharing the daemon do not untag each other's images.
const T = (name: string) => `tiltjs-test-${name}-${process.pid}`;

function files(dir: string, entries: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(entries)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

function run(ref: string, script: string): string {
  refs.add(ref);
  const r = spawnSync('docker', ['run', '--rm', ref, 'sh', '-c', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`docker run failed: ${r.stderr}`);
  return r.stdout;
}

function builder(): ImageBuilder {
  return new ImageBuilder({ docker, processes: nodeProcesses, env });
}

describe.skipIf(noDocker)('image builds (Docker)', () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tiltjs-imgtest-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    removeImages(...[...refs].map((r) => r.replace(/:[^/]*$/, '')), T('custom'), T('out'), T('ctx-extra'));
  });

  it('streams the context honouring .dockerignore, ignore= and only=, and tags tilt-<hash>', async () => {
    const ctxDir = files(join(root, 'ctx1'), {
      Dockerfile: `FROM ${BASE_IMAGE}\nCOPY . /ctx\n`,
      '.dockerignore': 'secret.txt\nlogs\n',
      'app/main.sh': 'echo main',
      'app/skip.tmp': 'tmp',
      'secret.txt': 'no',
      'logs/a.log': 'no',
      'other/x.txt': 'not in only',
    });
    // only= re-includes nothing the .dockerignore or ignore= exclude.
    const img = dockerTarget(T('ctx'), ctxDir, { ignores: ['**/*.tmp'], only: ['app', 'secret.txt'], extraTags: [`${T('ctx-extra')}:v1`] });
    const ctx = recordingContext();
    const built = (await builder().buildAll(ctx, [img], { force: false, files: [] })).get(img.id)!;
    expect(built.ref).toMatch(new RegExp(`^${T('ctx')}:tilt-[0-9a-f]{16}$`));
    expect(built.ref.slice(-16)).toBe(built.imageId.replace('sha256:', '').slice(0, 16));
    refs.add(`${T('ctx-extra')}:v1`);
    expect(await docker.imageId(`${T('ctx-extra')}:v1`)).toBe(built.imageId);
    const listing = run(built.ref, 'cd /ctx && find . -type f | sort').trim().split('\n');
    expect(listing).toEqual(['./app/main.sh']);
    expect(ctx.text()).toContain('Successfully built');
  });

  it('prefers <dockerfile>.dockerignore and builds dockerfile_contents with build args and a target', async () => {
    const ctxDir = files(join(root, 'ctx2'), {
      'build/Custom.Dockerfile': `FROM ${BASE_IMAGE} AS first\nARG GREETING=unset\nRUN echo "$GREETING" > /greeting && grep -q '10.9.8.7.*tiltjs-extra' /etc/hosts && grep -q '10.9.8.6.*tiltjs-other' /etc/hosts\nFROM first AS second\nRUN echo second > /stage\n`,
      'build/Custom.Dockerfile.dockerignore': 'a.txt\n',
      '.dockerignore': 'b.txt\n',
      'a.txt': 'a',
      'b.txt': 'b',
    });
    const img = dockerTarget(T('df'), ctxDir, {
      dockerfile: join(ctxDir, 'build/Custom.Dockerfile'),
      buildArgs: { GREETING: 'hello' },
      target: 'first',
      extraHosts: ['tiltjs-extra:10.9.8.7', 'tiltjs-other:10.9.8.6'],
      network: 'none',
    });
    const built = (await builder().buildAll(recordingContext(), [img], { force: false, files: [] })).get(img.id)!;
    expect(run(built.ref, 'cat /greeting; ls /stage 2>&1 || true')).toMatch(/^hello\n.*No such file/s);

    const inline = dockerTarget(T('inline'), ctxDir, {
      dockerfile: '',
      dockerfileContents: `FROM ${BASE_IMAGE}\nCOPY . /ctx\n`,
    });
    const b2 = (await builder().buildAll(recordingContext(), [inline], { force: false, files: [] })).get(inline.id)!;
    // The root .dockerignore applies (no Dockerfile path to take one from); the generated
    // Dockerfile does not end up in the image.
    expect(run(b2.ref, 'cd /ctx && find . -type f | sort').trim().split('\n')).toEqual(['./a.txt', './build/Custom.Dockerfile', './build/Custom.Dockerfile.dockerignore']);
  });

  it('builds image dependencies first and substitutes their tag for FROM', async () => {
    const baseDir = files(join(root, 'base'), { Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo from-base > /base.txt\n` });
    const appDir = files(join(root, 'app'), { Dockerfile: `ARG BASE=${T('base')}\nFROM \${BASE}\nRUN cat /base.txt > /app.txt\n` });
    const base = dockerTarget(T('base'), baseDir);
    const app = dockerTarget(T('app'), appDir, { imageDeps: [base.id] });
    const ctx = recordingContext();
    const out = await builder().buildAll(ctx, [base, app], { force: false, files: [] });
    refs.add(out.get(base.id)!.ref);
    expect(run(out.get(app.id)!.ref, 'cat /app.txt')).toBe('from-base\n');
    expect(ctx.text()).toContain(`FROM ${out.get(base.id)!.ref}`);
  });

  it('reports a failed build and keeps no result', async () => {
    const dir = files(join(root, 'bad'), { Dockerfile: `FROM ${BASE_IMAGE}\nRUN echo about to fail && exit 3\n` });
    const img = dockerTarget(T('bad'), dir);
    const b = builder();
    const ctx = recordingContext();
    await expect(b.buildAll(ctx, [img], { force: false, files: [] })).rejects.toThrow(/Build Failed: .*(returned a non-zero code: 3|exit code: 3)/);
    expect(ctx.text()).toContain('about to fail');
    expect(b.cache.get(img.id)).toBeUndefined();
  });

  it('reuses an unchanged image within the session, rebuilding on relevant changes and triggers', async () => {
    const dir = files(join(root, 'reuse'), { Dockerfile: `FROM ${BASE_IMAGE}\nCOPY . /ctx\n`, 'src/a.txt': '1', '.dockerignore': 'ignored\n', 'ignored/x': '' });
    const img = dockerTarget(T('reuse'), dir);
    const b = builder();
    const first = (await b.buildAll(recordingContext(), [img], { force: false, files: [] })).get(img.id)!;
    refs.add(first.ref);

    const again = recordingContext();
    expect((await b.buildAll(again, [img], { force: false, files: [join(dir, 'ignored/x')] })).get(img.id)).toBe(first);
    expect(again.text()).toContain(`Loading cached images\n- ${first.ref}`);

    // A change older than the build (already in it) does not count either.
    utimesSync(join(dir, 'src/a.txt'), new Date(first.startedAt - 60_000), new Date(first.startedAt - 60_000));
    writeFileSync(join(dir, 'src/b.txt'), 'new');
    const rebuilt = (await b.buildAll(recordingContext(), [img], { force: false, files: [join(dir, 'src/b.txt')] })).get(img.id)!;
    expect(rebuilt).not.toBe(first);
    refs.add(rebuilt.ref);
    const forced = (await b.buildAll(recordingContext(), [img], { force: true, files: [] })).get(img.id)!;
    expect(forced).not.toBe(rebuilt);
    expect(forced.ref).toBe(rebuilt.ref);
  });

  it('runs custom_build with EXPECTED_REF and retags the result tilt-<hash>', async () => {
    const dir = files(join(root, 'custom'), { 'dep.txt': 'x' });
    const img = customTarget(T('custom'), dir, `echo "ref=$EXPECTED_REF image=$EXPECTED_IMAGE tag=$EXPECTED_TAG" && docker tag ${BASE_IMAGE} $EXPECTED_REF`);
    const ctx = recordingContext();
    const built = (await builder().buildAll(ctx, [img], { force: false, files: [] })).get(img.id)!;
    expect(ctx.text()).toMatch(new RegExp(`ref=${T('custom')}:tilt-build-\\d+ image=library/${T('custom')} tag=tilt-build-\\d+`));
    expect(built.ref).toMatch(new RegExp(`^${T('custom')}:tilt-[0-9a-f]{16}$`));
    expect(built.imageId).toBe(await docker.imageId(BASE_IMAGE));
    const expected = /ref=(\S+)/.exec(ctx.text())![1];
    refs.add(expected);
  });

  it('custom_build: outputs_image_ref_to, skips_local_docker and failures', async () => {
    const dir = files(join(root, 'custom2'), {});
    const refFile = join(dir, 'ref.txt');
    writeFileSync(refFile, 'stale');
    const out = customTarget(T('out'), dir, `test ! -e ref.txt && docker tag ${BASE_IMAGE} ${T('out')}:mine && echo ${T('out')}:mine > ref.txt`, {
      outputsImageRefTo: refFile,
    });
    refs.add(`${T('out')}:mine`);
    expect((await builder().buildAll(recordingContext(), [out], { force: false, files: [] })).get(out.id)!.ref).toBe(`${T('out')}:mine`);

    const remote = customTarget(T('remote'), dir, 'true', { skipsLocalDocker: true, tag: 'v9' });
    expect((await builder().buildAll(recordingContext(), [remote], { force: false, files: [] })).get(remote.id)).toMatchObject({ ref: `${T('remote')}:v9`, imageId: '' });

    const missing = customTarget(T('missing'), dir, 'true');
    await expect(builder().buildAll(recordingContext(), [missing], { force: false, files: [] })).rejects.toThrow(/^Could not find image in Docker[\s\S]*skips_local_docker=True/);

    const failing = customTarget(T('fail'), dir, 'echo oops; exit 4');
    await expect(builder().buildAll(recordingContext(), [failing], { force: false, files: [] })).rejects.toThrow('Custom build "echo oops; exit 4" failed: exit status 4');
  });
});
