/**
 * The knowledge base contract: one `Store` interface, one file per backend
 * (`backends/sqlite.ts`, the embedded default; `backends/postgres.ts`, shared and
 * multi-process), one conformance suite (`conformance.ts`) that every backend passes.
 *
 * Vocabulary:
 * - a *document* is one ingested article (identified by the hash of its content);
 * - a *mention* is one event record as `analyze` produced it from one sentence of one document;
 * - an *event* is one real-world event: a cluster of mentions that report the same thing,
 *   with GDELT-style counts (mentions, sources, articles).
 */
import type { AnalysisResult, EventLocation, EventRecord, Modality, DatePrecision } from '../types.js';

/** A document as handed to the store for ingest. */
export interface NewDocument {
  /** sha256 (hex) of the raw content: the same content ingested twice is one document */
  hash: string;
  /** where it came from: a file path, a URL, or "feed-url#item-guid" */
  origin: string;
  url: string | null;
  title: string | null;
  /** the outlet ("reuters.com", a feed title, the jsonl `source` field) */
  source: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
}

/** A document as stored. */
export interface StoredDocument extends NewDocument {
  id: number;
  /** cleaned text ('' when analysis failed) */
  text: string;
  ingestedAt: string;
  status: 'ok' | 'error';
  /** why the document failed, when it did */
  error: string | null;
  eventCount: number;
  warnings: string[];
}

/** One event record from one document, kept as provenance of the event it belongs to. */
export interface StoredMention {
  id: number;
  eventId: number;
  documentId: number;
  url: string | null;
  source: string | null;
  /** the sentence the event was coded from, and offsets into the document text */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  triggerStart: number;
  triggerEnd: number;
  /** the full record as `analyze` produced it */
  record: EventRecord;
  /** why this mention joined its event (null for the mention that founded it) */
  mergeReason: string | null;
}

/** One real-world event: the merged view of its mentions. */
export interface StoredEvent {
  id: number;
  code: string;
  root: string;
  name: string;
  quadClass: number;
  goldstein: number;
  ploverType: string;
  ploverMode: string | null;
  source: { code: string; name: string; text: string };
  target: { code: string; name: string; text: string } | null;
  /** YYYY-MM-DD first and last day, and how precise */
  date: string;
  dateEnd: string;
  precision: DatePrecision;
  location: EventLocation | null;
  modality: Modality;
  historical: boolean;
  casualties: { dead: number | null; injured: number | null } | null;
  confidence: number;
  /** GDELT-style counts: mention rows, distinct outlets, distinct documents */
  mentions: number;
  sources: number;
  articles: number;
  /** the founding mention's evidence, for a one-line display */
  sentence: string;
  url: string | null;
  firstSeen: string;
}

/** Filters shared by the API, `faultline events` and `faultline export`. All optional, all ANDed. */
export interface EventFilter {
  /** YYYY-MM-DD inclusive range on the event date */
  from?: string;
  to?: string;
  /** actor code or prefix ("IRQ" matches IRQGOV, IRQMIL); matched against source or target */
  actor?: string;
  /** only as source / only as target */
  source?: string;
  target?: string;
  /** CAMEO root "19" or full code "193" (a code matches itself and its sub-codes) */
  root?: string;
  code?: string;
  ploverType?: string;
  /** location country, ISO-2 or ISO-3 */
  country?: string;
  /** [west, south, east, north] in degrees */
  bbox?: [number, number, number, number];
  /** default: any */
  modality?: Modality[];
  historical?: boolean;
  /** full-text query over the documents the event's mentions come from */
  q?: string;
  /** only events with a location geonameId */
  geonameId?: number;
}

/** A page request: `cursor` is the opaque `next` of the previous page. */
export interface PageRequest {
  limit?: number;
  cursor?: string | null;
}

/** A page of results, newest event date first. */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** Thresholds of duplicate merging (options of ingest and of re-merging). */
export interface MergeOptions {
  /** merge at all (default true) */
  enabled: boolean;
  /** event dates (first days) may differ by at most this many days */
  days: number;
  /** two points farther apart than this are different places */
  km: number;
  /** codes must share this many leading digits (3 = same base code, 2 = same root) */
  codeDigits: number;
}

/** What ingesting one document did. */
export interface IngestOutcome {
  documentId: number;
  /** false when the document was already there (same hash): nothing changed */
  inserted: boolean;
  mentions: number;
  /** mentions that joined an existing event */
  merged: number;
  /** new events founded */
  created: number;
}

