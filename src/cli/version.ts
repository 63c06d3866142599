// The version, injected at build time from package.json (see scripts/build.mjs).

declare const __TILTJS_VERSION__: string | undefined;

export const VERSION: string = typeof __TILTJS_VERSION__ === 'string' ? __TILTJS_VERSION__ : '0.0.0-dev';
