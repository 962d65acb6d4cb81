/**
 * CAMEO coding accuracy on the PETRARCH-2 gold standard records (events/petr2-gsr.jsonl):
 * per sentence, our events (source, target or '---', CAMEO code) against the gold multiset,
 * matched one to one, greedily, exact matches first. Also the petr-validate smoke number.
 */
import type { Lexicon } from '../src/lexicon/load.js';
import type { Doc } from '../src/types.js';
import { lenientActorMatch, strictActorMatch } from './actor-codes.js';
import { goldPaths, readJsonl, type PetrGoldEvent, type PetrRecord } from './data.js';
import { addCounts, greedyMatch, matchingCounts, prf, zeroCounts, type Counts, type Matching, type Prf } from './metrics.js';
import { runRecord } from './pipeline.js';

/** An event reduced to what the gold standard codes. */
export interface Triple {
  source: string;
  target: string;
  code: string;
}

/** One of our events, with what a developer needs to see why it was coded. */
export interface OurEvent extends Triple {
  rule: string;
  trigger: string;
  modality: string;
}

/** The ways an event of ours can match a gold event, loosest last. */
export const EVENT_METRICS = ['root', 'code', 'tripleLenient', 'tripleStrict'] as const;
/** One of EVENT_METRICS. */
export type EventMetric = (typeof EVENT_METRICS)[number];

type Test = (gold: Triple, ours: Triple) => boolean;
const exact: Test = (g, o) => o.code === g.code && strictActorMatch(o.source, g.source) && strictActorMatch(o.target, g.target);
const sameCode: Test = (g, o) => o.code === g.code;
const sameRoot: Test = (g, o) => o.code.slice(0, 2) === g.code.slice(0, 2);
const lenientTriple: Test = (g, o) => o.code === g.code && lenientActorMatch(o.source, g.source) && lenientActorMatch(o.target, g.target);

/** The matching tiers of each metric: exact first, then looser steps down to the metric's own test. */
const TIERS: Record<EventMetric, Test[]> = {
  root: [exact, lenientTriple, sameCode, sameRoot],
  code: [exact, lenientTriple, sameCode],
  tripleLenient: [exact, lenientTriple],
  tripleStrict: [exact],
};

/** Matches our events of one sentence with its gold events under one metric. */
export function matchSentence(gold: readonly Triple[], ours: readonly Triple[], metric: EventMetric): Matching {
  return greedyMatch(gold, ours, TIERS[metric]);
}

/** The gold events of a record as triples (a missing target is '---'). */
export function goldTriples(events: readonly PetrGoldEvent[]): Triple[] {
  return events.map((e) => ({ source: e.source, target: e.target || '---', code: e.code }));
}

/** Our events of a document as triples, with rule, trigger words and modality. */
export function ourEvents(doc: Doc): OurEvent[] {
  return doc.events.map((e) => ({
    source: e.source.code,
    target: e.target?.code ?? '---',
    code: e.cameo.code,
    rule: e.rule,
    trigger: doc.text.slice(e.evidence.trigger.start, e.evidence.trigger.end),
    modality: e.modality,
  }));
}

/** Counts with the scores they give. */
export type Scored = Counts & Prf;

function scored(c: Counts): Scored {
  return { ...c, ...prf(c) };
}

/** How one sentence fared. */
export interface SentenceResult {
  id: string;
  category: string;
  text: string;
  noEvent: boolean;
  gold: Triple[];
  ours: OurEvent[];
  error: string | null;
  counts: Record<EventMetric, Counts>;
  /** the lenient-triple matching, for the list of misses */
  matching: Matching;
}

/** Scores one sentence: every metric's counts and the lenient-triple matching. */
export function scoreSentence(record: PetrRecord, ours: OurEvent[], error: string | null): SentenceResult {
  const gold = goldTriples(record.events);
  const counts = {} as Record<EventMetric, Counts>;
  for (const m of EVENT_METRICS) counts[m] = matchingCounts(matchSentence(gold, ours, m));
  return {
    id: record.id,
    category: record.category ?? '(none)',
    text: record.text,
    noEvent: record.noEvent,
    gold,
    ours,
    error,
    counts,
    matching: matchSentence(gold, ours, 'tripleLenient'),
  };
}

/** Per-category figures. */
export interface CategoryRow {
  category: string;
  records: number;
  goldEvents: number;
  ourEvents: number;
  root: Scored;
  tripleLenient: Scored;
}

/** A sentence with a lenient-triple miss or false positive, as the developers' list shows it. */
export interface Miss {
  id: string;
  category: string;
  text: string;
  error: string | null;
  /** gold events, each with whether one of ours matched it */
  gold: Array<Triple & { matched: boolean }>;
  /** our events, each with whether it matched a gold event */
  ours: Array<OurEvent & { matched: boolean }>;
}

