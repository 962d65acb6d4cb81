/** Rows ↔ stored objects, shared by both backends (SQLite returns JSON as text, PostgreSQL parsed). */
import type { EventRecord } from '../types.js';
import { countryAlpha3 } from '../ontology/countries.js';
import type { Row } from './sql.js';
import type { EventFields } from './summarize.js';
import type { StoredDocument, StoredEvent, StoredMention } from './types.js';

function json<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Event columns in the order `eventValues` gives them. */
export const EVENT_COLUMNS = [
  'code', 'root', 'name', 'quad_class', 'goldstein', 'plover_type', 'plover_mode',
  'source_code', 'source_name', 'source_text', 'target_code', 'target_name', 'target_text',
  'date', 'date_end', 'precision', 'location', 'geoname_id', 'place_name', 'country2', 'country3', 'lat', 'lon',
  'modality', 'historical', 'casualties', 'confidence', 'mentions', 'sources', 'articles', 'sentence', 'url', 'first_seen',
] as const;

/** Column values of an event, with the location spread into its queryable columns. */
export function eventValues(e: EventFields): unknown[] {
  const l = e.location;
  return [
    e.code, e.root, e.name, e.quadClass, e.goldstein, e.ploverType, e.ploverMode,
    e.source.code, e.source.name, e.source.text, e.target?.code ?? null, e.target?.name ?? null, e.target?.text ?? null,
    e.date, e.dateEnd, e.precision, l ? JSON.stringify(l) : null, l?.geonameId ?? null, l?.name ?? null,
    l?.country?.toUpperCase() ?? null, (l?.country3 ?? countryAlpha3(l?.country))?.toUpperCase() ?? null, l?.lat ?? null, l?.lon ?? null,
    e.modality, e.historical ? 1 : 0, e.casualties ? JSON.stringify(e.casualties) : null, e.confidence,
    e.mentions, e.sources, e.articles, e.sentence, e.url, e.firstSeen,
  ];
}

/** A stored event from its row. */
export function eventOf(r: Row): StoredEvent {
  return {
    id: Number(r.id),
    code: r.code as string,
    root: r.root as string,
    name: r.name as string,
    quadClass: Number(r.quad_class),
    goldstein: Number(r.goldstein),
    ploverType: r.plover_type as string,
    ploverMode: (r.plover_mode as string | null) ?? null,
    source: { code: r.source_code as string, name: r.source_name as string, text: r.source_text as string },
    target: r.target_code == null ? null : { code: r.target_code as string, name: r.target_name as string, text: r.target_text as string },
    date: r.date as string,
    dateEnd: r.date_end as string,
    precision: r.precision as StoredEvent['precision'],
    location: r.location == null ? null : json(r.location),
    modality: r.modality as StoredEvent['modality'],
    historical: Number(r.historical) === 1,
    casualties: r.casualties == null ? null : json(r.casualties),
    confidence: Number(r.confidence),
    mentions: Number(r.mentions),
    sources: Number(r.sources),
    articles: Number(r.articles),
    sentence: r.sentence as string,
    url: (r.url as string | null) ?? null,
    firstSeen: r.first_seen as string,
  };
}

/** A stored document from its row. */
export function documentOf(r: Row): StoredDocument {
  return {
    id: Number(r.id),
    hash: r.hash as string,
    origin: r.origin as string,
    url: (r.url as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    publishedAt: (r.published_at as string | null) ?? null,
    text: r.text as string,
    ingestedAt: r.ingested_at as string,
    status: r.status as StoredDocument['status'],
    error: (r.error as string | null) ?? null,
    eventCount: Number(r.event_count),
    warnings: json<string[]>(r.warnings),
  };
}

/** A stored mention from its row. */
export function mentionOf(r: Row): StoredMention {
  return {
    id: Number(r.id),
    eventId: Number(r.event_id),
    documentId: Number(r.document_id),
    url: (r.url as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    sentence: r.sentence as string,
    sentenceStart: Number(r.sentence_start),
    sentenceEnd: Number(r.sentence_end),
    triggerStart: Number(r.trigger_start),
    triggerEnd: Number(r.trigger_end),
    record: json<EventRecord>(r.record),
    mergeReason: (r.merge_reason as string | null) ?? null,
  };
}
