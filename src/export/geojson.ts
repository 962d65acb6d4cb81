/**
 * `geojson`: a FeatureCollection (RFC 7946) of the events that have coordinates, each a Point
 * [lon, lat] with the event's fields as flat properties. Events without coordinates are left out:
 * a feature with a null geometry would land every map tool at 0,0 or drop it anyway.
 */
import type { StoredEvent } from '../store/types.js';
import { chunked } from './chunk.js';
import type { Exporter } from './types.js';

/** The GeoJSON feature of one event, or null when it has no coordinates. */
export function eventFeature(e: StoredEvent): object | null {
  const loc = e.location;
  if (!loc || loc.lat === null || loc.lon === null || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) return null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
    properties: {
      id: e.id,
      date: e.date,
      dateEnd: e.dateEnd,
      precision: e.precision,
      code: e.code,
      root: e.root,
      name: e.name,
      quadClass: e.quadClass,
      goldstein: e.goldstein,
      ploverType: e.ploverType,
      ploverMode: e.ploverMode,
      sourceCode: e.source.code,
      sourceName: e.source.name,
      targetCode: e.target?.code ?? null,
      targetName: e.target?.name ?? null,
      modality: e.modality,
      historical: e.historical,
      place: loc.name,
      admin1: loc.admin1,
      country: loc.country,
      country3: loc.country3 ?? null,
      geonameId: loc.geonameId,
      locationPrecision: loc.precision,
      dead: e.casualties?.dead ?? null,
      injured: e.casualties?.injured ?? null,
      confidence: e.confidence,
      mentions: e.mentions,
      sources: e.sources,
      articles: e.articles,
      sentence: e.sentence,
      url: e.url,
    },
  };
}

async function* pieces(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const event of events) {
    const feature = eventFeature(event);
    if (!feature) continue;
    yield (first ? '\n' : ',\n') + JSON.stringify(feature);
    first = false;
  }
  yield '\n]}\n';
}

/** Events with a location as a GeoJSON FeatureCollection. */
export const toGeoJson: Exporter = (events) => chunked(pieces(events));
