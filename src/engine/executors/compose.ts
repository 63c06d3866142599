// Docker Compose services (reference §7.8): build the service's Tilt images (or let compose
// build it), `up` the one service with the built image swapped in, follow its container,
// and live-update it in place (reference §4.2). Containers outlive tiltjs; `down` removes
// them one project at a time.

import { ComposeError, type ComposeCli } from '../../adapters/compose/port.js';
import { DockerUnavailableError, type ContainerState, type DockerClient } from '../../adapters/docker/port.js';
import type { ComposeTarget, ImageTarget, Manifest } from '../../model/index.js';
import { UpdateError, type Executor, type ExecutorContext, type UpdateRequest } from '../executor.js';
import { writeOverride } from './compose-override.js';
import { ServiceRuntime } from './compose-runtime.js';
import { deployedImage, type ImageBuilder } from './image-build.js';
import { applyLiveUpdate, LiveUpdateInfraError, LiveUpdateRunError } from './live-update.js';
import { hasLiveUpdate, initialSyncPlan, planLiveUpdate, type LiveUpdatePlan } from './live-update-plan.js';
import type { UpdateMode } from '../update-mode.js';

export interface ComposeExecutorServices {
  docker: DockerClient;
  compose: ComposeCli;
  images: ImageBuilder;
  /** projects `down` already handled in this run (one `compose down` per project) */
  downDone: Set<string>;
  /** `--update-mode`; `image` turns live update off (default `auto`) */
  updateMode?: UpdateMode;
}

/** How long a live update waits for a starting or restarting container. */
const HOLD_MS = 30_000;

function projectKey(dc: ComposeTarget): string {
  return JSON.stringify([dc.project.name, dc.project.configPaths, dc.project.projectDir]);
}

/** The compose failure, with known causes (a taken port) said plainly first. */
export function explainComposeFailure(e: ComposeError): string {
  const port = /(?:Bind for [^\s]+:(\d+) failed: port is already allocated|listen tcp[46]? [^\s]*:(\d+): bind: address already in use)/.exec(e.output);
  if (port) return `port ${port[1] ?? port[2]} is already in use on this machine (another container or process holds it)\n${e.message}`;
  return e.message;
}

export class ComposeExecutor implements Executor {
  /** set by stop(): an update finishing meanwhile must not start following the container */
  private stopped = false;
  private readonly dc: ComposeTarget;
  private readonly runtime: ServiceRuntime;
  /** the container initial_sync last ran for */
  private syncedId = '';

  constructor(
    private readonly manifest: Manifest,
    private readonly s: ComposeExecutorServices,
  ) {
    this.dc = manifest.dc!;
    this.runtime = new ServiceRuntime(s.docker, this.dc.project, this.dc.service);
  }

  private get liveImage(): ImageTarget | undefined {
    const img = deployedImage(this.manifest.images);
    return hasLiveUpdate(img) ? img : undefined;
  }

  private async ensureDocker(): Promise<void> {
    try {
      await this.s.docker.ping();
    } catch (e) {
      const why = e instanceof DockerUnavailableError ? e.message : `Docker error: ${(e as Error).message}`;
      throw new UpdateError(`Docker is not available, so ${this.dc.service} cannot run: ${why}`);
    }
  }

  private async composeRun(f: () => Promise<void>): Promise<void> {
    try {
      await f();
    } catch (e) {
      if (e instanceof ComposeError) throw new UpdateError(explainComposeFailure(e));
      throw e;
    }
  }

  async update(ctx: ExecutorContext, req: UpdateRequest): Promise<void> {
    if (ctx.signal.aborted) throw new UpdateError('update cancelled');
    await this.ensureDocker();
    const { project, service } = this.dc;
    const opts = { onOutput: (t: string) => ctx.log(t), signal: ctx.signal };
    const forced = req.reason === 'trigger' && req.files.length === 0;
    let image: string | null = null;
    const top = deployedImage(this.manifest.images);
    if (top) {
      const built = await this.s.images.buildAll(ctx, this.manifest.images, { force: req.reason === 'trigger', files: req.files });
      image = built.get(top.id)?.ref ?? null;
    } else if (this.dc.build) {
      ctx.log(`Building ${service} with Docker Compose\n`);
      await this.composeRun(() => this.s.compose.build(project, service, opts));
    }
    const extra = image ? [writeOverride(project, service, image)] : [];
    await this.runtime.quietly(async () => {
      if (forced) {
        ctx.log(`Removing the ${service} container (forced update)\n`);
        await this.composeRun(() => this.s.compose.rm(project, [service], opts));
      }
      ctx.log(`Starting ${service}${image ? ` with image ${image}` : ''}\n`);
      await this.composeRun(() => this.s.compose.up(project, service, extra, opts));
    });
    // Stopped meanwhile (shutdown): following the container now would outlive stop().
    if (this.stopped || ctx.signal.aborted) throw new UpdateError('update cancelled');
    const c = await this.runtime.attach(ctx);
    if (!c) throw new UpdateError(`no container found for service ${service} after docker compose up`);
    if (project.wait && !(await this.s.compose.version()).v2) await this.waitHealthy(ctx);
    await this.initialSync(ctx, c);
  }

