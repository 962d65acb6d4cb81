/** `faultline events`: lists stored events matching the filters, one page at a time. */
import { FILTER_PARAMS, PAGE_PARAMS, QueryError, flagHelp, parseEventQuery, type RawParams } from '../query/index.js';
import { openStore } from '../store/open.js';
import type { Page, StoredEvent } from '../store/types.js';
import { parseCommandArgs, usageError, type CliCommand, type CommandArgs } from './command.js';

const FORMATS = ['table', 'jsonl', 'json'] as const;
type EventsFormat = (typeof FORMATS)[number];

const USAGE = `Usage: faultline events [filters] [--limit N] [--format F]   list stored events, newest first

Filters (all optional, all must hold):
${flagHelp(FILTER_PARAMS)}

Options:
${flagHelp(PAGE_PARAMS)}
  --format F              table | jsonl | json (default: table on a terminal, else jsonl)
  --db PATH|URL           a SQLite file or a postgres:// URL (else FAULTLINE_DB, else ./faultline.db)
  -h, --help              this help

When more events match, the cursor of the next page is printed on stderr (table, jsonl) or
given as "next" (json). Exit status: 0, or 2 on bad usage.`;

/** The flags of every event filter and page parameter, for parseArgs. */
export const FILTER_OPTIONS = Object.fromEntries([...FILTER_PARAMS, ...PAGE_PARAMS].map((p) => [p.name, { type: 'string' as const }]));

/** Parses the filter flags with `parse`; a bad value is reported as its flag ("--from …") and gives exit status 2. */
export function parseFilterFlags<T>(values: CommandArgs['values'], parse: (raw: RawParams) => T): T | number {
  try {
    return parse(values as RawParams);
  } catch (e) {
    if (!(e instanceof QueryError)) throw e;
    return usageError(e.message.replace(/"(\w+)"/, '--$1'));
  }
}

function cell(text: string, width: number): string {
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}

/** One event as a table row. */
function row(e: StoredEvent): string {
  const place = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '—';
  return [
    cell(`${e.date}${e.dateEnd !== e.date ? '…' : ''}`, 11),
    cell(`${e.source.code} ${e.source.name}`, 28),
    cell(`${e.code} ${e.name}`, 34),
    cell(e.target ? `${e.target.code} ${e.target.name}` : '—', 24),
    cell(place, 20),
    cell(e.modality + (e.historical ? ' hist' : ''), 13),
    String(e.mentions),
  ].join(' ');
}

function write(page: Page<StoredEvent>, format: EventsFormat): void {
  if (format === 'json') {
    process.stdout.write(JSON.stringify(page, null, 2) + '\n');
    return;
  }
  if (format === 'jsonl') {
    for (const e of page.items) process.stdout.write(JSON.stringify(e) + '\n');
  } else {
    const header = [cell('date', 11), cell('source', 28), cell('event (CAMEO)', 34), cell('target', 24), cell('place', 20), cell('modality', 13), 'mentions'].join(' ');
    process.stdout.write([header, ...page.items.map(row)].join('\n') + '\n');
  }
  if (page.next) process.stderr.write(`faultline: more events match; next page: --cursor ${page.next}\n`);
}

/** The events command. */
export const events: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, { ...FILTER_OPTIONS, format: { type: 'string' }, db: { type: 'string' } }, { positionals: false });
    if (typeof args === 'number') return args;
    const { values } = args;
    const format = (values.format as string | undefined) ?? (process.stdout.isTTY ? 'table' : 'jsonl');
    if (!(FORMATS as readonly string[]).includes(format)) {
      process.stderr.write(`faultline: --format must be ${FORMATS.join(', ')}\n`);
      return 2;
    }
    const query = parseFilterFlags(values, parseEventQuery);
    if (typeof query === 'number') return query;
    const store = await openStore(values.db as string | undefined);
    try {
      write(await store.queryEvents(query.filter, query.page), format as EventsFormat);
      return 0;
    } catch (e) {
      if (/^bad cursor\b/.test((e as Error).message)) {
        process.stderr.write(`faultline: --cursor is not one faultline printed: ${(e as Error).message}\n`);
        return 2;
      }
      throw e;
    } finally {
      await store.close();
    }
  },
};
