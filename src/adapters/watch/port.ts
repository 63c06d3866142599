// Watching directories and files for changes. The engine batches and routes events;
// the adapter only reports paths.

export interface FileWatcher {
  /** Starts watching more paths (files or directories, recursively). */
  add(paths: string[]): void;
  /** Stops watching paths. */
  remove(paths: string[]): void;
  close(): Promise<void>;
}

export interface WatchOptions {
  /** absolute paths never to descend into (ignored directories) */
  ignored: (path: string) => boolean;
  onChange: (path: string) => void;
  onError?: (err: Error) => void;
}

export type WatcherFactory = (opts: WatchOptions) => FileWatcher;
