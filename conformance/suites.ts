// Where the conformance suites live: starlark-go's own tests, read from the installed copy
// (Debian's golang-starlark-dev), never vendored into this repository; and tiltjs's own
// tests of 2024 behaviour in the same format (conformance/starlark-2024/, `local`).

import { dirname, join } from 'node:path';
import { expectationsDir } from './known-failures.js';

export const DEFAULT_ROOT = '/usr/share/gocode/src/go.starlark.net';

/**
 * exec: run chunks; parse/resolve: static checks only; plain: one file that must parse, no
 * ### expectations; compile: one file that must parse and resolve (paths.star, the input
 * of starlark-go's BenchmarkProgram); bench: one file whose bench_* functions are each
 * called with a benchmark value `b` (b.n, b.restart(), b.start(), b.stop()), as
 * starlark-go's Benchmark does with benchmark.star.
 */
export type SuiteKind = 'exec' | 'parse' | 'resolve' | 'plain' | 'compile' | 'bench';

export interface SuiteDef {
  name: string;
  /** path relative to the root (or, when local, to this repository's conformance/ folder) */
  file: string;
  kind: SuiteKind;
  /** tiltjs's own tests in starlark-go's format (conformance/starlark-2024/), not starlark-go's */
  local?: boolean;
}

const EXEC_FILES = [
  'assign', 'bool', 'builtins', 'control', 'dict', 'float', 'function', 'int', 'json',
  'list', 'misc', 'module', 'recursion', 'set', 'string', 'tuple',
];

/** tiltjs's tests of 2024 behaviour the installed 2021 suite lacks: conformance/starlark-2024/NAME.star. */
const LOCAL_2024: [string, SuiteKind][] = [
  ['bytes', 'exec'], ['builtins', 'exec'], ['dict', 'exec'], ['string', 'exec'], ['set', 'exec'],
  ['syntax', 'parse'], ['resolve', 'resolve'],
];

export const SUITES: SuiteDef[] = [
  ...EXEC_FILES.map((f): SuiteDef => ({ name: `starlark/${f}`, file: `starlark/testdata/${f}.star`, kind: 'exec' })),
  { name: 'starlarkstruct/struct', file: 'starlarkstruct/testdata/struct.star', kind: 'exec' },
  { name: 'starlark/benchmark', file: 'starlark/testdata/benchmark.star', kind: 'bench' },
  { name: 'starlark/paths', file: 'starlark/testdata/paths.star', kind: 'compile' },
  { name: 'syntax/errors', file: 'syntax/testdata/errors.star', kind: 'parse' },
  { name: 'syntax/scan', file: 'syntax/testdata/scan.star', kind: 'plain' },
  { name: 'resolve/resolve', file: 'resolve/testdata/resolve.star', kind: 'resolve' },
  ...LOCAL_2024.map(([f, kind]): SuiteDef => ({ name: `tiltjs/${f}`, file: `starlark-2024/${f}.star`, kind, local: true })),
];

/** The file of a suite: under the starlark-go root, or under this repository's conformance/ folder. */
export function suitePath(suite: SuiteDef, root: string): string {
  return suite.local ? join(dirname(expectationsDir()), suite.file) : join(root, suite.file);
}

/**
 * Dialect switches a chunk turns on with `option:NAME`. The installed suite is the 2021
 * one, whose harness also enabled top-level control with `globalreassign` and while loops
 * with `recursion`; the 2024 names are accepted too.
 */
export function chunkOptions(src: string): {
  set: boolean;
  while: boolean;
  topLevelControl: boolean;
  globalReassign: boolean;
  loadBindsGlobally: boolean;
  recursion: boolean;
} {
  const has = (n: string) => src.includes(`option:${n}`);
  return {
    set: has('set'),
    while: has('while') || has('recursion'),
    topLevelControl: has('toplevelcontrol') || has('globalreassign'),
    globalReassign: has('globalreassign'),
    loadBindsGlobally: has('loadbindsglobally'),
    recursion: has('recursion'),
  };
}
