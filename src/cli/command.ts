// The shape of a CLI command: a name, help text and a function from argv to an exit code.

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): number | Promise<number>;
}
