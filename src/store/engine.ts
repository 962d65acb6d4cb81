/**
 * The `Store` contract over SQL, shared by both backends: a backend only supplies a `Driver`
 * (connection, transactions, locks) and its migrations, so both behave the same by construction.
 */
import type { AnalysisResult } from '../types.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { eventWhere } from './filter.js';
import { insertDocument, insertFailure, recluster, removeDocument, splitMention } from './ingest.js';
import { mergeOptions } from './merge.js';
import { documentOf, eventOf, mentionOf } from './rows.js';
import type { Driver, Migration } from './sql.js';
import { actorLinks, dayCounts, eventClusters } from './aggregate.js';
import { actorSummaries, controlClaimsIn, placeSummaries } from './summaries.js';
import type {
  ActorLink, ActorSummary, ControlClaim, DayCount, EventCluster, EventFilter, IngestOutcome, MergeOptions, NewDocument, Page, PageRequest,
  PlaceSummary, Store, StoredDocument, StoredEvent, StoredMention,
} from './types.js';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 1000;
const STREAM_PAGE = 500;

function pageSize(limit: number | undefined): number {
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(limit ?? DEFAULT_PAGE)));
}

const now = () => new Date().toISOString();

/** A `Store` over any SQL `Driver`. */
export class SqlStore implements Store {
  constructor(
    protected readonly db: Driver,
    private readonly migrations: Migration[],
  ) {}

  get kind(): Store['kind'] {
    return this.db.kind;
  }

