// The tiltjs command line: picks a command from argv and runs it.
//
// The command table is a parameter: the plain bundle (entry.ts) passes every command,
// the start-up snapshot (snapshot.ts) only those whose code can live in a snapshot.

import type { Command } from './command.js';
import { VERSION } from './version.js';

function help(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `tiltjs v${VERSION}: run your Tiltfile's dev loop (a TypeScript reimplementation of Tilt)`,
    '',
    'Usage: tiltjs COMMAND [ARGS...]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tiltjs COMMAND --help` for the usage of one command.',
    '',
  ].join('\n');
}

export async function main(argv: string[], commands: readonly Command[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help(commands));
    return 0;
  }
  if (name === '--version' || name === '-v') return commands.find((c) => c.name === 'version')!.run([]);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`tiltjs: unknown command "${name}"\n\n${help(commands)}`);
    return 2;
  }
  if (rest[0] === '--help' || rest[0] === '-h') {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}
