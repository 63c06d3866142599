// Random programs (test/differential/generator.ts) run through tiltjs and starlark-go:
// stdout, stderr (error message and backtrace) and exit status must be identical.
//
//   DIFF_PROGRAMS=2000 DIFF_SEED=7 npx vitest run test/differential/random.test.ts
//
// The default seed is fixed so that CI runs are reproducible; DIFF_SEED=random picks one.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIB_MODULE, programArb } from './generator.js';
import { compareAll, describe as explain, differentialAvailable, goRunner, Scratch, type Program } from './harness.js';

const COUNT = Number(process.env.DIFF_PROGRAMS ?? 400);
const SEED = process.env.DIFF_SEED === 'random' ? Date.now() % 2147483647 : Number(process.env.DIFF_SEED ?? 20240510);

const available = differentialAvailable();

describe.skipIf(!available)('random programs agree with starlark-go', () => {
  let scratch: Scratch;
  beforeAll(() => {
    goRunner();
    scratch = new Scratch();
    scratch.write(LIB_MODULE);
  });
  afterAll(() => scratch?.dispose());

  it(`${COUNT} programs (seed ${SEED})`, async () => {
    const generated = fc.sample(programArb, { numRuns: COUNT, seed: SEED });
    const programs: Program[] = generated.map((p, i) => ({ name: `g${String(i).padStart(4, '0')}.star`, source: p.source }));
    const { disagreements } = await compareAll(scratch, programs);
    expect(disagreements.length, `seed ${SEED}:\n` + disagreements.slice(0, 10).map(explain).join('\n')).toBe(0);
  }, 600_000);
});
