/**
 * The write side of the SQL store: placing mentions into events (merging), recomputing
 * events from their mentions, and re-clustering. Every function runs inside a caller's
 * transaction, so a document's rows, merges and counts commit together or not at all.
 */
import type { AnalysisResult, EventRecord } from '../types.js';
import { addDays, countryPart, mergeDecision, mergeRoots, modalityClass, UNKNOWN_PERPETRATOR as UNKNOWN_COUNTRY, type MergeSubject } from './merge.js';
import { EVENT_COLUMNS, eventValues } from './rows.js';
import type { Queryable, Row } from './sql.js';
import { outletOf, summarizeMentions, type EventFields, type MentionInput } from './summarize.js';
import type { IngestOutcome, MergeOptions, NewDocument } from './types.js';

/** The widest date range (days) searched for an overlapping event; coarser ranges merge by first day only. */
const RANGE_WINDOW = 31;

const MODALITIES_OF_CLASS = {
  asserted: ['asserted'],
  negated: ['negated'],
  irrealis: ['hypothetical', 'future', 'counterfactual'],
} as const;

/** The merge view of a mention's record. */
export function subjectOfRecord(r: EventRecord): MergeSubject {
  return {
    code: r.cameo.code,
    source: r.source.code,
    target: r.target?.code ?? null,
    date: r.date.value,
    dateEnd: r.date.end || r.date.value,
    location: r.location,
    modality: r.modality,
  };
}

/** The merge view of an event row; its location is parsed only if a comparison gets that far. */
function subjectOfRow(r: Row): MergeSubject {
  let location: MergeSubject['location'] | undefined;
  return {
    code: r.code as string,
    source: r.source_code as string,
    target: (r.target_code as string | null) ?? null,
    date: r.date as string,
    dateEnd: r.date_end as string,
    get location() {
      if (location === undefined) location = r.location == null ? null : typeof r.location === 'string' ? JSON.parse(r.location) : (r.location as MergeSubject['location']);
      return location ?? null;
    },
    modality: r.modality as MergeSubject['modality'],
  };
}

/** The best existing event this record reports, with why; found with the (root, date) index. */
export async function findEvent(tx: Queryable, record: EventRecord, options: MergeOptions): Promise<{ id: number; reason: string } | null> {
  if (!options.enabled) return null;
  const mention = subjectOfRecord(record);
  const near = addDays(mention.date, -options.days);
  const far = addDays(mention.date, -Math.max(options.days, RANGE_WINDOW));
  const last = addDays(mention.dateEnd > mention.date ? mention.dateEnd : mention.date, options.days);
  const modalities = MODALITIES_OF_CLASS[modalityClass(mention.modality)];
  // Actors of another country can never merge (see compatibleActors): leave them out in SQL, so the
  // candidates read and compared are a few rows, not every event of the root in the window.
  const sourceCountry = countryPart(mention.source);
  const targetCountry = mention.target == null ? UNKNOWN_COUNTRY : countryPart(mention.target);
  const bySource = sourceCountry !== UNKNOWN_COUNTRY ? ` AND substr(source_code, 1, 3) IN (?, '${UNKNOWN_COUNTRY}')` : '';
  const byTarget = targetCountry !== UNKNOWN_COUNTRY ? ` AND (target_code IS NULL OR substr(target_code, 1, 3) IN (?, '${UNKNOWN_COUNTRY}'))` : '';
  const rows = await tx.all(
    `SELECT id, code, source_code, target_code, date, date_end, location, modality FROM events
     WHERE root IN (?, ?) AND date >= ? AND date <= ? AND (date >= ? OR date_end >= ?)
       AND modality IN (${modalities.map(() => '?').join(', ')})${bySource}${byTarget}
     ORDER BY date, id LIMIT 1000`,
    [...mergeRoots(record.cameo.code), far, last, near, mention.date, ...modalities, ...(bySource ? [sourceCountry] : []), ...(byTarget ? [targetCountry] : [])],
  );
  let best: { id: number; reason: string; score: number } | null = null;
  for (const row of rows) {
    const verdict = mergeDecision(subjectOfRow(row), mention, options);
    if (verdict.merge && (!best || verdict.score > best.score)) best = { id: Number(row.id), reason: verdict.reason, score: verdict.score };
  }
  return best;
}

/** Inserts an event and returns its id. */
export async function insertEvent(tx: Queryable, fields: EventFields): Promise<number> {
  const row = await tx.get<{ id: number }>(
    `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')}) RETURNING id`,
    eventValues(fields),
  );
  return Number(row!.id);
}

function mentionInputOf(r: Row): MentionInput {
  const url = (r.url as string | null) ?? null;
  return {
    id: Number(r.id),
    documentId: Number(r.document_id),
    outlet: outletOf((r.source as string | null) ?? null, url),
    url,
    sentence: r.sentence as string,
    createdAt: r.created_at as string,
    record: (typeof r.record === 'string' ? JSON.parse(r.record) : r.record) as EventRecord,
  };
}

const MENTION_INPUT_COLUMNS = 'id, document_id, url, source, sentence, created_at, record';

