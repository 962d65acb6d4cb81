/**
 * JSON schemas of what the API sends and accepts. Shared shapes are added once with an `$id`
 * (they become `components.schemas` in the OpenAPI document) and referenced as `Name#`.
 * Nullable fields say so: the response serializer would otherwise turn null into "" or 0.
 */
import { FILTER_PARAMS, PAGE_PARAMS, type ParamSpec } from '../query/index.js';

// `nullable` (OpenAPI 3.0) rather than a type array: the serializer writes it without trying each type in turn.
const nullable = (type: string) => ({ type, nullable: true });
const str = { type: 'string' };
const int = { type: 'integer' };
const num = { type: 'number' };

/** The `{error, message}` body of every error response. */
export const ErrorBody = {
  $id: 'Error',
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { ...str, description: 'a short machine-readable kind: bad_request, not_found, unauthorized, forbidden, …' }, message: str },
};

const EventActorSchema = { type: 'object', required: ['code', 'name', 'text'], properties: { code: str, name: str, text: str } };

const LocationSchema = {
  type: 'object',
  nullable: true,
  additionalProperties: true,
  properties: {
    geonameId: nullable('integer'),
    name: str,
    admin1: nullable('string'),
    country: nullable('string'),
    country3: nullable('string'),
    lat: nullable('number'),
    lon: nullable('number'),
    precision: { type: 'string', nullable: true, enum: ['point', 'admin1', 'country', null] },
  },
};

/** A real-world event: the merged view of its mentions. */
export const EventSchema = {
  $id: 'Event',
  type: 'object',
  properties: {
    id: int,
    code: { ...str, description: 'CAMEO event code' },
    root: str,
    name: str,
    quadClass: int,
    goldstein: num,
    ploverType: str,
    ploverMode: nullable('string'),
    source: EventActorSchema,
    target: { ...EventActorSchema, nullable: true },
    date: { ...str, description: 'first day, YYYY-MM-DD' },
    dateEnd: str,
    precision: { type: 'string', enum: ['day', 'week', 'month', 'year', 'publication'] },
    location: LocationSchema,
    modality: { type: 'string', enum: ['asserted', 'negated', 'hypothetical', 'future', 'counterfactual'] },
    historical: { type: 'boolean' },
    casualties: { type: 'object', nullable: true, properties: { dead: nullable('integer'), injured: nullable('integer') } },
    confidence: num,
    mentions: int,
    sources: int,
    articles: int,
    sentence: str,
    url: nullable('string'),
    firstSeen: str,
  },
};

/** One event record from one document (provenance of an event). */
export const MentionSchema = {
  $id: 'Mention',
  type: 'object',
  properties: {
    id: int,
    eventId: int,
    documentId: int,
    url: nullable('string'),
    source: nullable('string'),
    sentence: str,
    sentenceStart: int,
    sentenceEnd: int,
    triggerStart: int,
    triggerEnd: int,
    record: { type: 'object', additionalProperties: true, description: 'the event record as analyze produced it' },
    mergeReason: nullable('string'),
  },
};

const documentProperties = {
  id: int,
  hash: str,
  origin: str,
  url: nullable('string'),
  title: nullable('string'),
  source: nullable('string'),
  publishedAt: nullable('string'),
  ingestedAt: str,
  status: { type: 'string', enum: ['ok', 'error'] },
  error: nullable('string'),
  eventCount: int,
  warnings: { type: 'array', items: str },
};

/** A stored document without its text (list items). */
export const DocumentSummarySchema = { $id: 'DocumentSummary', type: 'object', properties: documentProperties };

/** A stored document with its cleaned text. */
export const DocumentSchema = { $id: 'Document', type: 'object', properties: { ...documentProperties, text: str } };

/** An actor with how often it acts or is acted on. */
export const ActorSchema = {
  $id: 'Actor',
  type: 'object',
  properties: { code: str, name: str, asSource: int, asTarget: int },
};

/** A place with its event count. */
export const PlaceSchema = {
  $id: 'Place',
  type: 'object',
  properties: { geonameId: nullable('integer'), name: str, country: nullable('string'), lat: nullable('number'), lon: nullable('number'), events: int },
};

/** One actor holding one place over a span of days (see src/control/timeline.ts). */
export const HoldingSchema = {
  $id: 'Holding',
  type: 'object',
  properties: {
    geonameId: nullable('integer'),
    place: str,
    country: nullable('string'),
    lat: nullable('number'),
    lon: nullable('number'),
    actor: { ...nullable('string'), description: 'null: unknown holder after a loss' },
    actorName: nullable('string'),
    since: str,
    until: { ...nullable('string'), description: 'exclusive; null while it lasts' },
    evidence: { type: 'array', items: { type: 'object', additionalProperties: true } },
    lostBy: { type: 'array', items: { type: 'object', properties: { actor: str, actorName: str } } },
    contest: { type: 'object', nullable: true, additionalProperties: true },
  },
};

/** Every shared schema, for `app.addSchema`. */
export const SHARED_SCHEMAS = [ErrorBody, EventSchema, MentionSchema, DocumentSummarySchema, DocumentSchema, ActorSchema, PlaceSchema, HoldingSchema];

/** A reference to a shared schema. */
export const ref = (id: string) => ({ $ref: `${id}#` });

/** The error responses a route can give, by status. */
export function errors(...statuses: number[]): Record<number, object> {
  return Object.fromEntries(statuses.map((s) => [s, ref('Error')]));
}

/** A querystring property from a parameter description. */
export function paramSchema(p: ParamSpec): object {
  return {
    type: 'string',
    description: p.description,
    maxLength: 500,
    ...(p.pattern ? { pattern: p.pattern } : {}),
    ...(p.enum ? { enum: p.enum } : {}),
    ...(p.example ? { examples: [p.example] } : {}),
  };
}

/** The querystring schema of the event filters (and, with `page`, of limit and cursor). */
export function eventQuerySchema({ page = true, extra = {} as Record<string, object>, required = [] as string[] } = {}): object {
  const params = page ? [...FILTER_PARAMS, ...PAGE_PARAMS] : FILTER_PARAMS;
  return {
    type: 'object',
    additionalProperties: false,
    required,
    properties: { ...Object.fromEntries(params.map((p) => [p.name, paramSchema(p)])), ...extra },
  };
}

/** A page of items of one shared schema. */
export function pageOf(id: string): object {
  return {
    type: 'object',
    required: ['items', 'next'],
    properties: { items: { type: 'array', items: ref(id) }, next: { ...nullable('string'), description: 'pass as `cursor` for the next page; null on the last' } },
  };
}
