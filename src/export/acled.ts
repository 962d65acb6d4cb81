/**
 * `acled`: an ACLED-like CSV (ACLED's column names and event types) for tools built for ACLED
 * data. Only asserted events with an ACLED type (see acled-types.ts) are exported: ACLED records
 * what took place, and its columns have no room to say an attack was only threatened or denied.
 * `event_id_cnty` is the ISO-3 country (or XXX) plus our event id; `fatalities` is 0 when the
 * text gave no number, as ACLED codes it; `geo_precision` is 1 for a point, 2 for an admin-1
 * region, 3 for a country (ACLED's scale: exact town, nearby/region, larger area).
 */
import { countryAlpha3, countryName } from '../ontology/countries.js';
import type { StoredEvent } from '../store/types.js';
import { acledType } from './acled-types.js';
import { chunked } from './chunk.js';
import { csvRow } from './csv-row.js';
import type { Exporter } from './types.js';

/** ACLED's columns that we fill, in order. */
export const ACLED_COLUMNS: readonly string[] = [
  'event_id_cnty', 'event_date', 'year', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country',
  'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
];

const PRECISION: Readonly<Record<string, number>> = { point: 1, admin1: 2, country: 3 };

/** The ACLED row of an event, or null when it is not an ACLED event. */
export function acledFields(e: StoredEvent): (string | number)[] | null {
  if (e.modality !== 'asserted') return null;
  const type = acledType(e.code, e.source.code);
  if (!type) return null;
  const loc = e.location;
  const country3 = loc?.country3 ?? countryAlpha3(loc?.country);
  return [
    `${country3 ?? 'XXX'}${e.id}`,
    e.date,
    e.date.slice(0, 4),
    type.eventType,
    type.subEventType,
    e.source.name,
    e.target?.name ?? '',
    countryName(loc?.country3 ?? loc?.country) ?? '',
    loc?.admin1 ?? '',
    loc?.name ?? '',
    loc?.lat ?? '',
    loc?.lon ?? '',
    loc?.precision ? PRECISION[loc.precision] : '',
    outlet(e.url),
    e.sentence,
    e.casualties?.dead ?? 0,
  ];
}

// The outlet's host name: a stored event keeps the URL of its founding mention, not the outlet.
function outlet(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

async function* rows(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  yield csvRow(ACLED_COLUMNS);
  for await (const event of events) {
    const fields = acledFields(event);
    if (fields) yield csvRow(fields);
  }
}

/** Events as an ACLED-like CSV. */
export const toAcled: Exporter = (events) => chunked(rows(events));
