/**
 * Modality accuracy on the factuality dev set (UW + MEANTIME parts of unified-factuality):
 * each gold event token gets our modality (modalityOfToken) and both are folded into three
 * classes, as FACTUALITY_MAPPING states.
 */
import type { Lexicon } from '../src/lexicon/load.js';
import { modalityOfToken } from '../src/pipeline/06-modality/index.js';
import type { Modality, Token } from '../src/types.js';
import { goldPaths, readJsonl, type FactualityRecord } from './data.js';
import { accuracy, confusionMatrix, macroF1, perClass, type ClassScore, type Confusion } from './metrics.js';
import { runRecord } from './pipeline.js';

/** The three classes both sides are folded into. */
export const FACT_CLASSES = ['asserted', 'negated', 'uncertain'] as const;
/** One of FACT_CLASSES. */
export type FactClass = (typeof FACT_CLASSES)[number];
/** Our modalities, in the order the report shows them. */
export const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical', 'future', 'counterfactual'];
/** The predicted value of a gold event we could not place on any token of ours. */
export const NO_PREDICTION = '(none)';

/** The mapping, as the report states it. */
export const FACTUALITY_MAPPING = [
  'gold value >= 1.5 → asserted; value <= -1.5 → negated; otherwise (-1.5 < value < 1.5) → uncertain',
  "ours: 'asserted' | 'future' → asserted; 'negated' → negated; 'hypothetical' | 'counterfactual' → uncertain",
  "('future' is asserted because this gold rates what the author says will happen as factual: in dev, 122 of the 150 events we call future have a gold value >= 1.5, in both UW and MEANTIME; the scores with 'future' → uncertain are reported beside)",
  `a gold event not placed on a token of ours (pipeline error, text changed beyond realignment) is predicted "${NO_PREDICTION}" and counts as wrong`,
].join('\n');

/** The class of a gold factuality value in [-3, 3]. */
export function goldClass(value: number): FactClass {
  if (value >= 1.5) return 'asserted';
  if (value <= -1.5) return 'negated';
  return 'uncertain';
}

/** The class of one of our modalities (with `futureUncertain`, the mapping used before 2026-11-25). */
export function ourClass(m: Modality, futureUncertain = false): FactClass {
  if (m === 'future') return futureUncertain ? 'uncertain' : 'asserted';
  return m === 'asserted' ? 'asserted' : m === 'negated' ? 'negated' : 'uncertain';
}

/** The index of the token whose [start, end) holds a character offset, or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Where a gold offset lies in our cleaned text: the same offset when cleaning left the text
 * unchanged, else the occurrence of the gold word nearest to it, else -1.
 */