/** Rewrites an event from its mentions; deletes it when none is left. */
export async function recompute(tx: Queryable, eventId: number): Promise<void> {
  const rows = await tx.all(`SELECT ${MENTION_INPUT_COLUMNS} FROM mentions WHERE event_id = ? ORDER BY id`, [eventId]);
  if (rows.length === 0) {
    await tx.run('DELETE FROM events WHERE id = ?', [eventId]);
    return;
  }
  await tx.run(`UPDATE events SET ${EVENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
    ...eventValues(summarizeMentions(rows.map(mentionInputOf))),
    eventId,
  ]);
}

/** Stores one analyzed document with its mentions merged into events (inside the caller's transaction). */
export async function insertDocument(
  tx: Queryable,
  doc: NewDocument,
  result: AnalysisResult,
  options: MergeOptions,
  now: string,
): Promise<IngestOutcome> {
  const existing = await tx.get<{ id: number }>('SELECT id FROM documents WHERE hash = ?', [doc.hash]);
  if (existing) return { documentId: Number(existing.id), inserted: false, mentions: 0, merged: 0, created: 0 };
  const url = doc.url ?? result.document.url;
  const inserted = await tx.get<{ id: number }>(
    `INSERT INTO documents (hash, origin, url, title, source, published_at, text, ingested_at, status, error, event_count, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ok', NULL, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`,
    [doc.hash, doc.origin, url, doc.title ?? result.document.title, doc.source, doc.publishedAt ?? (result.document.publishedAt || null),
      result.document.text, now, result.events.length, JSON.stringify(result.warnings)],
  );
  // another writer stored the same content between our check and insert
  if (!inserted) return insertDocument(tx, doc, result, options, now);
  const documentId = Number(inserted.id);
  const outcome: IngestOutcome = { documentId, inserted: true, mentions: result.events.length, merged: 0, created: 0 };
  for (const [ord, record] of result.events.entries()) {
    const { sentence, trigger } = record.evidence;
    const text = result.document.text.slice(sentence.start, sentence.end);
    const match = await findEvent(tx, record, options);
    const mention: MentionInput = { id: 0, documentId, outlet: outletOf(doc.source, url), url, sentence: text, createdAt: now, record };
    const eventId = match ? match.id : await insertEvent(tx, summarizeMentions([mention]));
    await tx.run(
      `INSERT INTO mentions (event_id, document_id, ord, url, source, sentence, sentence_start, sentence_end, trigger_start, trigger_end, record, merge_reason, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [eventId, documentId, ord, url, doc.source, text, sentence.start, sentence.end, trigger.start, trigger.end, JSON.stringify(record), match?.reason ?? null, now],
    );
    if (match) {
      await recompute(tx, eventId);
      outcome.merged++;
    } else outcome.created++;
  }
  return outcome;
}

/** Records a document that failed analysis (inside the caller's transaction). */
export async function insertFailure(tx: Queryable, doc: NewDocument, error: string, now: string): Promise<IngestOutcome> {
  const row = await tx.get<{ id: number }>(
    `INSERT INTO documents (hash, origin, url, title, source, published_at, text, ingested_at, status, error, event_count, warnings)
     VALUES (?, ?, ?, ?, ?, ?, '', ?, 'error', ?, 0, '[]') ON CONFLICT (hash) DO NOTHING RETURNING id`,
    [doc.hash, doc.origin, doc.url, doc.title, doc.source, doc.publishedAt, now, error],
  );
  if (row) return { documentId: Number(row.id), inserted: true, mentions: 0, merged: 0, created: 0 };
  const existing = await tx.get<{ id: number }>('SELECT id FROM documents WHERE hash = ?', [doc.hash]);
  return { documentId: Number(existing!.id), inserted: false, mentions: 0, merged: 0, created: 0 };
}

/** Deletes a document and its mentions, then recounts or drops the events they were in. */
export async function removeDocument(tx: Queryable, id: number): Promise<boolean> {
  const events = await tx.all<{ event_id: number }>('SELECT DISTINCT event_id FROM mentions WHERE document_id = ?', [id]);
  await tx.run('DELETE FROM mentions WHERE document_id = ?', [id]);
  const deleted = await tx.run('DELETE FROM documents WHERE id = ?', [id]);
  for (const e of events) await recompute(tx, Number(e.event_id));
  return deleted > 0;
}

/** Moves a mention into an event of its own; returns that event's id. */
export async function splitMention(tx: Queryable, mentionId: number): Promise<number> {
  const row = await tx.get(`SELECT event_id, ${MENTION_INPUT_COLUMNS} FROM mentions WHERE id = ?`, [mentionId]);
  if (!row) throw new Error(`no mention ${mentionId}`);
  const oldEvent = Number(row.event_id);
  const others = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM mentions WHERE event_id = ? AND id <> ?', [oldEvent, mentionId]);
  if (Number(others!.n) === 0) return oldEvent;
  const eventId = await insertEvent(tx, summarizeMentions([mentionInputOf(row)]));
  await tx.run('UPDATE mentions SET event_id = ?, merge_reason = NULL WHERE id = ?', [eventId, mentionId]);
  await recompute(tx, oldEvent);
  return eventId;
}

/** Re-clusters every mention, in ingest order, with `options`; returns the number of events. */
export async function recluster(tx: Queryable, options: MergeOptions): Promise<number> {
  // negative ids park every mention outside any event: new event ids may reuse old ones
  await tx.run('UPDATE mentions SET event_id = -id');
  await tx.run('DELETE FROM events');
  const rows = await tx.all(`SELECT ${MENTION_INPUT_COLUMNS} FROM mentions ORDER BY id`);
  for (const row of rows) {
    const mention = mentionInputOf(row);
    const match = await findEvent(tx, mention.record, options);
    const eventId = match ? match.id : await insertEvent(tx, summarizeMentions([mention]));
    await tx.run('UPDATE mentions SET event_id = ?, merge_reason = ? WHERE id = ?', [eventId, match?.reason ?? null, mention.id]);
    if (match) await recompute(tx, eventId);
  }
  const count = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM events');
  return Number(count!.n);
}
