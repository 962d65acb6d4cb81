/** `csv`: one flat row per event, with a header, RFC 4180 quoting. */
import type { StoredEvent } from '../store/types.js';
import { chunked } from './chunk.js';
import { csvRow, type Cell } from './csv-row.js';
import type { Exporter } from './types.js';

/** The columns, in order, with how each is read from an event. */
export const CSV_COLUMNS: ReadonlyArray<readonly [name: string, read: (e: StoredEvent) => Cell]> = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['date_end', (e) => e.dateEnd],
  ['date_precision', (e) => e.precision],
  ['cameo_code', (e) => e.code],
  ['cameo_root', (e) => e.root],
  ['cameo_name', (e) => e.name],
  ['quad_class', (e) => e.quadClass],
  ['goldstein', (e) => e.goldstein],
  ['plover_type', (e) => e.ploverType],
  ['plover_mode', (e) => e.ploverMode],
  ['source_code', (e) => e.source.code],
  ['source_name', (e) => e.source.name],
  ['source_text', (e) => e.source.text],
  ['target_code', (e) => e.target?.code],
  ['target_name', (e) => e.target?.name],
  ['target_text', (e) => e.target?.text],
  ['modality', (e) => e.modality],
  ['historical', (e) => e.historical],
  ['place', (e) => e.location?.name],
  ['admin1', (e) => e.location?.admin1],
  ['country', (e) => e.location?.country],
  ['country3', (e) => e.location?.country3],
  ['geoname_id', (e) => e.location?.geonameId],
  ['lat', (e) => e.location?.lat],
  ['lon', (e) => e.location?.lon],
  ['location_precision', (e) => e.location?.precision],
  ['dead', (e) => e.casualties?.dead],
  ['injured', (e) => e.casualties?.injured],
  ['confidence', (e) => e.confidence],
  ['mentions', (e) => e.mentions],
  ['sources', (e) => e.sources],
  ['articles', (e) => e.articles],
  ['sentence', (e) => e.sentence],
  ['url', (e) => e.url],
  ['first_seen', (e) => e.firstSeen],
];

async function* rows(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  yield csvRow(CSV_COLUMNS.map(([name]) => name));
  for await (const event of events) yield csvRow(CSV_COLUMNS.map(([, read]) => read(event)));
}

/** Events as CSV. */
export const toCsv: Exporter = (events) => chunked(rows(events));
