// Tilt extensions (reference §2.3): `load('ext://NAME', ...)` resolves NAME through the
// Extension and ExtensionRepo API objects to a Tiltfile on disk. There are no builtins
// here; the module loader (src/tiltfile/module-path.ts) calls resolveExtension().

export { resolveExtension, extensionName, extensionTiltfile, DEFAULT_REPO_NAME, DEFAULT_REPO_URL } from './resolve.js';
export { repoRoot, checkoutDir, tiltModulesDir, RepoError, type RepoSpec } from './repos.js';
