// The hand-written corpus (test/differential/programs/*.star) run through tiltjs and
// starlark-go: output, error text with backtrace and exit status must be identical.
// Files with `---` lines are split into chunks, each run as a separate program.

import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkProgram, compareAll, describe as explain, differentialAvailable, goRunner, readProgram, runBoth, Scratch, type Program } from './harness.js';

const PROGRAMS = join(__dirname, 'programs');
const available = differentialAvailable();

describe.skipIf(!available)('corpus programs agree with starlark-go', () => {
  let scratch: Scratch;
  beforeAll(() => {
    goRunner();
    scratch = new Scratch();
    scratch.copyDir(join(PROGRAMS, 'lib'), 'lib');
  });
  afterAll(() => scratch?.dispose());

  it('files that cannot be read, among files that run', async () => {
    mkdirSync(join(scratch.dir, 'a-directory.star'), { recursive: true });
    scratch.write({ name: 'fine.star', source: 'print("fine")\n' });
    const { go, js } = await runBoth(scratch.dir, ['missing.star', 'fine.star', 'a-directory.star', 'lib/../fine.star']);
    expect(js).toEqual(go);
  });

  const files = readdirSync(PROGRAMS).filter((f) => f.endsWith('.star')).sort();
  for (const file of files) {
    it(file, async () => {
      const programs: Program[] = chunkProgram(file, readProgram(join(PROGRAMS, file)));
      const { disagreements } = await compareAll(scratch, programs);
      expect(disagreements.length, disagreements.map(explain).join('\n')).toBe(0);
    }, 300_000);
  }
});