/** The petr2-gsr part of the report. */
export interface Petr2Report {
  file: string;
  /** ids of records left out of the scores because their text is empty */
  skipped: string[];
  records: number;
  noEventRecords: number;
  goldEvents: number;
  ourEvents: number;
  /** records the pipeline threw on (scored as coding nothing) */
  errors: Array<{ id: string; error: string }>;
  metrics: Record<EventMetric, Scored>;
  categories: CategoryRow[];
  /** lenient-triple false positives by the modality we gave them (non-asserted ones are hedged, not wrong facts) */
  falsePositivesByModality: Record<string, number>;
  misses: Miss[];
}

/** Sums the sentence results into the petr2-gsr report. */
export function summarizePetr2(file: string, results: SentenceResult[], skipped: string[] = []): Petr2Report {
  const metrics = {} as Record<EventMetric, Scored>;
  for (const m of EVENT_METRICS) metrics[m] = scored(results.reduce((acc, r) => addCounts(acc, r.counts[m]), zeroCounts()));
  const categories = [...new Set(results.map((r) => r.category))].sort().map((category) => {
    const rs = results.filter((r) => r.category === category);
    const sum = (m: EventMetric) => scored(rs.reduce((acc, r) => addCounts(acc, r.counts[m]), zeroCounts()));
    return {
      category,
      records: rs.length,
      goldEvents: rs.reduce((a, r) => a + r.gold.length, 0),
      ourEvents: rs.reduce((a, r) => a + r.ours.length, 0),
      root: sum('root'),
      tripleLenient: sum('tripleLenient'),
    };
  });
  const misses = results
    .filter((r) => r.error !== null || r.matching.unmatchedGold.length > 0 || r.matching.unmatchedPred.length > 0)
    .map((r) => {
      const goldHit = new Set(r.matching.pairs.map(([g]) => g));
      const oursHit = new Set(r.matching.pairs.map(([, p]) => p));
      return {
        id: r.id,
        category: r.category,
        text: r.text,
        error: r.error,
        gold: r.gold.map((g, i) => ({ ...g, matched: goldHit.has(i) })),
        ours: r.ours.map((o, i) => ({ ...o, matched: oursHit.has(i) })),
      };
    });
  const falsePositivesByModality: Record<string, number> = {};
  for (const r of results) {
    for (const p of r.matching.unmatchedPred) {
      const m = r.ours[p].modality;
      falsePositivesByModality[m] = (falsePositivesByModality[m] ?? 0) + 1;
    }
  }
  return {
    file,
    skipped,
    records: results.length,
    noEventRecords: results.filter((r) => r.noEvent).length,
    goldEvents: results.reduce((a, r) => a + r.gold.length, 0),
    ourEvents: results.reduce((a, r) => a + r.ours.length, 0),
    errors: results.filter((r) => r.error !== null).map((r) => ({ id: r.id, error: r.error! })),
    metrics,
    categories,
    falsePositivesByModality,
    misses,
  };
}

/** Codes every petr2-gsr sentence with its story date and scores it. */
export function evalPetr2(dataDir: string, lexicon: Lexicon): Petr2Report {
  const file = goldPaths(dataDir).petr2;
  const records = readJsonl<PetrRecord>(file);
  // a record without text (abc12_3) cannot be coded by anyone: it is listed, not scored
  const skipped = records.filter((r) => r.text.trim() === '').map((r) => r.id);
  const results = records
    .filter((r) => r.text.trim() !== '')
    .map((record) => {
      const run = runRecord(record.id, record.text, record.date, lexicon);
      return scoreSentence(record, run.doc ? ourEvents(run.doc) : [], run.error);
    });
  return summarizePetr2(file, results, skipped);
}

/** The petr-validate smoke number: fictional actors, so no metrics, only how often we code at all. */
export interface ValidateSmoke {
  file: string;
  records: number;
  recordsWithEvents: number;
  ourEvents: number;
  errors: number;
}

/** Counts the petr-validate records our coder emits any event for (not scored: fictional actors). */
export function evalPetrValidate(dataDir: string, lexicon: Lexicon): ValidateSmoke {
  const file = goldPaths(dataDir).petrValidate;
  const out: ValidateSmoke = { file, records: 0, recordsWithEvents: 0, ourEvents: 0, errors: 0 };
  for (const record of readJsonl<PetrRecord>(file)) {
    const run = runRecord(record.id, record.text, record.date, lexicon);
    out.records++;
    if (!run.doc) {
      out.errors++;
      continue;
    }
    out.ourEvents += run.doc.events.length;
    if (run.doc.events.length > 0) out.recordsWithEvents++;
  }
  return out;
}
