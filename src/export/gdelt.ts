/**
 * `gdelt`: the GDELT 2.0 event table — tab-separated, no header, 61 columns in the codebook's
 * order (GLOBALEVENTID … SOURCEURL), so files load with existing GDELT schemas and scripts.
 *
 * Where our data differs from GDELT's, what we put in the column:
 * - Actor*Name: our canonical actor name as written ('Iraq military'), not upper-cased.
 * - IsRootEvent: 0 — we do not know whether the sentence was in the lead paragraph.
 * - AvgTone: empty — we do not score tone.
 * - Actor1Geo_* and Actor2Geo_*: Type 0 and empty fields — we locate events, not actors.
 * - ActionGeo_CountryCode: ISO 3166-1 alpha-2 ('IQ'), NOT the FIPS 10-4 code GDELT uses ('IZ');
 *   ActionGeo_ADM1Code: that ISO-2 code for a country-level location (GDELT's convention for
 *   countries), empty otherwise (we keep the admin-1 name, which goes into FullName);
 *   ActionGeo_ADM2Code: empty; ActionGeo_FeatureID: the GeoNames id (GDELT uses GNS ids),
 *   or the ISO-2 code for a country without one.
 * - DATEADDED: when the event was first stored, YYYYMMDDHHMMSS UTC.
 */
import { countryName } from '../ontology/countries.js';
import type { StoredEvent } from '../store/types.js';
import { splitActorCode } from './actor-code.js';
import { chunked } from './chunk.js';
import type { Exporter } from './types.js';

/** The 61 GDELT 2.0 event columns, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);
}

type Field = string | number;

function actorFields(actor: { code: string; name: string } | null): Field[] {
  if (!actor) return Array(10).fill('');
  const p = splitActorCode(actor.code);
  return [actor.code, actor.name, p.country, p.knownGroup, p.ethnic, p.religion1, p.religion2, p.type1, p.type2, p.type3];
}

// GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
function geoType(precision: string | null, country: string | null): number {
  const us = country === 'US';
  if (precision === 'country') return 1;
  if (precision === 'admin1') return us ? 2 : 5;
  if (precision === 'point') return us ? 3 : 4;
  return 0;
}

function actionGeoFields(e: StoredEvent): Field[] {
  const loc = e.location;
  if (!loc) return [0, '', '', '', '', '', '', ''];
  const type = geoType(loc.precision, loc.country);
  const country = loc.country ?? '';
  const fullName = [...new Set([loc.name, loc.admin1, countryName(loc.country)].filter((x): x is string => !!x))].join(', ');
  return [
    type,
    fullName,
    country,
    type === 1 ? country : '',
    '',
    loc.lat ?? '',
    loc.lon ?? '',
    loc.geonameId ?? (type === 1 ? country : ''),
  ];
}

/** GDELT's FractionDate: the year plus the day of the year over 365, to four places. */
export function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86_400_000;
  return (y + dayOfYear / 365).toFixed(4);
}

function dateAdded(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

// A tab or newline inside a field would break the row: GDELT fields never hold them.
function clean(field: Field): string {
  return typeof field === 'number' ? String(field) : field.replace(/[\t\r\n]+/g, ' ');
}

/** The 61 fields of one event. */
export function gdeltFields(e: StoredEvent): string[] {
  const sqlDate = e.date.replace(/-/g, '');
  const fields: Field[] = [
    e.id,
    sqlDate,
    sqlDate.slice(0, 6),
    sqlDate.slice(0, 4),
    fractionDate(e.date),
    ...actorFields(e.source),
    ...actorFields(e.target),
    0,
    e.code,
    e.code.slice(0, 3),
    e.root,
    e.quadClass,
    e.goldstein,
    e.mentions,
    e.sources,
    e.articles,
    '',
    0, '', '', '', '', '', '', '',
    0, '', '', '', '', '', '', '',
    ...actionGeoFields(e),
    dateAdded(e.firstSeen),
    e.url ?? '',
  ];
  return fields.map(clean);
}

async function* lines(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  for await (const event of events) yield gdeltFields(event).join('\t') + '\n';
}

/** Events as GDELT 2.0 event rows. */
export const toGdelt: Exporter = (events) => chunked(lines(events));
