// The conformance runner: runs starlark-go's own test suite against tiltjs's interpreter
// and compares the outcome with the known-failure list (conformance/expectations/).
//
//   npm run conformance [-- --json] [-- --verbose] [-- --suite NAME]
//
// Exit status 1 on any unexpected failure or unexpected pass, so the list stays honest.

import { existsSync, readFileSync } from 'node:fs';
import { starlarkExtras, universe } from '../builtins/universe/index.js';
import { adaptChunk, loadAdaptations } from './adaptations.js';
import { readChunks } from './chunks.js';
import { loadKnownFailures } from './known-failures.js';
import { runChunk, type Environment } from './run-chunk.js';
import { DEFAULT_ROOT, SUITES, suitePath } from './suites.js';
import { runTiltfileSuite } from './tilt-suite.js';

interface SuiteResult {
  chunks: number;
  passed: number;
  failed: number;
  expectedFailures: string[];
  /** known failures whose 2024 adaptation passes */
  adaptedPassed: number;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const only = argv.includes('--suite') ? argv[argv.indexOf('--suite') + 1] : undefined;
  const root = process.env.STARLARK_GO_ROOT ?? DEFAULT_ROOT;
  if (!existsSync(root)) {
    process.stderr.write(`conformance: starlark-go's test suite not found at ${root} (apt-get install golang-starlark-dev, or set STARLARK_GO_ROOT)\n`);
    return 2;
  }
  const known = loadKnownFailures();
  const adaptations = loadAdaptations();
  const extras = starlarkExtras();
  const env: Environment = { root, universe, struct: extras.get('struct')!, module: extras.get('module')!, json: extras.get('json')! };
  const results: Record<string, SuiteResult> = {};
  const unexpected: string[] = [];
  for (const suite of SUITES) {
    if (only && suite.name !== only) continue;
    const text = readFileSync(suitePath(suite, root), 'latin1');
    const whole = suite.kind === 'plain' || suite.kind === 'compile' || suite.kind === 'bench';
    const chunks = whole ? [{ index: 0, source: text, want: new Map(), problems: [] }] : readChunks(text);
    const res: SuiteResult = { chunks: chunks.length, passed: 0, failed: 0, expectedFailures: [], adaptedPassed: 0 };
    for (const chunk of chunks) {
      const id = `${suite.name}:${chunk.index}`;
      const problems = runChunk(suite, chunk, env);
      const expected = known.has(id);
      if (problems.length === 0) {
        res.passed++;
        if (expected) unexpected.push(`${id}: passed but is listed as a known failure`);
      } else {
        res.failed++;
        if (expected) res.expectedFailures.push(id);
        else unexpected.push(`${id}: ${problems.join('\n    ')}`);
        const adapted = adaptations.get(id);
        if (expected && adapted) {
          const again = runChunk(suite, adaptChunk(chunk, adapted), env);
          if (again.length === 0) res.adaptedPassed++;
          else unexpected.push(`${id} (2024 adaptation): ${again.join('\n    ')}`);
        }
        if (verbose && expected) process.stderr.write(`(known) ${id}: ${problems.join('\n    ')}\n`);
      }
    }
    results[suite.name] = res;
  }
  if (!only || only === 'tiltfiles') {
    const tilt = runTiltfileSuite(known);
    results.tiltfiles = tilt.result;
    unexpected.push(...tilt.unexpected);
  }
  report(results, unexpected, json);
  return unexpected.length > 0 ? 1 : 0;
}

function report(results: Record<string, SuiteResult>, unexpected: string[], json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify({ suites: results }, null, 2) + '\n');
  } else {
    const groups: Record<string, [number, number]> = { "starlark-go's suite": [0, 0], 'tiltjs 2024 suites': [0, 0], 'Tiltfile cases': [0, 0] };
    for (const [name, r] of Object.entries(results)) {
      const g = name === 'tiltfiles' ? 'Tiltfile cases' : name.startsWith('tiltjs/') ? 'tiltjs 2024 suites' : "starlark-go's suite";
      groups[g][0] += r.passed;
      groups[g][1] += r.chunks;
      process.stdout.write(`${name.padEnd(24)} ${String(r.passed).padStart(4)}/${String(r.chunks).padEnd(4)} passed` +
        (r.expectedFailures.length ? `  (${r.expectedFailures.length} known failures, ${r.adaptedPassed} pass in their 2024 form)` : '') + '\n');
    }
    for (const [g, [passed, chunks]] of Object.entries(groups)) {
      if (chunks > 0) process.stdout.write(`${g.padEnd(24)} ${passed}/${chunks} (${((100 * passed) / chunks).toFixed(1)}%)\n`);
    }
  }
  for (const u of unexpected) process.stderr.write(`UNEXPECTED ${u}\n`);
}

process.exitCode = main(process.argv.slice(2));