export function alignOffset(ourText: string, goldText: string, start: number, word: string): number {
  if (ourText === goldText) return start;
  let best = -1;
  for (let at = ourText.indexOf(word); at >= 0; at = ourText.indexOf(word, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}

/** One gold event with our reading of it. */
export interface FactualityItem {
  id: string;
  source: string;
  index: number;
  word: string;
  start: number;
  value: number;
  gold: FactClass;
  /** our modality, or null when the event could not be placed on one of our tokens */
  modality: Modality | null;
  /** whether our token heads one of our clauses (else it inherits a clause's modality), or is unplaced */
  placement: 'clause head' | 'other token' | 'unplaced';
  predicted: FactClass | typeof NO_PREDICTION;
}

/** Scores over a set of items. */
export interface FactualityScores {
  events: number;
  accuracy: number;
  macroF1: number;
  classes: ClassScore[];
  confusion: Confusion;
}

/** The factuality part of the report. */
export interface FactualityReport {
  file: string;
  mapping: string;
  sentences: number;
  overall: FactualityScores;
  bySource: Record<string, FactualityScores>;
  /** the same scores split by where the gold token falls in our analysis */
  byPlacement: Record<string, FactualityScores>;
  /** predicting 'asserted' for everything, for scale */
  baselineAllAsserted: { accuracy: number; macroF1: number };
  /** the scores when 'future' counts as uncertain (the mapping used before 2026-11-25) */
  futureAsUncertain: { accuracy: number; macroF1: number };
  /** gold class × our raw modality */
  byModality: Confusion;
  /** gold events found in our text only by searching for the word (cleaning changed the text) */
  realigned: number;
  /** gold events with no prediction */
  unplaced: number;
  errors: Array<{ id: string; error: string }>;
  /** the wrongly classed items, with their sentences, for --verbose */
  misses: Array<FactualityItem & { text: string }>;
}

/** Accuracy, macro-F1, per-class scores and the confusion matrix of a set of items. */
export function scoreItems(items: readonly Pick<FactualityItem, 'gold' | 'predicted'>[]): FactualityScores {
  const confusion = confusionMatrix(
    FACT_CLASSES,
    items.map((i) => [i.gold, i.predicted] as const),
  );
  const classes = perClass(confusion);
  return { events: items.length, accuracy: accuracy(confusion), macroF1: macroF1(classes), classes, confusion };
}

/** Reads every gold event's modality off our pipeline's analysis of its sentence. */
export function readItems(record: FactualityRecord, lexicon: Lexicon): { items: FactualityItem[]; error: string | null; realigned: number } {
  const run = record.events.length > 0 ? runRecord(record.id, record.text, '2000-01-01', lexicon) : null;
  let realigned = 0;
  const items = record.events.map((e): FactualityItem => {
    const gold = goldClass(e.factuality);
    let modality: Modality | null = null;
    let placement: FactualityItem['placement'] = 'unplaced';
    const doc = run?.doc;
    if (doc) {
      const offset = alignOffset(doc.text, record.text, e.start, e.word);
      if (offset >= 0 && doc.text !== record.text) realigned++;
      const t = offset >= 0 ? tokenAt(doc.tokens, offset) : -1;
      if (t >= 0) {
        modality = modalityOfToken(doc, t);
        placement = doc.clauses.some((c) => c.head === t) ? 'clause head' : 'other token';
      }
    }
    const base = { id: record.id, source: record.source, index: e.index, word: e.word, start: e.start, value: e.factuality, gold };
    return { ...base, modality, placement, predicted: modality ? ourClass(modality) : NO_PREDICTION };
  });
  return { items, error: run?.error ?? null, realigned };
}

/** Runs the pipeline on every dev sentence and scores our modality against the gold factuality. */
export function evalFactuality(dataDir: string, lexicon: Lexicon): FactualityReport {
  const file = goldPaths(dataDir).factuality;
  const records = readJsonl<FactualityRecord>(file);
  const items: FactualityItem[] = [];
  const errors: Array<{ id: string; error: string }> = [];
  const textOf = new Map<string, string>();
  let realigned = 0;
  for (const record of records) {
    const r = readItems(record, lexicon);
    items.push(...r.items);
    realigned += r.realigned;
    if (r.error) errors.push({ id: record.id, error: r.error });
    textOf.set(record.id, record.text);
  }
  const bySource: Record<string, FactualityScores> = {};
  for (const source of [...new Set(records.map((r) => r.source))].sort()) bySource[source] = scoreItems(items.filter((i) => i.source === source));
  const byPlacement: Record<string, FactualityScores> = {};
  for (const placement of ['clause head', 'other token', 'unplaced'] as const) {
    const some = items.filter((i) => i.placement === placement);
    if (some.length > 0) byPlacement[placement] = scoreItems(some);
  }
  const baseline = scoreItems(items.map((i) => ({ gold: i.gold, predicted: 'asserted' as const })));
  const earlier = scoreItems(items.map((i) => ({ gold: i.gold, predicted: i.modality ? ourClass(i.modality, true) : NO_PREDICTION })));
  const byModality = confusionMatrix(
    FACT_CLASSES,
    items.map((i) => [i.gold, i.modality ?? NO_PREDICTION] as const),
    MODALITIES,
  );
  return {
    file,
    mapping: FACTUALITY_MAPPING,
    sentences: records.length,
    overall: scoreItems(items),
    bySource,
    byPlacement,
    baselineAllAsserted: { accuracy: baseline.accuracy, macroF1: baseline.macroF1 },
    futureAsUncertain: { accuracy: earlier.accuracy, macroF1: earlier.macroF1 },
    byModality,
    realigned,
    unplaced: items.filter((i) => i.predicted === NO_PREDICTION).length,
    errors,
    misses: items.filter((i) => i.predicted !== i.gold).map((i) => ({ ...i, text: textOf.get(i.id)! })),
  };
}
