// The live-update step constructors sync(), run(), fall_back_on(), restart_container() and
// initial_sync() (reference §1.6). Each returns a hashable value of its own type that
// remembers where it was created; creating a step registers it as unused until a
// live_update= consumes it (reference §4.1).

import { fromHost, toHost } from '../../../grammar/utf8.js';
import { quoteString } from '../../../src/starlark/text/quote.js';
import { typeOf } from '../../../src/starlark/values/builtin.js';
import { compositeKey } from '../../../src/starlark/values/hash-key.js';
import { str } from '../../../src/starlark/values/repr.js';
import { StarObject, StarlarkError, type CompareOp, type HashKey, type Value } from '../../../src/starlark/values/value.js';
import { T, defineBuiltin, toCommand, type CallContext } from '../../kit/index.js';
import { goClean, goStringSlice } from '../images/go-path.js';
import { callPosition } from './position.js';
import { UNUSED_STEPS } from './state.js';
import { valuesOf } from './values.js';

export type StepKind = 'sync' | 'run' | 'fall_back_on' | 'restart_container' | 'initial_sync';

const TYPE_NAMES: Record<StepKind, string> = {
  sync: 'live_update_sync_step',
  run: 'live_update_run_step',
  fall_back_on: 'live_update_fall_back_on_step',
  restart_container: 'live_update_restart_container_step',
  initial_sync: 'live_update_initial_sync_step',
};

export interface StepData {
  /** sync: absolute local path */
  localPath?: string;
  remotePath?: string;
  /** run: argv */
  cmd?: string[];
  /** run: trigger paths as written */
  triggers?: string[];
  echoOff?: boolean;
  /** fall_back_on: absolute paths */
  paths?: string[];
}

let serial = 0;

export class StepValue extends StarObject {
  readonly typeName: string;
  /** identity of the creating call site for the unused-step bookkeeping */
  readonly key: string;

  constructor(
    readonly kind: StepKind,
    /** creation position, `file:line:col` */
    readonly pos: string,
    exactPos: boolean,
    readonly data: StepData,
  ) {
    super();
    this.typeName = TYPE_NAMES[kind];
    this.key = exactPos ? pos : `${pos}#${++serial}`;
  }

  /** Tilt's String() of the step (host text). */
  describe(): string {
    const d = this.data;
    switch (this.kind) {
      case 'sync':
        return `sync step: '${d.localPath}'->'${d.remotePath}'`;
      case 'run': {
        let s = `run step: ${goQuote(cmdString(d.cmd ?? []))}`;
        if ((d.triggers ?? []).length > 0) s += ` (triggers: ${d.triggers!.join('; ')})`;
        return s;
      }
      case 'fall_back_on':
        return `fall_back_on step: ${goStringSlice(d.paths ?? [])}'`;
      case 'restart_container':
        return 'restart_container step';
      case 'initial_sync':
        return 'initial_sync step';
    }
  }

  writeRepr(out: string[]): void {
    out.push(fromHost(this.describe()));
  }

  override truth(): boolean {
    const d = this.data;
    switch (this.kind) {
      case 'sync':
        return (d.localPath ?? '').length > 0 || (d.remotePath ?? '').length > 0;
      case 'run':
        return (d.cmd ?? []).length > 0;
      case 'fall_back_on':
        return (d.paths ?? []).length > 0;
      default:
        return true;
    }
  }

  private contentKey(): string {
    return compositeKey(this.kind, [this.pos, this.describe(), String(this.data.echoOff ?? false)].map(fromHost));
  }

  override hashKey(): HashKey {
    return this.contentKey();
  }

  override compareSameType(op: CompareOp, other: StarObject): boolean {
    const eq = this.contentKey() === (other as StepValue).contentKey();
    if (op === '==') return eq;
    if (op === '!=') return !eq;
    throw new StarlarkError(`${this.typeName} ${op} ${this.typeName} not implemented`);
  }
}

/** strconv.Quote of host text. */
export function goQuote(s: string): string {
  return toHost(quoteString(fromHost(s)));
}

/** Tilt's Cmd.String(): the script of `sh -c SCRIPT`, else argv with spaced args quoted. */
export function cmdString(argv: string[]): string {
  if (argv.length === 3 && argv[0] === 'sh' && argv[1] === '-c' && !argv[2].includes('\n')) return argv[2];
  return argv.map((a) => (a.includes(' ') ? goQuote(a) : a)).join(' ');
}

function record(cx: CallContext, kind: StepKind, data: StepData): StepValue {
  const { pos, exact } = callPosition(cx);
  const step = new StepValue(kind, pos, exact, data);
  cx.load.get(UNUSED_STEPS).set(step.key, step);
  return step;
}

export const syncBuiltin = defineBuiltin('sync', { local_path: T.string, remote_path: T.string }, (cx, a) =>
  record(cx, 'sync', { localPath: goClean(cx.load.absPath(a.local_path)), remotePath: a.remote_path }),
);

export const runBuiltin = defineBuiltin('run', { cmd: T.value, 'trigger?': T.value, 'echo_off?': T.bool }, (cx, a) => {
  const cmd = toCommand(a.cmd);
  const triggers = valuesOf(a.trigger).map((t) => {
    if (typeof t !== 'string') {
      throw new StarlarkError(
        fromHost(`run cmd '${cmdString(cmd)}' triggers contained value '${toHost(str(t))}' of type '${typeOf(t)}'. it may only contain strings`),
      );
    }
    return toHost(t);
  });
  return record(cx, 'run', { cmd, triggers, echoOff: a.echo_off ?? false });
});

export const fallBackOnBuiltin = defineBuiltin('fall_back_on', { paths: T.pathList }, (cx, a) =>
  record(cx, 'fall_back_on', { paths: a.paths.map(goClean) }),
);

export const restartContainerBuiltin = defineBuiltin('restart_container', {}, (cx) => record(cx, 'restart_container', {}));

export const initialSyncBuiltin = defineBuiltin('initial_sync', {}, (cx) => record(cx, 'initial_sync', {}));

export function isStep(v: Value): v is StepValue {
  return v instanceof StepValue;
}
