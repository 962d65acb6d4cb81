#!/usr/bin/env node
/** The `faultline` command line: dispatches to the subcommands listed in commands.ts. */
import { COMMANDS } from './commands.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'faultline — political-conflict news in, coded, sourced, dated events out',
    '',
    'Usage: faultline COMMAND [options]   (faultline COMMAND --help for its options)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`faultline: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`faultline: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
