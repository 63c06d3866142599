// Resources whose deploy target tiltjs cannot run yet fail their update with a clear
// message instead of pretending to succeed.

import type { Manifest } from '../../model/index.js';
import { UpdateError, type Executor } from '../executor.js';

export class UnsupportedExecutor implements Executor {
  constructor(
    private readonly manifest: Manifest,
    private readonly what: string,
  ) {}
  async update(): Promise<void> {
    throw new UpdateError(`${this.manifest.name}: ${this.what} not supported by tiltjs yet`);
  }
  async stop(): Promise<void> {}
}
