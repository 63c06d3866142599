// Live update steps as the engine executes them (reference §4). Paths in sync, run
// triggers and fall_back_on are relative to the image's basePath.

export type LiveUpdateStep =
  | { type: 'initial_sync' }
  | { type: 'fall_back_on'; paths: string[] }
  | { type: 'sync'; localPath: string; remotePath: string }
  | { type: 'run'; cmd: string[]; triggers: string[]; echoOff: boolean }
  | { type: 'restart_container' };
