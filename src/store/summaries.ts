/**
 * Whole-store summaries: actors, places and control claims. Counts are taken from index
 * entries alone (GROUP BY an indexed column) and names are looked up once per group, so
 * they stay quick on millions of events.
 */
import { CONTROL_CODES, controlClaimsOf } from '../control/claims.js';
import { countryAlpha3 } from '../ontology/countries.js';
import { prefixRange } from './filter.js';
import { eventOf } from './rows.js';
import type { Queryable } from './sql.js';
import type { ActorSummary, ControlClaim, PlaceSummary } from './types.js';

const limitOf = (limit: number | undefined) => Math.max(1, Math.min(1000, Math.floor(limit ?? 50)));

/** Actors by how often they act or are acted on; `q` matches a code prefix or part of a name. */
export async function actorSummaries(db: Queryable, { q, limit }: { q?: string; limit?: number }): Promise<ActorSummary[]> {
  const params: unknown[] = [];
  let where = '';
  if (q) {
    where = `WHERE ${prefixRange('code', q.toUpperCase(), params)} OR LOWER(name) LIKE ?`;
    params.push(`%${q.toLowerCase()}%`);
  }
  const rows = await db.all(
    `SELECT * FROM (
       SELECT code, SUM(s) AS as_source, SUM(t) AS as_target,
         COALESCE((SELECT source_name FROM events x WHERE x.source_code = a.code LIMIT 1),
                  (SELECT target_name FROM events x WHERE x.target_code = a.code LIMIT 1)) AS name
       FROM (
         SELECT source_code AS code, COUNT(*) AS s, 0 AS t FROM events GROUP BY source_code
         UNION ALL
         SELECT target_code, 0, COUNT(*) FROM events WHERE target_code IS NOT NULL GROUP BY target_code
       ) a GROUP BY code
     ) b ${where} ORDER BY as_source + as_target DESC, code LIMIT ?`,
    [...params, limitOf(limit)],
  );
  return rows.map((r) => ({ code: r.code as string, name: r.name as string, asSource: Number(r.as_source), asTarget: Number(r.as_target) }));
}

/** Places by event count: gazetteer places by id, places known only by name by name. */
export async function placeSummaries(db: Queryable, { q, country, limit }: { q?: string; country?: string; limit?: number }): Promise<PlaceSummary[]> {
  const inCountry: unknown[] = [];
  let countryClause = '';
  if (country) {
    const c = country.toUpperCase();
    const iso3 = c.length === 3 ? c : countryAlpha3(c);
    countryClause = iso3 ? ' AND country3 = ?' : ' AND country2 = ?';
    inCountry.push(iso3 ?? c);
  }
  const params = [...inCountry, ...inCountry];
  let where = '';
  if (q) (where = 'WHERE LOWER(place_name) LIKE ?'), params.push(`%${q.toLowerCase()}%`);
  const rows = await db.all(
    `SELECT * FROM (
       SELECT g.geoname_id, g.n, x.place_name, x.country2, x.lat, x.lon
       FROM (SELECT geoname_id, COUNT(*) AS n FROM events WHERE geoname_id IS NOT NULL${countryClause} GROUP BY geoname_id) g
       JOIN events x ON x.id = (SELECT y.id FROM events y WHERE y.geoname_id = g.geoname_id LIMIT 1)
       UNION ALL
       SELECT NULL, COUNT(*), place_name, MAX(country2), MAX(lat), MAX(lon)
       FROM events WHERE geoname_id IS NULL AND place_name IS NOT NULL${countryClause} GROUP BY place_name
     ) p ${where} ORDER BY n DESC, place_name LIMIT ?`,
    [...params, limitOf(limit)],
  );
  return rows.map((r) => ({
    geonameId: r.geoname_id == null ? null : Number(r.geoname_id),
    name: r.place_name as string,
    country: (r.country2 as string | null) ?? null,
    lat: r.lat == null ? null : Number(r.lat),
    lon: r.lon == null ? null : Number(r.lon),
    events: Number(r.n),
  }));
}

/** Asserted take/lose events with a place, read as control claims, oldest first. */
export async function controlClaimsIn(
  db: Queryable,
  { geonameId, place, actor, until }: { geonameId?: number; place?: string; actor?: string; until?: string },
): Promise<ControlClaim[]> {
  if (CONTROL_CODES.length === 0) return [];
  const parts = [`modality = 'asserted'`, 'place_name IS NOT NULL', `code IN (${CONTROL_CODES.map(() => '?').join(', ')})`];
  const params: unknown[] = [...CONTROL_CODES];
  if (geonameId != null) (parts.push('geoname_id = ?'), params.push(geonameId));
  if (place) (parts.push('LOWER(place_name) = ?'), params.push(place.toLowerCase()));
  const prefix = actor?.toUpperCase();
  if (prefix) parts.push(`(${prefixRange('source_code', prefix, params)} OR ${prefixRange('target_code', prefix, params)})`);
  if (until) (parts.push('date <= ?'), params.push(until));
  const rows = await db.all(`SELECT * FROM events WHERE ${parts.join(' AND ')} ORDER BY date, id`, params);
  const claims: ControlClaim[] = [];
  for (const event of rows.map(eventOf)) {
    const l = event.location!;
    // one event may say two things: "the garrison surrendered to X" (lost, and X took)
    for (const claim of controlClaimsOf(event)) {
      // the claimant may be either side of the event: filter on who the claim is about
      if (prefix && !claim.actor.startsWith(prefix)) continue;
      claims.push({
        eventId: event.id, geonameId: l.geonameId, place: l.name, country: l.country, lat: l.lat, lon: l.lon,
        actor: claim.actor, actorName: claim.actorName, change: claim.change,
        date: event.date, code: event.code, sentence: event.sentence, url: event.url,
      });
    }
  }
  return claims;
}