  /** Applies pending migrations in order, in one transaction with their version rows (all or none). */
  async migrate(): Promise<number> {
    return this.db.transaction({ exclusive: true }, async (tx) => {
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
      const row = await tx.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
      let version = Number(row?.v ?? 0);
      const latest = this.migrations.at(-1)?.version ?? 0;
      if (version > latest) throw new Error(`the store's schema (version ${version}) is newer than this faultline knows (${latest}): upgrade faultline`);
      for (const m of this.migrations) {
        if (m.version <= version) continue;
        await tx.exec(m.sql);
        await tx.run('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now()]);
        version = m.version;
      }
      return version;
    });
  }

  async hasDocument(hash: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS x FROM documents WHERE hash = ?', [hash])) != null;
  }

  async addDocument(doc: NewDocument, result: AnalysisResult, merge?: Partial<MergeOptions>): Promise<IngestOutcome> {
    return (await this.addDocuments([{ doc, result }], merge))[0];
  }

  async addDocuments(items: ReadonlyArray<{ doc: NewDocument; result: AnalysisResult }>, merge?: Partial<MergeOptions>): Promise<IngestOutcome[]> {
    if (items.length === 0) return [];
    const roots = [...new Set(items.flatMap(({ result }) => result.events.map((e) => e.cameo.root)))];
    const options = mergeOptions(merge);
    const at = now();
    return this.db.transaction({ roots }, async (tx) => {
      const outcomes: IngestOutcome[] = [];
      for (const { doc, result } of items) outcomes.push(await insertDocument(tx, doc, result, options, at));
      return outcomes;
    });
  }

  async addFailure(doc: NewDocument, error: string): Promise<IngestOutcome> {
    return this.db.transaction({ roots: [] }, (tx) => insertFailure(tx, doc, error, now()));
  }

  async getDocument(id: number): Promise<StoredDocument | null> {
    const row = await this.db.get('SELECT * FROM documents WHERE id = ?', [id]);
    return row ? documentOf(row) : null;
  }

  async listDocuments({ q, status, limit, cursor }: { q?: string; status?: 'ok' | 'error' } & PageRequest): Promise<Page<StoredDocument>> {
    const size = pageSize(limit);
    const parts: string[] = [];
    const params: unknown[] = [];
    if (status) (parts.push('status = ?'), params.push(status));
    if (q) {
      const match = this.db.dialect.fullTextParam(q);
      if (match == null) return { items: [], next: null };
      parts.push(`id IN (${this.db.dialect.documentsMatching})`);
      params.push(match);
    }
    if (cursor) (parts.push('id < ?'), params.push(decodeCursor<[number]>(cursor, ['number'])[0]));
    const rows = await this.db.all(
      `SELECT * FROM documents ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
      [...params, size + 1],
    );
    const items = rows.slice(0, size).map(documentOf);
    return { items, next: rows.length > size ? encodeCursor([items[items.length - 1].id]) : null };
  }

  async deleteDocument(id: number): Promise<boolean> {
    return this.db.transaction({ exclusive: true }, (tx) => removeDocument(tx, id));
  }

  async queryEvents(filter: EventFilter, { limit, cursor }: PageRequest = {}): Promise<Page<StoredEvent>> {
    const size = pageSize(limit);
    const where = eventWhere(filter, this.db.dialect);
    let sql = where.sql;
    const params = [...where.params];
    if (cursor) {
      // keyset: strictly after the last row of the previous page in (date DESC, id DESC) order
      const [date, id] = decodeCursor<[string, number]>(cursor, ['string', 'number']);
      sql += ' AND (date < ? OR (date = ? AND id < ?))';
      params.push(date, date, id);
    }
    // ids first: when one index covers the filter, the page is chosen (and sorted) from index
    // entries alone, and only its rows are read
    const rows = await this.db.all(
      `SELECT * FROM events WHERE id IN (SELECT id FROM events WHERE ${sql} ORDER BY date DESC, id DESC LIMIT ?) ORDER BY date DESC, id DESC`,
      [...params, size + 1],
    );
    const items = rows.slice(0, size).map(eventOf);
    const last = items[items.length - 1];
    return { items, next: rows.length > size ? encodeCursor([last.date, last.id]) : null };
  }

  async *streamEvents(filter: EventFilter): AsyncIterable<StoredEvent> {
    let cursor: string | null = null;
    do {
      const page: Page<StoredEvent> = await this.queryEvents(filter, { limit: STREAM_PAGE, cursor });
      yield* page.items;
      cursor = page.next;
    } while (cursor);
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const where = eventWhere(filter, this.db.dialect);
    const row = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events WHERE ${where.sql}`, where.params);
    return Number(row!.n);
  }

  async getEvent(id: number): Promise<(StoredEvent & { mentionList: StoredMention[] }) | null> {
    const row = await this.db.get('SELECT * FROM events WHERE id = ?', [id]);
    if (!row) return null;
    const mentions = await this.db.all('SELECT * FROM mentions WHERE event_id = ? ORDER BY id', [id]);
    return { ...eventOf(row), mentionList: mentions.map(mentionOf) };
  }

  async unmerge(mentionId: number): Promise<number> {
    return this.db.transaction({ exclusive: true }, (tx) => splitMention(tx, mentionId));
  }

  async remerge(merge: Partial<MergeOptions>): Promise<number> {
    return this.db.transaction({ exclusive: true }, (tx) => recluster(tx, mergeOptions(merge)));
  }

  async actors(query: { q?: string; limit?: number }): Promise<ActorSummary[]> {
    return actorSummaries(this.db, query);
  }

  async places(query: { q?: string; country?: string; limit?: number }): Promise<PlaceSummary[]> {
    return placeSummaries(this.db, query);
  }

  async dayCounts(filter: EventFilter): Promise<DayCount[]> {
    return dayCounts(this.db, this.db.dialect, filter);
  }

  async clusters(filter: EventFilter, cell: number, limit = 2000): Promise<EventCluster[]> {
    return eventClusters(this.db, this.db.dialect, filter, cell, Math.min(limit, 10_000));
  }

  async actorLinks(filter: EventFilter, limit = 100): Promise<ActorLink[]> {
    return actorLinks(this.db, this.db.dialect, filter, Math.min(limit, 1000));
  }

  async controlClaims(query: { geonameId?: number; place?: string; actor?: string; until?: string }): Promise<ControlClaim[]> {
    return controlClaimsIn(this.db, query);
  }

  async stats(): Promise<{ documents: number; failed: number; mentions: number; events: number }> {
    const row = await this.db.get(
      `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM documents WHERE status = 'error') AS failed,
              (SELECT COUNT(*) FROM mentions) AS mentions, (SELECT COUNT(*) FROM events) AS events`,
    );
    return { documents: Number(row!.documents), failed: Number(row!.failed), mentions: Number(row!.mentions), events: Number(row!.events) };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
