/** Hand-made event records and documents for the conformance suite and the store benchmark. */
import { createHash } from 'node:crypto';
import type { AnalysisResult, EventLocation, EventRecord, Modality, DatePrecision } from '../types.js';
import type { NewDocument } from './types.js';

/** What a hand-made record varies; everything else gets a plain default. */
export interface RecordSpec {
  code?: string;
  name?: string;
  plover?: string;
  source?: string;
  target?: string | null;
  date?: string;
  dateEnd?: string;
  precision?: DatePrecision;
  location?: EventLocation | null;
  modality?: Modality;
  historical?: boolean;
  confidence?: number;
  dead?: number | null;
  /** where its sentence is in the document text */
  sentence?: { start: number; end: number };
}

/** A point location (a city) for hand-made records. */
export function place(name: string, geonameId: number, country: string, country3: string | null, lat: number, lon: number): EventLocation {
  return { geonameId, name, admin1: null, country, country3, lat, lon, precision: 'point' };
}

/** One EventRecord as `analyze` would produce it. */
export function record(spec: RecordSpec = {}, id = 'e1'): EventRecord {
  const code = spec.code ?? '190';
  const actor = (c: string) => ({ text: c.toLowerCase(), start: 0, end: 0, code: c, name: c === '---' ? 'unidentified perpetrator' : c });
  const date = spec.date ?? '2014-06-11';
  return {
    id,
    cameo: { code, root: code.slice(0, 2), name: spec.name ?? `code ${code}`, quadClass: 4, goldstein: -10 },
    plover: { type: spec.plover ?? 'ASSAULT', mode: null },
    source: actor(spec.source ?? 'IRQMIL'),
    target: spec.target === null ? null : actor(spec.target ?? '---REB'),
    date: { value: date, end: spec.dateEnd ?? date, precision: spec.precision ?? 'day', text: null },
    location: spec.location ?? null,
    modality: spec.modality ?? 'asserted',
    historical: spec.historical ?? false,
    attribution: null,
    casualties: spec.dead != null ? { dead: spec.dead, injured: null } : null,
    evidence: { sentence: spec.sentence ?? { start: 0, end: 0 }, trigger: { start: 0, end: 0 } },
    rule: 'test.rule',
    confidence: spec.confidence ?? 0.8,
  };
}

/** An AnalysisResult of `text` with hand-made records (each one's sentence defaults to the whole text). */
export function resultOf(text: string, specs: RecordSpec[], publishedAt = '2014-06-12'): AnalysisResult {
  const events = specs.map((s, i) => record({ sentence: { start: 0, end: text.length }, ...s }, `e${i + 1}`));
  return {
    document: { id: 'doc', title: null, url: null, publishedAt, text },
    events,
    actors: [],
    dates: [],
    places: [],
    warnings: [],
    stats: { characters: text.length, sentences: 1, tokens: text.split(/\s+/).length },
  };
}

/** A NewDocument whose hash is that of `key`. */
export function newDocument(key: string, fields: Partial<NewDocument> = {}): NewDocument {
  return {
    hash: createHash('sha256').update(key).digest('hex'),
    origin: `test:${key}`,
    url: null,
    title: null,
    source: null,
    publishedAt: '2014-06-12',
    ...fields,
  };
}
