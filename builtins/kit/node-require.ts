// A CommonJS require usable from both the ESM sources (tests) and the bundles (whose
// banner, or CJS format, already provides `require`).

import { createRequire } from 'node:module';

declare const require: NodeJS.Require | undefined;

export function nodeRequire(id: string): unknown {
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  return req(id);
}
