/** Every `faultline` subcommand, in the order the help lists them. One line per command. */
import { analyze } from './analyze-command.js';
import { places } from './places-command.js';
import type { CliCommand } from './command.js';
import { ingest } from './ingest-command.js';
import { control } from './control-command.js';
import { events } from './events-command.js';
import { exportCommand } from './export-command.js';
import { serve } from './serve-command.js';

export const COMMANDS: readonly CliCommand[] = [
  analyze, //  text in, coded events out
  ingest, //   documents, feeds and pages into the store
  places, //   the places a text names, resolved
  control, //  who holds a place over time, which places an actor holds
  events, //   stored events matching filters
  exportCommand, // stored events as CSV, JSONL, GeoJSON, GDELT, PLOVER, ACLED
  serve, //    the HTTP API
];
