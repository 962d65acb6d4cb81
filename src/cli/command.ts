/** What a `faultline` subcommand is: a name, a one-line summary, its usage text and a runner. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** runs the command on its arguments (after the command name); resolves to the exit code */
  run(argv: string[]): Promise<number>;
}
