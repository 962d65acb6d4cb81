/**
 * `plover`: one JSON record per line in the layout of the PLOVER specification's "JSON Data
 * Fields" chapter (id, date, enddate, source and recipient as lists of actor objects, event,
 * mode, context, event_loc with GeoNames field names, quad_code, event_scale, text, cite_info,
 * coder), plus `event_type` as POLECAT names it. Fields PLOVER leaves open for extensions carry
 * what an analyst needs to judge the record: modality, historical, size (dead, injured),
 * counts and confidence.
 */
import { ploverFor } from '../ontology/index.js';
import type { StoredEvent } from '../store/types.js';
import { splitActorCode } from './actor-code.js';
import { chunked } from './chunk.js';
import type { Exporter } from './types.js';

/** Where the records say they come from. */
export const PLOVER_CODER = 'faultline';

function actorObject(actor: { code: string; name: string; text: string }): object {
  const parts = splitActorCode(actor.code);
  return {
    // PLOVER's `code` is the top-level (country) code, `sector` the role: IRQMIL → IRQ + MIL.
    code: parts.country || actor.code.slice(0, 3),
    sector: [parts.type1, parts.type2, parts.type3].filter(Boolean).join(';') || null,
    actor_text: actor.text,
    identifier_text: actor.name,
    cameo_code: actor.code,
    religion: parts.religion1 || null,
    ethnicity: parts.ethnic || null,
  };
}

/** The PLOVER record of one event. */
export function ploverRecord(e: StoredEvent): object {
  const context = ploverFor(e.code).context;
  const loc = e.location;
  return {
    id: `faultline-${e.id}`,
    date: e.date,
    enddate: e.dateEnd,
    date_precision: e.precision,
    source: [actorObject(e.source)],
    recipient: e.target ? [actorObject(e.target)] : [],
    event: [e.ploverType],
    event_type: e.ploverType,
    mode: e.ploverMode,
    context: context ? context.split(';') : [],
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    event_text: [e.name],
    cameo_code: e.code,
    event_loc: loc
      ? {
          geonameid: loc.geonameId,
          name: loc.name,
          latitude: loc.lat,
          longitude: loc.lon,
          'country code': loc.country,
          cc3: loc.country3 ?? null,
          admin1: loc.admin1,
          precision: loc.precision,
        }
      : null,
    size: e.casualties ? { dead: e.casualties.dead, injured: e.casualties.injured } : null,
    modality: e.modality,
    historical: e.historical,
    text: e.sentence,
    cite_info: { url: e.url },
    num_mentions: e.mentions,
    num_sources: e.sources,
    num_articles: e.articles,
    confidence: e.confidence,
    coder: PLOVER_CODER,
    coded_date: e.firstSeen.slice(0, 10),
  };
}

async function* lines(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  for await (const event of events) yield JSON.stringify(ploverRecord(event)) + '\n';
}

/** Events as PLOVER JSON Lines. */
export const toPlover: Exporter = (events) => chunked(lines(events));
