/** Every `faultline` subcommand, in the order the help lists them. One line per command. */
import { analyze } from './analyze-command.js';
import type { CliCommand } from './command.js';

export const COMMANDS: readonly CliCommand[] = [
  analyze, //  text in, coded events out
];
