// parseLiveUpdate (reference §4.1): the ordering rules, the spec validation and the
// stored form, on step values built directly.

import { describe, expect, it } from 'vitest';
import { fromHost } from '../../../../grammar/utf8.js';
import { LoadContext } from '../../../../builtins/kit/index.js';
import { parseLiveUpdate, StepValue, UNUSED_STEPS } from '../../../../builtins/tilt/live-update/index.js';
import type { StepData, StepKind } from '../../../../builtins/tilt/live-update/steps.js';
import { List } from '../../../../src/starlark/values/list.js';
import { None, StarlarkError, type Value } from '../../../../src/starlark/values/value.js';
import { fakeHost } from '../fake-host.js';

function context(): LoadContext {
  return new LoadContext({ mainPath: '/proj/Tiltfile', args: [], subcommand: 'up', host: fakeHost(() => ({})) });
}

let line = 0;
function step(cx: LoadContext, kind: StepKind, data: StepData = {}): StepValue {
  const s = new StepValue(kind, `/proj/Tiltfile:${++line}:1`, true, data);
  cx.get(UNUSED_STEPS).set(s.key, s);
  return s;
}

function parse(cx: LoadContext, steps: Value[] | Value): unknown {
  try {
    return parseLiveUpdate(cx, Array.isArray(steps) ? new List(steps) : steps);
  } catch (e) {
    return (e as StarlarkError).msg;
  }
}

describe('parseLiveUpdate', () => {
  it('stores paths relative to the Tiltfile directory and marks steps used', () => {
    const cx = context();
    const steps = [
      step(cx, 'initial_sync'),
      step(cx, 'fall_back_on', { paths: ['/proj/package.json', '/elsewhere/x'] }),
      step(cx, 'sync', { localPath: '/proj/src', remotePath: '/app/src' }),
      step(cx, 'sync', { localPath: '/proj', remotePath: '/app' }),
      step(cx, 'run', { cmd: ['sh', '-c', 'make'], triggers: ['Makefile'], echoOff: true }),
      step(cx, 'restart_container'),
      step(cx, 'restart_container'),
    ];
    expect(parse(cx, steps)).toEqual([
      { type: 'initial_sync' },
      { type: 'fall_back_on', paths: ['package.json', '../elsewhere/x'] },
      { type: 'sync', localPath: 'src', remotePath: '/app/src' },
      { type: 'sync', localPath: '.', remotePath: '/app' },
      { type: 'run', cmd: ['sh', '-c', 'make'], triggers: ['Makefile'], echoOff: true },
      { type: 'restart_container' },
    ]);
    expect(cx.get(UNUSED_STEPS).size).toBe(0);
  });

  it('accepts a single step and treats None as no live update', () => {
    const cx = context();
    expect(parse(cx, step(cx, 'run', { cmd: ['true'] }))).toEqual([{ type: 'run', cmd: ['true'], triggers: [], echoOff: false }]);
    expect(parse(cx, None)).toEqual([]);
    expect(parse(cx, [])).toEqual([]);
  });

  it('enforces the order of steps', () => {
    const cx = context();
    const sync = (): StepValue => step(cx, 'sync', { localPath: '/proj', remotePath: '/app' });
    const run = (): StepValue => step(cx, 'run', { cmd: ['true'] });
    expect(parse(cx, [sync(), step(cx, 'initial_sync')])).toBe('live_update: initial_sync must appear at most once, at the start of the list');
    expect(parse(cx, [step(cx, 'initial_sync'), step(cx, 'initial_sync'), sync()])).toBe(
      'live_update: initial_sync must appear at most once, at the start of the list',
    );
    expect(parse(cx, [step(cx, 'fall_back_on', { paths: [] }), step(cx, 'initial_sync')])).toBe(
      'live_update: initial_sync must appear at most once, at the start of the list',
    );
    expect(parse(cx, [run(), step(cx, 'fall_back_on', { paths: [] })])).toBe('live_update: fall_back_on steps must appear at the start of the list');
    expect(parse(cx, [run(), sync()])).toBe('live_update: all sync steps must precede all run steps');
    expect(parse(cx, [step(cx, 'restart_container'), sync()])).toBe('live_update: restart container is only valid as the last step');
    expect(parse(cx, [sync(), step(cx, 'restart_container'), run()])).toBe('live_update: restart container is only valid as the last step');
    expect(parse(cx, [sync(), step(cx, 'restart_container'), step(cx, 'fall_back_on', { paths: [] })])).toBe(
      'live_update: fall_back_on steps must appear at the start of the list',
    );
  });

  it('validates the spec', () => {
    const cx = context();
    expect(parse(cx, [step(cx, 'initial_sync'), step(cx, 'restart_container')])).toBe(
      'live_update: spec.syncs: Invalid value: []v1alpha1.LiveUpdateSync(nil): must contain at least 1 sync or 1 exec to run on live update',
    );
    expect(parse(cx, [step(cx, 'sync', { localPath: '/proj/a', remotePath: 'a' }), step(cx, 'sync', { localPath: '/proj/b', remotePath: 'b' })])).toBe(
      'live_update: [spec.syncs[0]: Invalid value: "a": sync destination is not absolute, spec.syncs[1]: Invalid value: "b": sync destination is not absolute]',
    );
    expect(parse(cx, [fromHost('x')])).toBe(`live_update: 'steps' must be a list of live update steps - got value '"x"' of type 'string'`);
  });
});

describe('step values', () => {
  it('print like Tilt and hash by content and position', () => {
    const cx = context();
    const a = new StepValue('run', 'f:1:1', true, { cmd: ['sh', '-c', 'echo hi'], triggers: ['a', 'b'] });
    const b = new StepValue('run', 'f:1:1', true, { cmd: ['sh', '-c', 'echo hi'], triggers: ['a', 'b'] });
    expect(a.describe()).toBe('run step: "echo hi" (triggers: a; b)');
    expect(a.hashKey()).toBe(b.hashKey());
    expect(new StepValue('run', 'f:1:1', true, { cmd: ['make', 'a b'] }).describe()).toBe('run step: "make \\"a b\\""');
    expect(step(cx, 'fall_back_on', { paths: ['/a', '/b'] }).describe()).toBe("fall_back_on step: [/a /b]'");
    expect(step(cx, 'restart_container').typeName).toBe('live_update_restart_container_step');
    expect(step(cx, 'sync', { localPath: '', remotePath: '' }).truth()).toBe(false);
  });
});
