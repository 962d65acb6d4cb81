/**
 * Every `faultline` subcommand, in the order the help lists them. A command's module is imported
 * only when that command runs, so `faultline analyze` does not load the HTTP server, the feed
 * reader or the database drivers.
 */
import type { CliCommand } from './command.js';

/** A subcommand as the help lists it, and how to load it. */
export interface CommandEntry {
  name: string;
  /** one line for `faultline --help` */
  summary: string;
  load(): Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'analyze', summary: 'code documents (text, HTML, .jsonl) into events', load: async () => (await import('./analyze-command.js')).analyze },
  { name: 'ingest', summary: 'analyze documents, feeds and pages into the store', load: async () => (await import('./ingest-command.js')).ingest },
  { name: 'places', summary: 'list the places a text names, with GeoNames ids and coordinates', load: async () => (await import('./places-command.js')).places },
  { name: 'control', summary: 'who holds a place over time, or which places an actor holds', load: async () => (await import('./control-command.js')).control },
  { name: 'events', summary: 'list stored events matching filters (dates, actors, codes, places)', load: async () => (await import('./events-command.js')).events },
  { name: 'export', summary: 'write stored events as CSV, JSONL, GeoJSON, GDELT, PLOVER or ACLED-like files', load: async () => (await import('./export-command.js')).exportCommand },
  { name: 'serve', summary: 'serve the web UI and the HTTP API (events, documents, control, exports)', load: async () => (await import('./serve-command.js')).serve },
  { name: 'demo', summary: 'ingest the bundled sample dispatches and open the web UI on them', load: async () => (await import('./demo-command.js')).demo },
];
