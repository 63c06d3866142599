// Running one chunk of a suite and comparing what happened with its ### expectations.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFile, StarlarkSyntaxError } from '../grammar/index.js';
import { toHost } from '../grammar/utf8.js';
import { backtrace, innermostPosition, StaticErrors } from '../src/starlark/errors.js';
import { execFile, prepareFile } from '../src/starlark/exec.js';
import { call } from '../src/starlark/call.js';
import { StarFunction } from '../src/starlark/values/function.js';
import { benchmarkValue } from './test-types.js';
import { Resolver } from '../src/starlark/resolve/resolver.js';
import { Thread, type Globals } from '../src/starlark/thread.js';
import { StarlarkError, type Value } from '../src/starlark/values/value.js';
import { loadAssertModule, setReporter, type Reporter } from './assert-module.js';
import type { Chunk } from './chunks.js';
import { chunkOptions, suitePath, type SuiteDef } from './suites.js';
import { testPredeclared } from './test-types.js';

export interface Environment {
  root: string;
  universe: ReadonlyMap<string, Value>;
  struct: Value;
  module: Value;
  json: Value;
}

/** Collects errors against a chunk's expectations, as starlark-go's chunkedfile does. */
class Checker {
  readonly problems: string[] = [];
  private readonly pending: Map<number, RegExp>;
  constructor(chunk: Chunk) {
    this.pending = new Map(chunk.want);
    this.problems.push(...chunk.problems);
  }
  gotError(line: number, msg: string): void {
    const rx = this.pending.get(line);
    const text = toHost(msg);
    if (!rx) {
      this.problems.push(`line ${line}: unexpected error: ${text}`);
      return;
    }
    this.pending.delete(line);
    if (!rx.test(text)) this.problems.push(`line ${line}: error ${JSON.stringify(text)} does not match ${rx}`);
  }
  fail(msg: string): void {
    this.problems.push(msg);
  }
  done(): string[] {
    for (const [line, rx] of this.pending) this.problems.push(`line ${line}: expected error matching ${rx}`);
    return this.problems;
  }
}

export function runChunk(suite: SuiteDef, chunk: Chunk, env: Environment): string[] {
  const path = suitePath(suite, env.root);
  const check = new Checker(chunk);
  switch (suite.kind) {
    case 'parse':
    case 'plain':
      runParse(path, chunk, check);
      break;
    case 'resolve':
      runResolve(path, chunk, check);
      break;
    case 'exec':
      runExec(path, chunk, check, env);
      break;
    case 'compile':
      runCompile(path, chunk, check, env);
      break;
    case 'bench':
      runBench(path, chunk, check, env);
      break;
  }
  return check.done();
}

function runParse(path: string, chunk: Chunk, check: Checker): void {
  try {
    parseFile(path, chunk.source);
  } catch (e) {
    if (e instanceof StarlarkSyntaxError) check.gotError(e.pos.line, e.msg);
    else check.fail(`parser crashed: ${(e as Error).stack}`);
  }
}

function runResolve(path: string, chunk: Chunk, check: Checker): void {
  let file;
  try {
    file = parseFile(path, chunk.source);
  } catch (e) {
    check.fail(`parse error: ${(e as Error).message}`);
    return;
  }
  const r = new Resolver(chunkOptions(chunk.source), (n) => n === 'M', (n) => n === 'U' || n === 'float');
  r.formatPos = (o) => file.lines.format(o);
  r.resolveFile(file.stmts);
  for (const issue of r.issues) check.gotError(file.lines.line(issue.pos), issue.msg);
}

function runExec(path: string, chunk: Chunk, check: Checker, env: Environment): void {
  const reporter: Reporter = { failures: [] };
  const predeclared = testPredeclared();
  predeclared.set('struct', env.struct);
  const thread = new Thread({
    print: () => {},
    load: (_t, module) => loadForTest(path, module, env),
  });
  setReporter(thread, reporter);
  try {
    execFile(thread, path, chunk.source, { universe: env.universe, predeclared, dialect: chunkOptions(chunk.source) });
  } catch (e) {
    if (e instanceof StarlarkError) {
      const pos = innermostPosition(e, path);
      if (pos) check.gotError(pos.line, e.msg);
      else check.fail(backtrace(e));
    } else if (e instanceof StaticErrors) {
      check.fail(`static errors: ${e.issues.map((i) => `${i.pos.line}:${i.pos.col}: ${toHost(i.msg)}`).join('; ')}`);
    } else {
      check.fail(`crash: ${(e as Error).stack}`);
    }
  }
  for (const f of reporter.failures) check.fail(`assertion: ${f}`);
}

function loadForTest(from: string, module: string, env: Environment): Globals {
  if (module === 'assert.star') return loadAssertModule(env.root, env.universe, env.module);
  if (module === 'json.star') return new Map([['json', env.json]]);
  const path = join(dirname(from), toHost(module));
  return execFile(new Thread(), path, readFileSync(path), { universe: env.universe });
}

function runCompile(path: string, chunk: Chunk, check: Checker, env: Environment): void {
  try {
    prepareFile(path, chunk.source, { universe: env.universe, dialect: chunkOptions(chunk.source) });
  } catch (e) {
    check.fail(`static errors: ${(e as Error).message}`);
  }
}

/** starlark-go's Benchmark: run the file, then each bench_* function once with a small b.n. */
function runBench(path: string, chunk: Chunk, check: Checker, env: Environment): void {
  const thread = new Thread({ print: () => {} });
  let globals;
  try {
    globals = execFile(thread, path, chunk.source, { universe: env.universe, dialect: chunkOptions(chunk.source) });
  } catch (e) {
    check.fail(e instanceof StarlarkError ? backtrace(e) : (e as Error).message);
    return;
  }
  for (const [name, fn] of globals) {
    if (!name.startsWith('bench_') || !(fn instanceof StarFunction)) continue;
    try {
      call(thread, fn, [benchmarkValue(3)], null);
    } catch (e) {
      check.fail(`${name}: ${e instanceof StarlarkError ? backtrace(e) : (e as Error).message}`);
    }
  }
}
