// Manifests for Docker Compose services (reference §3.6, §3.9, §7.8): one `dc` resource
// per service, projects in declaration order and services in compose dependency order.
// Also checks the compose version Tilt would refuse or warn about.

import type { LoadContext } from '../../../builtins/kit/index.js';
import { COMPOSE, checkComposeVersion, type ComposeProjectState, type ComposeService } from '../../../builtins/tilt/compose/index.js';
import { DEFAULT_REGISTRY } from '../../../builtins/tilt/images/state.js';
import { GLOBAL_TRIGGER_MODE } from '../../../builtins/tilt/trigger-mode/index.js';
import type { Link, Manifest } from '../../model/index.js';
import { composeBuildFor, tiltImagesFor } from './compose-images.js';
import { AssemblyError } from './index.js';

function links(svc: ComposeService): Link[] {
  const inferred = svc.options.inferLinks === false ? [] : svc.publishedPorts.map((p) => ({ url: `http://localhost:${p}/`, name: '' }));
  return [...inferred, ...svc.options.links];
}

function manifestFor(cx: LoadContext, st: ComposeProjectState, svc: ComposeService): Manifest {
  const images = tiltImagesFor(cx, st, svc);
  const o = svc.options;
  return {
    name: svc.name,
    type: 'dc',
    resourceDeps: [...o.resourceDeps],
    triggerMode: o.triggerMode ?? cx.get(GLOBAL_TRIGGER_MODE).mode,
    autoInit: o.autoInit ?? true,
    labels: [...o.labels],
    links: links(svc),
    images,
    dc: {
      project: { ...st.project, configPaths: [...st.project.configPaths], profiles: [...st.project.profiles] },
      service: svc.serviceName,
      image: o.imageRef ?? svc.image,
      publishedPorts: [...svc.publishedPorts],
      volumeSources: [...svc.volumeSources],
      serviceConfig: svc.config,
      build: images.length > 0 ? null : composeBuildFor(cx, svc),
    },
  };
}

export function assembleCompose(cx: LoadContext): Manifest[] {
  const state = cx.get(COMPOSE);
  if (state.projects.size === 0) return [];
  const anyService = [...state.projects.values()].some((p) => p.serviceNames.length > 0);
  const registry = cx.get(DEFAULT_REGISTRY).value;
  if (anyService && registry !== null && registry.host !== '') {
    throw new AssemblyError('default_registry is not supported with docker compose');
  }
  if (state.cli) {
    const verdict = checkComposeVersion(state.cli.version);
    if (verdict.error) throw new AssemblyError(verdict.error);
    for (const w of verdict.warnings) cx.warn(w);
  }
  const manifests: Manifest[] = [];
  for (const st of state.projects.values()) {
    for (const name of st.serviceNames) manifests.push(manifestFor(cx, st, st.services.get(name)!));
  }
  return manifests;
}
