// The tiltjs command line: picks a command from argv and runs it.

import { COMMANDS } from './commands/index.js';
import { VERSION } from './version.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `tiltjs v${VERSION}: run your Tiltfile's dev loop (a TypeScript reimplementation of Tilt)`,
    '',
    'Usage: tiltjs COMMAND [ARGS...]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tiltjs COMMAND --help` for the usage of one command.',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return 0;
  }
  if (name === '--version' || name === '-v') return COMMANDS.find((c) => c.name === 'version')!.run([]);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`tiltjs: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest[0] === '--help' || rest[0] === '-h') {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  return command.run(rest);
}
