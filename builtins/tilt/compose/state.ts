// Docker Compose state of one load: the projects docker_compose() declared (in creation
// order), their services as the compose CLI resolved them, and the per-service options
// dc_resource() accumulated. Assembly (src/tiltfile/assemble/compose.ts) turns this into
// `dc` manifests.

import { stateSlot } from '../../kit/index.js';
import type { ComposeProject, Link, TriggerMode } from '../../../src/model/index.js';

/** What dc_resource() set for a service; undefined fields were never given. */
export interface ServiceOptions {
  /** dc_resource(image=): the ref that pairs the service with a Tilt build */
  imageRef: string | undefined;
  triggerMode: TriggerMode | undefined;
  inferLinks: boolean | undefined;
  autoInit: boolean | undefined;
  links: Link[];
  /** in first-given order, without duplicates */
  labels: string[];
  /** compose depends_on (sorted) merged with dc_resource(resource_deps=) */
  resourceDeps: string[];
}

export function newServiceOptions(): ServiceOptions {
  return { imageRef: undefined, triggerMode: undefined, inferLinks: undefined, autoInit: undefined, links: [], labels: [], resourceDeps: [] };
}

/** A `build:` section: the context and Dockerfile compose builds from. */
export interface ServiceBuild {
  /** absolute, or a git URL as written */
  context: string;
  /** as written in the compose file ('' = Dockerfile) */
  dockerfile: string;
}

export interface ComposeService {
  /** the resource name (the compose service name unless renamed with new_name=) */
  name: string;
  /** the service's name in the compose project */
  serviceName: string;
  /** the service as `compose config` printed it */
  config: Record<string, unknown>;
  /** the `image:` of the service ('' when absent) */
  image: string;
  build: ServiceBuild | null;
  publishedPorts: number[];
  volumeSources: string[];
  /** names of the services this one depends on (rewritten by renames) */
  dependsOn: string[];
  options: ServiceOptions;
}

export interface ComposeProjectState {
  project: ComposeProject;
  /** the Tiltfile whose docker_compose() created the project */
  tiltfilePath: string;
  /** resource names in compose dependency order */
  serviceNames: string[];
  services: Map<string, ComposeService>;
  /** options by resource name; they outlive re-parses of the project */
  options: Map<string, ServiceOptions>;
}

/** The compose command line found on this machine (see cli.ts). */
export interface ComposeCli {
  /** e.g. ['docker', 'compose'] or ['docker-compose'] */
  argv: string[];
  /** canonical semver, e.g. v1.29.2 */
  version: string;
}

export interface ComposeState {
  projects: Map<string, ComposeProjectState>;
  /** detected on the first docker_compose() call */
  cli: ComposeCli | null;
  /** scratch directory for compose YAML given as blobs */
  tempDir: string | null;
}

export const COMPOSE = stateSlot<ComposeState>('compose', () => ({ projects: new Map(), cli: null, tempDir: null }));
