/** The library entry point: one document in, coded events out. */
import { loadLexicon, type Lexicon } from './lexicon/load.js';
import { PIPELINE } from './pipeline/index.js';
import type { Context } from './pipeline/stage.js';
import type { AnalysisResult, Doc } from './types.js';

/** What `analyze` accepts: raw text, HTML or bytes, with what is known about the document. */
export interface AnalyzeInput {
  text: string | Uint8Array;
  id?: string;
  title?: string | null;
  url?: string | null;
  /** publication date YYYY-MM-DD; else read from HTML metadata; else today with a warning */
  date?: string | null;
  /** repeated chrome lines of this document's source (see findRepeatedLines) */
  repeated?: Set<string>;
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** add every verbal predicate with its modality */
  predicates?: boolean;
  /** a lexicon other than our own (e.g. with user dictionaries: loadLexicon({ extraDirs })) */
  lexicon?: Lexicon;
  /** stop after the stage of this name (e.g. 'places' for `faultline places`) */
  until?: string;
}

/** Creates an empty document for the pipeline. */
export function newDoc(input: AnalyzeInput): Doc {
  return {
    id: input.id ?? 'doc',
    raw: input.text,
    repeated: input.repeated,
    title: input.title ?? null,
    url: input.url ?? null,
    publishedAt: input.date ?? '',
    text: '',
    warnings: [],
    sentences: [],
    tokens: [],
    actors: [],
    clauses: [],
    coded: [],
    dates: [],
    places: [],
    clauseModality: [],
    clauseAttribution: [],
    events: [],
    predicates: [],
  };
}

/** Runs every stage on one document and returns the full document (all layers). */
export function runPipeline(input: AnalyzeInput, { predicates = false, lexicon, until }: AnalyzeOptions = {}): Doc {
  const doc = newDoc(input);
  if (doc.publishedAt && !/^\d{4}-\d\d-\d\d$/.test(doc.publishedAt)) throw new Error(`bad date "${doc.publishedAt}": use YYYY-MM-DD`);
  const ctx: Context = { lexicon: lexicon ?? loadLexicon(), predicates };
  for (const stage of PIPELINE) {
    stage.run(doc, ctx);
    if (stage.name === until) break;
  }
  return doc;
}

/** Analyzes one document: coded, sourced, dated events with their evidence. */
export function analyze(input: AnalyzeInput | string, options: AnalyzeOptions = {}): AnalysisResult {
  const doc = runPipeline(typeof input === 'string' ? { text: input } : input, options);
  return toResult(doc, options.predicates ?? false);
}

/** The public result of a document that has been through the pipeline. */
export function toResult(doc: Doc, predicates: boolean): AnalysisResult {
  const result: AnalysisResult = {
    document: { id: doc.id, title: doc.title, url: doc.url, publishedAt: doc.publishedAt, text: doc.text },
    events: doc.events,
    actors: doc.actors.map(({ text, start, end, code, name }) => ({ text, start, end, code, name })),
    dates: doc.dates,
    places: doc.places.map(({ tokenStart, tokenEnd, dateline, ...p }) => p),
    warnings: doc.warnings,
    stats: { characters: doc.text.length, sentences: doc.sentences.length, tokens: doc.tokens.length },
  };
  if (predicates) result.predicates = doc.predicates;
  return result;
}
