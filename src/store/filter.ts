/** `EventFilter` → a WHERE clause over `events`, written so each field can use its index. */
import { countryAlpha3 } from '../ontology/countries.js';
import type { Dialect } from './sql.js';
import type { EventFilter } from './types.js';

/** A WHERE clause (without the keyword; 'TRUE' when empty) and its parameters. */
export interface Where {
  sql: string;
  params: unknown[];
}

/** The smallest string greater than every string starting with `prefix` (IRQ → IRR). */
export function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * A prefix match as the code itself or the range of its longer forms, which both backends answer
 * from a B-tree index. The equality half reads its (code, date, id) entries with the date bounds
 * applied; a bare range could not, and scanned every USAGOV event to page through one year's
 * (0.46 → 0.20 ms on the 1M-event bench store).
 */
export function prefixRange(column: string, prefix: string, params: unknown[]): string {
  params.push(prefix, prefix, prefixEnd(prefix));
  return `(${column} = ? OR (${column} > ? AND ${column} < ?))`;
}

/** A WHERE clause for every field of the filter (ANDed); throws on a malformed field. */
export function eventWhere(f: EventFilter, dialect: Dialect): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const date = (d: string, name: string) => {
    if (!/^\d{4}-\d\d-\d\d$/.test(d)) throw new Error(`bad ${name} date "${d}": use YYYY-MM-DD`);
    return d;
  };
  if (f.from) (parts.push('date >= ?'), params.push(date(f.from, 'from')));
  if (f.to) (parts.push('date <= ?'), params.push(date(f.to, 'to')));
  if (f.actor) {
    const a = f.actor.toUpperCase();
    parts.push(`(${prefixRange('source_code', a, params)} OR ${prefixRange('target_code', a, params)})`);
  }
  if (f.source) parts.push(prefixRange('source_code', f.source.toUpperCase(), params));
  if (f.target) parts.push(prefixRange('target_code', f.target.toUpperCase(), params));
  if (f.root) (parts.push('root = ?'), params.push(f.root));
  if (f.code) {
    // equality on the root, the base code or the full code (at most 4 digits), so the
    // index on (…, date, id) returns the page already in order
    const c = f.code;
    if (c.length <= 2) parts.push(c.length === 2 ? 'root = ?' : 'substr(root, 1, 1) = ?');
    else parts.push(c.length === 3 ? 'substr(code, 1, 3) = ?' : 'code = ?');
    params.push(c);
  }
  if (f.ploverType) (parts.push('plover_type = ?'), params.push(f.ploverType.toUpperCase()));
  if (f.country) {
    const c = f.country.toUpperCase();
    if (c.length !== 2 && c.length !== 3) throw new Error(`bad country "${f.country}": use ISO-2 or ISO-3`);
    // every stored location has its ISO-3 filled in, so one index serves both spellings
    const iso3 = c.length === 3 ? c : countryAlpha3(c);
    parts.push(iso3 ? 'country3 = ?' : 'country2 = ?');
    params.push(iso3 ?? c);
  }
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    // a box crossing the antimeridian has west > east
    parts.push(west <= east ? 'lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?' : '(lon >= ? OR lon <= ?) AND lat BETWEEN ? AND ?');
    params.push(west, east, south, north);
  }
  if (f.modality?.length) (parts.push(`modality IN (${f.modality.map(() => '?').join(', ')})`), params.push(...f.modality));
  if (f.historical != null) (parts.push('historical = ?'), params.push(f.historical ? 1 : 0));
  if (f.q) {
    const q = dialect.fullTextParam(f.q);
    if (q == null) parts.push('1 = 0');
    else {
      parts.push(`id IN (SELECT m.event_id FROM mentions m WHERE m.document_id IN (${dialect.documentsMatching}))`);
      params.push(q);
    }
  }
  if (f.geonameId != null) (parts.push('geoname_id = ?'), params.push(f.geonameId));
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
}