/** A control claim: one piece of evidence that an actor took, held or lost a place. */
export interface ControlClaim {
  eventId: number;
  geonameId: number | null;
  place: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  actor: string;
  actorName: string;
  /** took (seized, captured, retook), lost (withdrew, retreated, was driven out) */
  change: 'took' | 'lost';
  date: string;
  code: string;
  sentence: string;
  url: string | null;
}

/** An actor with how often it acts or is acted on. */
export interface ActorSummary {
  code: string;
  name: string;
  asSource: number;
  asTarget: number;
}

/** A place with its event count. */
export interface PlaceSummary {
  geonameId: number | null;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

/** Events of one day, split by QuadClass (verbal coop., material coop., verbal conflict, material conflict). */
export interface DayCount {
  date: string;
  events: number;
  quad: [number, number, number, number];
}

/** Events of one map grid cell, at the mean point of their locations. */
export interface EventCluster {
  lat: number;
  lon: number;
  events: number;
  /** sum of the events' mention counts */
  mentions: number;
  quad: [number, number, number, number];
  /** the event's id when the cell holds one event */
  eventId: number | null;
  /** the place's name when every event of the cell is at one place */
  place: string | null;
}

/** How often one actor acted on another. */
export interface ActorLink {
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  events: number;
  quad: [number, number, number, number];
}

/** The knowledge base. Every method is async so that one contract fits both backends. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** brings the schema to the latest version (idempotent); returns the version */
  migrate(): Promise<number>;
  /** true when a document with this content hash is stored (ok or error) */
  hasDocument(hash: string): Promise<boolean>;
  /**
   * Stores one analyzed document, its mentions, and merges them into events — all in one
   * transaction, so a crash leaves either all of it or none. Same hash again: nothing changes.
   */
  addDocument(doc: NewDocument, result: AnalysisResult, merge?: Partial<MergeOptions>): Promise<IngestOutcome>;
  /**
   * Stores several analyzed documents in one transaction, in order, each as `addDocument` would
   * (a later one merges into events of an earlier one): all of them or none. One commit for many
   * documents is what makes a bulk ingest cheap.
   */
  addDocuments(items: ReadonlyArray<{ doc: NewDocument; result: AnalysisResult }>, merge?: Partial<MergeOptions>): Promise<IngestOutcome[]>;
  /** records a document that could not be analyzed, with its error (same hash again: nothing changes) */
  addFailure(doc: NewDocument, error: string): Promise<IngestOutcome>;
  getDocument(id: number): Promise<StoredDocument | null>;
  listDocuments(query: { q?: string; status?: 'ok' | 'error' } & PageRequest): Promise<Page<StoredDocument>>;
  /** deletes a document and its mentions; events left with no mention disappear, others are recounted */
  deleteDocument(id: number): Promise<boolean>;
  queryEvents(filter: EventFilter, page?: PageRequest): Promise<Page<StoredEvent>>;
  /** iterates every matching event (for exports), in pages, without loading all at once */
  streamEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  countEvents(filter: EventFilter): Promise<number>;
  getEvent(id: number): Promise<(StoredEvent & { mentionList: StoredMention[] }) | null>;
  /** moves a mention out of its event into a new event of its own (undoes a merge) */
  unmerge(mentionId: number): Promise<number>;
  /** re-clusters every mention with new thresholds; returns the number of events after */
  remerge(merge: Partial<MergeOptions>): Promise<number>;
  actors(query: { q?: string; limit?: number }): Promise<ActorSummary[]>;
  places(query: { q?: string; country?: string; limit?: number }): Promise<PlaceSummary[]>;
  /** matching events per event date, oldest first */
  dayCounts(filter: EventFilter): Promise<DayCount[]>;
  /** matching events with a point, grouped into cells of `cell` degrees, largest first (at most `limit`) */
  clusters(filter: EventFilter, cell: number, limit?: number): Promise<EventCluster[]>;
  /** source → target pairs of matching events, most frequent first (at most `limit`) */
  actorLinks(filter: EventFilter, limit?: number): Promise<ActorLink[]>;
  /** control claims (asserted take/lose events with a place), oldest first */
  controlClaims(query: { geonameId?: number; place?: string; actor?: string; until?: string }): Promise<ControlClaim[]>;
  /** counts for a status line */
  stats(): Promise<{ documents: number; failed: number; mentions: number; events: number }>;
  close(): Promise<void>;
}
