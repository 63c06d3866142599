// Helpers for long-running commands: waiting for Ctrl-C (a second Ctrl-C forces exit) and
// turning start-up failures into plain messages.

export function runUntilSignal(): Promise<void> {
  return new Promise((resolve) => {
    let count = 0;
    const onSignal = () => {
      count++;
      if (count === 1) resolve();
      else process.exit(130);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * Waits for Ctrl-C (or SIGTERM), or for the engine's start to fail (returns its error);
 * whichever comes first.
 */
export async function runUntilSignalOrFailure(started: Promise<void>): Promise<Error | null> {
  const failed = started.then(
    () => new Promise<never>(() => {}),
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  return Promise.race([runUntilSignal().then(() => null), failed]);
}

export function startFailure(e: unknown, host: string, port: number): number {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE') {
    process.stderr.write(
      `Error: port ${port} on ${host} is already in use (is another tiltjs or tilt running?). Use --port to choose another, or --port 0 to run without the HTTP API.\n`,
    );
    return 1;
  }
  if (err.code === 'EACCES') {
    process.stderr.write(`Error: not allowed to listen on ${host}:${port}.\n`);
    return 1;
  }
  throw e;
}
