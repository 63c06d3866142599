// FileWatcher over chokidar. Ignored directories are never descended into, so watches
// are not spent on node_modules or build outputs. Loaded on first use.

import type { FileWatcher, WatchOptions } from './port.js';

type Chokidar = typeof import('chokidar');

export async function chokidarWatcher(opts: WatchOptions): Promise<FileWatcher> {
  const chokidar: Chokidar = await import('chokidar');
  const w = chokidar.watch([], {
    ignoreInitial: true,
    ignored: (p: string) => opts.ignored(p),
    persistent: true,
    followSymlinks: false,
  });
  for (const ev of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) {
    w.on(ev, (p: string) => opts.onChange(p));
  }
  w.on('error', (e: unknown) => opts.onError?.(e instanceof Error ? e : new Error(String(e))));
  return {
    add: (paths) => void w.add(paths),
    remove: (paths) => void w.unwatch(paths),
    close: () => w.close(),
  };
}
