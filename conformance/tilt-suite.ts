// The `tiltfiles` conformance suite: every case under conformance/tilt/ (see tilt-case.ts).

import { dirname, join } from 'node:path';
import { listCases, runTiltCase } from './tilt-case.js';
import { expectationsDir } from './known-failures.js';

export interface TiltSuiteResult {
  result: { chunks: number; passed: number; failed: number; expectedFailures: string[]; adaptedPassed: number };
  unexpected: string[];
}

export function runTiltfileSuite(known: Map<string, string>, verbose = false): TiltSuiteResult {
  const root = join(dirname(expectationsDir()), 'tilt');
  const cases = listCases(root);
  const result = { chunks: cases.length, passed: 0, failed: 0, expectedFailures: [] as string[], adaptedPassed: 0 };
  const unexpected: string[] = [];
  for (const c of cases) {
    const id = `tiltfiles:${c.name}`;
    const problems = runTiltCase(c);
    if (problems.length === 0) {
      result.passed++;
      if (known.has(id)) unexpected.push(`${id}: passed but is listed as a known failure`);
    } else {
      result.failed++;
      if (known.has(id)) result.expectedFailures.push(id);
      else unexpected.push(`${id}: ${problems.join('\n    ')}`);
      if (verbose) process.stderr.write(`${id}: ${problems.join('\n    ')}\n`);
    }
  }
  return { result, unexpected };
}
