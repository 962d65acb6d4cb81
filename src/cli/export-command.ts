/** `faultline export`: every stored event matching the filters, in one of the export formats. */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, isExportFormat } from '../export/index.js';
import { FILTER_PARAMS, flagHelp, parseEventFilter } from '../query/index.js';
import { openStore } from '../store/open.js';
import { parseCommandArgs, type CliCommand } from './command.js';
import { parseFilterFlags } from './events-command.js';

const USAGE = `Usage: faultline export --format F [filters] [-o FILE]   write matching events as a file

Formats:
  csv       one flat row per event (RFC 4180, with a header)
  jsonl     each stored event as JSON, one per line
  geojson   a FeatureCollection of the events that have coordinates
  gdelt     the GDELT 2.0 event table: 61 tab-separated columns, no header
  plover    PLOVER JSON records, one per line
  acled     an ACLED-like CSV of asserted violent and protest events

Filters (all optional, all must hold):
${flagHelp(FILTER_PARAMS)}

Options:
  --format F              one of the formats above (required)
  -o, --output FILE       write to FILE (default: standard output)
  --db PATH|URL           a SQLite file or a postgres:// URL (else FAULTLINE_DB, else ./faultline.db)
  -h, --help              this help

Exit status: 0, or 2 on bad usage.`;

const FILTER_OPTIONS = Object.fromEntries(FILTER_PARAMS.map((p) => [p.name, { type: 'string' as const }]));

/** The export command. */
export const exportCommand: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, {
      ...FILTER_OPTIONS,
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      db: { type: 'string' },
    }, { positionals: false });
    if (typeof args === 'number') return args;
    const { values } = args;
    const format = values.format as string | undefined;
    if (!format || !isExportFormat(format)) {
      process.stderr.write(`faultline: --format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}\n`);
      return 2;
    }
    const filter = parseFilterFlags(values, parseEventFilter);
    if (typeof filter === 'number') return filter;
    const store = await openStore(values.db as string | undefined);
    try {
      const output = values.output as string | undefined;
      const out = output ? createWriteStream(output) : process.stdout;
      // pipeline waits for the file to be flushed and stops reading the store if the output breaks.
      await pipeline(Readable.from(EXPORT_FORMATS[format].exporter(store.streamEvents(filter))), out, { end: out !== process.stdout });
      return 0;
    } finally {
      await store.close();
    }
  },
};