  /** `up --wait` for Compose v1, which lacks it: running, and healthy if it has a health check. */
  private async waitHealthy(ctx: ExecutorContext): Promise<void> {
    ctx.log(`Waiting for ${this.dc.service} to be running and healthy\n`);
    const settled = (c: ContainerState | null) => c !== null && (!c.running || c.health === null || c.health !== 'starting');
    await this.runtime.waitFor(settled, ctx.signal, 0);
    const c = this.runtime.current;
    if (!c || !c.running || c.health === 'unhealthy') {
      throw new UpdateError(`container for ${this.dc.service} is not healthy: ${c ? (c.health ?? c.status) : 'gone'}`);
    }
  }

  private async initialSync(ctx: ExecutorContext, c: ContainerState): Promise<void> {
    const img = this.s.updateMode === 'image' ? undefined : this.liveImage;
    const plan = img ? initialSyncPlan(img) : null;
    if (!img || !plan || plan.kind !== 'update' || this.syncedId === c.id || !c.running) return;
    ctx.log(`Initial sync to container ${c.name}\n`);
    try {
      await applyLiveUpdate(ctx, this.s.docker, c, img, plan);
      this.syncedId = c.id;
    } catch (e) {
      throw new UpdateError(`initial_sync: ${(e as Error).message}`);
    }
  }

  async liveUpdate(ctx: ExecutorContext, files: string[]): Promise<'applied' | 'full'> {
    const img = this.liveImage;
    if (!img) return 'full';
    if (this.s.updateMode === 'image') {
      ctx.log('Live update is off (--update-mode=image): full image build + deploy\n');
      return 'full';
    }
    const plan: LiveUpdatePlan = planLiveUpdate(img, files);
    if (plan.kind === 'full') {
      ctx.log(`${plan.reason}\nFalling back to a full image build + deploy\n`);
      return 'full';
    }
    const c = await this.runningContainer(ctx);
    if (ctx.signal.aborted) throw new UpdateError('live update cancelled');
    if (!c) return 'full';
    try {
      if (plan.restart) await this.runtime.quietly(() => applyLiveUpdate(ctx, this.s.docker, c, img, plan));
      else await applyLiveUpdate(ctx, this.s.docker, c, img, plan);
    } catch (e) {
      if (e instanceof LiveUpdateRunError) throw new UpdateError(e.message);
      if (ctx.signal.aborted) throw new UpdateError('live update cancelled');
      const why = e instanceof LiveUpdateInfraError ? e.message : (e as Error).message;
      ctx.log(`Updating container ${c.name}: ${why}\nFalling back to a full image build + deploy\n`);
      return 'full';
    }
    // Container events keep the state current; nothing to wait for here.
    void this.runtime.refresh();
    return 'applied';
  }

  /** The container to live-update: waits out a start or restart, gives up on a stopped one. */
  private async runningContainer(ctx: ExecutorContext): Promise<ContainerState | null> {
    // The followed state is kept current by container events: a running container needs no new look.
    const known = this.runtime.current;
    if (known?.running && this.runtime.following) return known;
    try {
      await this.ensureDocker();
    } catch (e) {
      ctx.log(`${(e as Error).message}\n`);
      return null;
    }
    let c = await this.runtime.attach(ctx);
    if (!c) {
      ctx.log(`No container for ${this.dc.service}: falling back to a full image build + deploy\n`);
      return null;
    }
    if (!c.running && c.status !== 'exited' && c.status !== 'dead') {
      ctx.log(`Container ${c.name} is ${c.status}: holding the change until it runs\n`);
      await this.runtime.waitFor((x) => x !== null && (x.running || x.status === 'exited' || x.status === 'dead'), ctx.signal, HOLD_MS);
      c = this.runtime.current;
    }
    if (!c || !c.running) {
      ctx.log(`Container for live update is stopped: ${c?.name ?? this.dc.service}\nFalling back to a full image build + deploy\n`);
      return null;
    }
    return c;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.runtime.stop();
  }

  async disable(ctx: ExecutorContext): Promise<void> {
    await this.stop();
    const { project, service } = this.dc;
    ctx.log(`Removing the ${service} container (resource disabled)\n`);
    try {
      await this.s.compose.rm(project, [service], { onOutput: (t: string) => ctx.log(t), signal: new AbortController().signal });
    } catch (e) {
      ctx.log(`${e instanceof ComposeError ? explainComposeFailure(e) : (e as Error).message}\n`);
    }
  }

  async down(ctx: ExecutorContext): Promise<void> {
    const key = projectKey(this.dc);
    if (this.s.downDone.has(key)) return;
    this.s.downDone.add(key);
    try {
      await this.s.compose.down(this.dc.project, { onOutput: (t) => ctx.log(t), signal: ctx.signal });
    } catch (e) {
      throw new UpdateError(`Running \`docker-compose down\`: ${(e as Error).message}`);
    }
  }
}
