// Where the conformance suites live: starlark-go's own tests, read from the installed copy
// (Debian's golang-starlark-dev), never vendored into this repository.

export const DEFAULT_ROOT = '/usr/share/gocode/src/go.starlark.net';

/** exec: run chunks; parse/resolve: static checks only; plain: one file that must parse, no ### expectations. */
export type SuiteKind = 'exec' | 'parse' | 'resolve' | 'plain';

export interface SuiteDef {
  name: string;
  /** path relative to the root */
  file: string;
  kind: SuiteKind;
}

const EXEC_FILES = [
  'assign', 'bool', 'builtins', 'control', 'dict', 'float', 'function', 'int', 'json',
  'list', 'misc', 'module', 'recursion', 'set', 'string', 'tuple',
];

export const SUITES: SuiteDef[] = [
  ...EXEC_FILES.map((f): SuiteDef => ({ name: `starlark/${f}`, file: `starlark/testdata/${f}.star`, kind: 'exec' })),
  { name: 'starlarkstruct/struct', file: 'starlarkstruct/testdata/struct.star', kind: 'exec' },
  { name: 'syntax/errors', file: 'syntax/testdata/errors.star', kind: 'parse' },
  { name: 'syntax/scan', file: 'syntax/testdata/scan.star', kind: 'plain' },
  { name: 'resolve/resolve', file: 'resolve/testdata/resolve.star', kind: 'resolve' },
];

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
