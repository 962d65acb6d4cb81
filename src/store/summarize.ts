/**
 * An event's fields recomputed from all its mentions, so merging, unmerging and deleting
 * always agree with what the mentions say (never an incrementally drifting copy).
 */
import type { DatePrecision, EventActor, EventLocation, EventRecord } from '../types.js';
import type { StoredEvent } from './types.js';

/** What summarizing needs of one mention. */
export interface MentionInput {
  id: number;
  documentId: number;
  /** the outlet key: the document's source, else the URL's host */
  outlet: string | null;
  url: string | null;
  sentence: string;
  createdAt: string;
  record: EventRecord;
}

/** A stored event without its id. */
export type EventFields = Omit<StoredEvent, 'id'>;

// words-dated days first; the publication fallback beats only a whole year
const DATE_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, publication: 3, year: 4 };
const PLACE_RANK = { point: 0, admin1: 1, country: 2 } as const;

function placeRank(l: EventLocation | null): number {
  return l ? (l.precision ? PLACE_RANK[l.precision] : 3) : 4;
}

/** The outlet of a document: its declared source, else the host of its URL. */
export function outletOf(source: string | null, url: string | null): string | null {
  if (source) return source.toLowerCase();
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** The value occurring most often; ties go to the earliest (mentions come in id order). */
function mostFrequent<T>(values: T[], key: (v: T) => string): T {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
  let best = values[0];
  for (const v of values) if (counts.get(key(v))! > counts.get(key(best))!) best = v;
  return best;
}

/** The most informative actor: identified over '---', more specific code, then most frequent. */
function bestActor(actors: EventActor[]): EventActor {
  const unknown = (a: EventActor) => (a.code.startsWith('---') ? 1 : 0);
  const counts = new Map<string, number>();
  for (const a of actors) counts.set(a.code, (counts.get(a.code) ?? 0) + 1);
  let best = actors[0];
  for (const a of actors) {
    const d = unknown(a) - unknown(best) || best.code.length - a.code.length || counts.get(best.code)! - counts.get(a.code)!;
    if (d < 0) best = a;
  }
  return best;
}

function maxOrNull(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v != null);
  return present.length ? Math.max(...present) : null;
}

/** The event as its mentions (in id order, at least one) describe it. */
export function summarizeMentions(mentions: MentionInput[]): EventFields {
  const founding = mentions[0];
  const records = mentions.map((m) => m.record);
  const coded = mostFrequent(records, (r) => r.cameo.code);
  const source = bestActor(records.map((r) => r.source));
  const targets = records.map((r) => r.target).filter((t): t is EventActor => t != null);
  const target = targets.length ? bestActor(targets) : null;
  const dated = records.reduce((a, r) =>
    DATE_RANK[r.date.precision] < DATE_RANK[a.date.precision] || (DATE_RANK[r.date.precision] === DATE_RANK[a.date.precision] && r.date.value < a.date.value) ? r : a,
  );
  const placed = records.reduce((a, r) => (placeRank(r.location) < placeRank(a.location) ? r : a));
  const withCasualties = records.filter((r) => r.casualties);
  const outlets = new Set(mentions.map((m) => m.outlet ?? `document:${m.documentId}`));
  return {
    code: coded.cameo.code,
    root: coded.cameo.root,
    name: coded.cameo.name,
    quadClass: coded.cameo.quadClass,
    goldstein: coded.cameo.goldstein,
    ploverType: coded.plover.type,
    ploverMode: coded.plover.mode,
    source: { code: source.code, name: source.name, text: source.text },
    target: target ? { code: target.code, name: target.name, text: target.text } : null,
    date: dated.date.value,
    dateEnd: dated.date.end,
    precision: dated.date.precision,
    location: placed.location,
    modality: mostFrequent(records, (r) => r.modality).modality,
    historical: records.every((r) => r.historical),
    casualties: withCasualties.length
      ? { dead: maxOrNull(withCasualties.map((r) => r.casualties!.dead)), injured: maxOrNull(withCasualties.map((r) => r.casualties!.injured)) }
      : null,
    confidence: Math.max(...records.map((r) => r.confidence)),
    mentions: mentions.length,
    sources: outlets.size,
    articles: new Set(mentions.map((m) => m.documentId)).size,
    sentence: founding.sentence,
    url: founding.url,
    firstSeen: mentions.reduce((a, m) => (m.createdAt < a ? m.createdAt : a), founding.createdAt),
  };
}
