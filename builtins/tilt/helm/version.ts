// Which helm is installed, from `helm version --client --short`. Tilt supports helm 3
// and later; 3.0 lacks --include-crds, so its CRDs are added by hand. Some helm builds
// print warnings first, so only the last line counts.

export type HelmVersion = 'v3.0' | 'v3.1+';

/** The helm generation, or the error message Tilt gives for output it cannot read. */
export function parseHelmVersion(output: string): HelmVersion | { error: string } {
  const lines = output.trim().split('\n');
  const version = lines.length > 1 ? lines[lines.length - 1] : output;
  if (version.startsWith('v3.0.')) return 'v3.0';
  if (/^v?(?:[3-9]|[1-9][0-9]+)\./.test(version)) return 'v3.1+';
  return { error: `could not parse Helm version from string: ${JSON.stringify(output)}` };
}
