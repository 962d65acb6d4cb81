/**
 * Server-side aggregates for the web UI, so a view of 100,000 events moves a few hundred rows:
 * events per day (the timeline), events per grid cell (the map's clusters) and actor → actor
 * links (the network). Each takes the same `EventFilter` as the event list.
 */
import { countryName } from '../ontology/countries.js';
import { eventWhere } from './filter.js';
import type { Dialect, Queryable } from './sql.js';
import type { ActorLink, DayCount, EventCluster, EventFilter } from './types.js';

/** One SUM per QuadClass, 1–4, named q1…q4. */
const QUAD_SUMS = [1, 2, 3, 4].map((q) => `SUM(CASE WHEN quad_class = ${q} THEN 1 ELSE 0 END) AS q${q}`).join(', ');

const quadOf = (r: Record<string, unknown>): [number, number, number, number] => [Number(r.q1), Number(r.q2), Number(r.q3), Number(r.q4)];

/** Matching events per event date (oldest first), split by QuadClass. */
export async function dayCounts(db: Queryable, dialect: Dialect, filter: EventFilter): Promise<DayCount[]> {
  const where = eventWhere(filter, dialect);
  const rows = await db.all(`SELECT date, COUNT(*) AS n, ${QUAD_SUMS} FROM events WHERE ${where.sql} GROUP BY date ORDER BY date`, where.params);
  return rows.map((r) => ({ date: r.date as string, events: Number(r.n), quad: quadOf(r) }));
}

/**
 * Matching events with a point, grouped into square cells of `cell` degrees (largest cells
 * first, at most `limit`): each cluster sits at the mean point of its events.
 */
export async function eventClusters(db: Queryable, dialect: Dialect, filter: EventFilter, cell: number, limit: number): Promise<EventCluster[]> {
  if (!(cell > 0) || !Number.isFinite(cell)) throw new Error(`bad cell size ${cell}: a positive number of degrees`);
  const where = eventWhere(filter, dialect);
  // one id and one place per cell stand for it when the cell holds one event or one place
  const rows = await db.all(
    `SELECT gx, gy, COUNT(*) AS n, SUM(mentions) AS m, AVG(lat) AS lat, AVG(lon) AS lon,
            MIN(id) AS first_id, MIN(place_name) AS place_min, MAX(place_name) AS place_max, ${QUAD_SUMS}
     FROM (SELECT floor((lon + 180) / ?) AS gx, floor((lat + 90) / ?) AS gy, id, lat, lon, mentions, place_name, quad_class
           FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL AND ${where.sql}) cells
     GROUP BY gx, gy ORDER BY n DESC, gx, gy LIMIT ?`,
    [cell, cell, ...where.params, Math.max(1, Math.floor(limit))],
  );
  return rows.map((r) => {
    const events = Number(r.n);
    return {
      lat: round(Number(r.lat)),
      lon: round(Number(r.lon)),
      events,
      mentions: Number(r.m),
      quad: quadOf(r),
      eventId: events === 1 ? Number(r.first_id) : null,
      place: r.place_min != null && r.place_min === r.place_max ? (r.place_min as string) : null,
    };
  });
}

/** Source → target pairs of the matching events with a target, most frequent first. */
export async function actorLinks(db: Queryable, dialect: Dialect, filter: EventFilter, limit: number): Promise<ActorLink[]> {
  const where = eventWhere(filter, dialect);
  const rows = await db.all(
    `SELECT source_code, MIN(source_name) AS source_name, target_code, MIN(target_name) AS target_name, COUNT(*) AS n, ${QUAD_SUMS}
     FROM events WHERE target_code IS NOT NULL AND ${where.sql}
     GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT ?`,
    [...where.params, Math.max(1, Math.floor(limit))],
  );
  // a bare country code is named by the country: its events' names are what the text said ("Mosul" for IRQ)
  const nameOf = (code: string, name: string | null) => (code.length === 3 ? countryName(code) : null) ?? name ?? code;
  return rows.map((r) => ({
    source: r.source_code as string,
    sourceName: nameOf(r.source_code as string, r.source_name as string | null),
    target: r.target_code as string,
    targetName: nameOf(r.target_code as string, r.target_name as string | null),
    events: Number(r.n),
    quad: quadOf(r),
  }));
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
