// Image assembly (reference §1.2, §3.3, §3.5). Before the per-kind steps, linkImages()
// turns Dockerfile FROM / COPY --from lines and custom_build(image_deps=) into image
// dependencies. After them, expandImages() gives every manifest its image targets in
// build order (dependencies first, each once), applies default_registry() to the refs,
// resolves the ignore rules, and warns about builds no deploy config uses.

import type { LoadContext } from '../../../builtins/kit/index.js';
import {
  CONSUMED_IMAGE_NAMES,
  DEFAULT_REGISTRY,
  IMAGES,
  closestN,
  dockerfileImageRefs,
  familiarName,
  familiarString,
  findImageDecl,
  refString,
  registryRefs,
  tryParseImageRef,
  type ImageDecl,
} from '../../../builtins/tilt/images/index.js';
import { UNCATEGORIZED, type ImageTarget, type Manifest } from '../../model/index.js';
import { imageDockerignores } from './images-ignores.js';
import { suppressedImageWarnings } from './images-settings.js';
import { AssemblyError } from './index.js';

/** Resolves image dependencies; fails on an image_deps entry no build produces. */
export function linkImages(cx: LoadContext): void {
  for (const decl of cx.get(IMAGES)) {
    const deps: string[] = [];
    const add = (id: string): void => {
      if (!deps.includes(id)) deps.push(id);
    };
    if (decl.dockerfileText) {
      for (const written of dockerfileImageRefs(decl.dockerfileText, decl.buildArgList ?? [])) {
        const r = tryParseImageRef(written);
        const dep = r && findImageDecl(cx, r);
        if (dep) add(dep.target.id);
      }
    }
    for (const r of decl.imageDepRefs ?? []) {
      const dep = findImageDecl(cx, r);
      if (!dep) {
        throw new AssemblyError(`image ${JSON.stringify(familiarString(decl.selector))}: image dep ${JSON.stringify(familiarString(r))} not found`);
      }
      add(dep.target.id);
    }
    decl.target.imageDeps = deps;
  }
}

/** The warning for builds nothing deploys (only the first is reported, as Tilt does). */
function warnUnusedImages(cx: LoadContext, manifests: Manifest[]): void {
  const suppressed = suppressedImageWarnings(cx);
  const unused = cx
    .get(IMAGES)
    .filter((d) => !d.matched)
    .filter((d) => !suppressed.includes('*') && !suppressed.includes(familiarString(d.selector)));
  if (unused.length === 0) return;
  const k8s = manifests.filter((m) => m.type === 'k8s');
  const dc = manifests.some((m) => m.type === 'dc');
  if (!dc && k8s.length === 0) {
    cx.warn(
      'We could not find any deployment instructions, e.g. `k8s_yaml` or `docker_compose`.\n' +
        'Skipping all image builds until we know how to deploy them.',
    );
    return;
  }
  if (!dc && k8s.every((m) => m.name === UNCATEGORIZED)) {
    cx.warn(
      'No Kubernetes configs with images found.\n' +
        'If you are using CRDs, add k8s_kind() to tell Tilt how to find images.\n' +
        'https://docs.tilt.dev/api.html#api.k8s_kind',
    );
    return;
  }
  const image = unused[0];
  const shown = familiarString(image.selector);
  const suggestions = closestN(cx.get(CONSUMED_IMAGE_NAMES), familiarName(image.selector), 3);
  const didYouMean = suggestions.length > 0 ? `Did you mean…\n${suggestions.map((s) => `    - ${s}\n`).join('')}` : '';
  cx.warn(
    `Image not used in any ${dc ? 'Docker Compose' : 'Kubernetes'} config:\n    ✕ ${shown}\n${didYouMean}Skipping this image build\n` +
      `If this is deliberate, suppress this warning with: update_settings(suppress_unused_image_warnings=[${JSON.stringify(shown)}])`,
  );
}

/** The images a manifest deploys itself (not only as a base of another of its images). */
export function deployedImages(images: readonly ImageTarget[]): ImageTarget[] {
  const bases = new Set(images.flatMap((t) => t.imageDeps));
  const direct = images.filter((t) => !bases.has(t.id));
  // In a dependency cycle every image is someone's base; steps list the deployed one last.
  return direct.length > 0 || images.length === 0 ? direct : [images[images.length - 1]];
}

/** Fills the refs and ignore rules of a target the first time a manifest uses it. */
function prepare(cx: LoadContext, decl: ImageDecl, manifest: Manifest, prepared: Set<string>): void {
  const t = decl.target;
  t.matchExact = decl.exactMatch;
  if (prepared.has(t.id)) return;
  prepared.add(t.id);
  // Compose never pushes; live-update-only images are never built; a custom_build that
  // stays out of local docker with a fixed tag already lives where the cluster pulls.
  const skipRegistry =
    manifest.type === 'dc' || t.liveUpdateOnly || (t.kind === 'custom' && t.tag !== '' && t.skipsLocalDocker);
  try {
    Object.assign(t, registryRefs(decl.selector, skipRegistry ? null : cx.get(DEFAULT_REGISTRY).value));
  } catch (e) {
    throw new AssemblyError(
      `getting image build info for ${manifest.name}: Something went wrong deriving references for your image: ` +
        `${JSON.stringify(refString(decl.selector))}. Check the image name (and your \`default_registry()\` call, if any) for errors: ` +
        (e as Error).message,
    );
  }
  t.dockerignores = imageDockerignores(cx, decl);
}

/** A manifest's image targets in build order; fails on a dependency cycle. */
function expand(cx: LoadContext, manifest: Manifest, byId: Map<string, ImageDecl>, prepared: Set<string>): ImageTarget[] {
  const claim = new Map<string, 'pending' | 'done'>();
  const out: ImageTarget[] = [];
  const visit = (t: ImageTarget): void => {
    const state = claim.get(t.id);
    if (state === 'done') return;
    const decl = byId.get(t.id);
    if (state === 'pending') {
      const ref = decl ? refString(decl.selector) : t.normalizedRef;
      throw new AssemblyError(`getting image build info for ${manifest.name}: Image dependency cycle: ${ref}`);
    }
    claim.set(t.id, 'pending');
    if (decl) prepare(cx, decl, manifest, prepared);
    for (const dep of t.imageDeps) {
      const d = byId.get(dep);
      if (d) visit(d.target);
    }
    out.push(t);
    claim.set(t.id, 'done');
  };
  deployedImages(manifest.images).forEach(visit);
  return out;
}

/** The post-per-kind image step: unused-image warnings, then each manifest's targets in build order. */
export function expandImages(cx: LoadContext, manifests: Manifest[]): void {
  warnUnusedImages(cx, manifests);
  const byId = new Map(cx.get(IMAGES).map((d) => [d.target.id, d]));
  const prepared = new Set<string>();
  for (const m of manifests) {
    if (m.images.length === 0) continue;
    m.images = expand(cx, m, byId, prepared);
  }
}
