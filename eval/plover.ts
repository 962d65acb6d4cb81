/**
 * PLOVER type accuracy on the PLOVER gold standard records (events/plover-gsr.jsonl), CAMEO
 * manual examples with one gold event type each. The gold uses PLOVER 0.5b1 type names; ours
 * are the 2021 ones, so each of our events is renamed by PLOVER_05_NAMES before comparing.
 */
import type { Lexicon } from '../src/lexicon/load.js';
import { PLOVER_NONE } from '../src/ontology/plover.js';
import { goldPaths, readJsonl, type PloverRecord } from './data.js';
import { accuracy, confusionMatrix, ratio, type Confusion } from './metrics.js';
import { runRecord } from './pipeline.js';

/**
 * Our PLOVER type → the PLOVER 0.5b1 name the gold uses. Types not listed keep their name.
 * 0.5b1 split what is now ACCUSE into DISAPPROVE and INVESTIGATE (now ACCUSE's mode
 * 'investigate'), and what is now ASSAULT into ASSAULT (CAMEO 18, unconventional violence) and
 * FIGHT (CAMEO 19–20, military force and mass violence); it kept destroying property (CAMEO 1712)
 * under COERCE.
 */
export const PLOVER_05_NAMES: Readonly<Record<string, (mode: string | null, cameo: string) => string>> = {
  REQUEST: () => 'DEMAND',
  ACCUSE: (mode) => (mode === 'investigate' ? 'INVESTIGATE' : 'DISAPPROVE'),
  ASSAULT: (_mode, cameo) => (cameo === '1712' ? 'COERCE' : cameo.startsWith('19') || cameo.startsWith('20') ? 'FIGHT' : 'ASSAULT'),
};

/** Our PLOVER type of one event under its PLOVER 0.5b1 name ('NONE' stays 'NONE'). */
export function ploverName05(type: string, mode: string | null, cameo: string): string {
  return PLOVER_05_NAMES[type]?.(mode, cameo) ?? type;
}

/** What we coded on one PLOVER record. */
export interface PloverResult {
  id: string;
  text: string;
  gold: string;
  goldMode: string | null;
  eventText: string;
  /** 0.5b1 names of our events that have a PLOVER type, in text order */
  ours: Array<{ type: string; cameo: string; trigger: string }>;
  error: string | null;
}

/** One gold type's row. */
export interface PloverTypeRow {
  type: string;
  records: number;
  /** records of this type where one of our events has it */
  hits: number;
  /** our events of this type, over all records */
  ourEvents: number;
  /** those of them on records of this type */
  ourCorrect: number;
}

/** The plover-gsr part of the report. */
export interface PloverReport {
  file: string;
  records: number;
  /** records where we coded at least one event with a PLOVER type */
  recordsWithTypedEvents: number;
  /** headline: records where any of our events has the gold type, over all records */
  anyMatchAccuracy: number;
  /** records where our first typed event has the gold type, over all records */
  firstEventAccuracy: number;
  /** our typed events whose type is the record's gold type, over all our typed events */
  eventPrecision: number;
  ourTypedEvents: number;
  errors: Array<{ id: string; error: string }>;
  types: PloverTypeRow[];
  /** gold type × the type of our first typed event ("(none)" when we coded none) */
  confusion: Confusion;
  misses: PloverResult[];
}

/** Sums the per-record results into the plover-gsr report. */
export function summarizePlover(file: string, results: PloverResult[]): PloverReport {
  const types = [...new Set(results.map((r) => r.gold))].sort();
  const hit = (r: PloverResult) => r.ours.some((o) => o.type === r.gold);
  const ourTyped = results.reduce((a, r) => a + r.ours.length, 0);
  const ourCorrect = results.reduce((a, r) => a + r.ours.filter((o) => o.type === r.gold).length, 0);
  const rows = types.map((type) => {
    const rs = results.filter((r) => r.gold === type);
    return {
      type,
      records: rs.length,
      hits: rs.filter(hit).length,
      ourEvents: results.reduce((a, r) => a + r.ours.filter((o) => o.type === type).length, 0),
      ourCorrect: rs.reduce((a, r) => a + r.ours.filter((o) => o.type === type).length, 0),
    };
  });
  const confusion = confusionMatrix(
    types,
    results.map((r) => [r.gold, r.ours[0]?.type ?? '(none)'] as const),
  );
  return {
    file,
    records: results.length,
    recordsWithTypedEvents: results.filter((r) => r.ours.length > 0).length,
    anyMatchAccuracy: ratio(results.filter(hit).length, results.length),
    firstEventAccuracy: accuracy(confusion),
    eventPrecision: ratio(ourCorrect, ourTyped),
    ourTypedEvents: ourTyped,
    errors: results.filter((r) => r.error !== null).map((r) => ({ id: r.id, error: r.error! })),
    types: rows,
    confusion,
    misses: results.filter((r) => !hit(r)),
  };
}

/** Codes every plover-gsr sentence and scores the PLOVER types of our events. */
export function evalPlover(dataDir: string, lexicon: Lexicon): PloverReport {
  const file = goldPaths(dataDir).plover;
  const results = readJsonl<PloverRecord>(file).map((record): PloverResult => {
    const run = runRecord(record.id, record.text, record.date, lexicon);
    const ours = (run.doc?.events ?? [])
      .filter((e) => e.plover.type !== PLOVER_NONE)
      .map((e) => ({
        type: ploverName05(e.plover.type, e.plover.mode, e.cameo.code),
        cameo: e.cameo.code,
        trigger: run.doc!.text.slice(e.evidence.trigger.start, e.evidence.trigger.end),
      }));
    return {
      id: record.id,
      text: record.text,
      gold: record.event,
      goldMode: record.mode,
      eventText: record.eventText,
      ours,
      error: run.error,
    };
  });
  return summarizePlover(file, results);
}
