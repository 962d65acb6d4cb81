/** What a `faultline` subcommand is, and the argument parsing every subcommand shares. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a `faultline` subcommand is: its usage text and a runner (its name and summary are in commands.ts). */
export interface CliCommand {
  usage: string;
  /** runs the command on its arguments (after the command name); resolves to the exit code */
  run(argv: string[]): Promise<number>;
}

/** A command's parsed flags and positional arguments. */
export interface CommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Prints a usage error on stderr and returns exit status 2. */
export function usageError(message: string): number {
  process.stderr.write(`faultline: ${message}\n`);
  return 2;
}

/**
 * Parses a command's flags, adding -h/--help: the parsed arguments, or the exit status after
 * printing the usage (0, for --help) or the parse error (2).
 */
export function parseCommandArgs(argv: string[], usage: string, options: NonNullable<ParseArgsConfig['options']>, { positionals = true } = {}): CommandArgs | number {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: positionals, options: { ...options, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  return { values: parsed.values as CommandArgs['values'], positionals: parsed.positionals };
}
