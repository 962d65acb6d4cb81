/**
 * The ingest loop: expand inputs into documents, skip those whose content hash the store
 * already holds, analyze the rest (worker threads, or in this thread for one job) and store each
 * through one writer, one transaction per document, in input order. A kill at any moment loses
 * only documents not yet reported as stored; running the same command again completes the rest.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { analyzeBatch, outcomeResult, type Job, type Outcome } from '../batch/index.js';
import { runOne } from '../batch/run-one.js';
import { loadLexicon } from '../lexicon/load.js';
import { findRepeatedLines, type InputErrorCode } from '../pipeline/01-clean/index.js';
import type { IngestOutcome, MergeOptions, Store } from '../store/types.js';
import type { PollState } from './feeds.js';
import type { FetchOptions } from './fetch.js';
import { expandInputs, type Expansion, type SourceDoc } from './sources.js';

/** Options of `ingest`. */
export interface IngestOptions {
  store: Store;
  /** worker threads (default: all cores); 1 analyzes in this thread */
  jobs?: number;
  /** duplicate-merging thresholds handed to the store */
  merge?: Partial<MergeOptions>;
  /** publication date YYYY-MM-DD for inputs that state none */
  date?: string;
  /** called once per document, when it has been stored, skipped or has failed */
  onProgress?: (p: IngestProgress) => void;
  /** stops after the document being written (the rest is left for the next run) */
  signal?: AbortSignal;
  /** HTTP limits for URLs and feeds */
  fetch?: FetchOptions;
  /** analyzed documents stored per transaction when several threads analyze (default 64; 1: one transaction each) */
  writeBatch?: number;
  /** conditional-GET and seen-item state, kept across the polls of `watch` */
  state?: PollState;
}

/** What happened to one document. */
export interface IngestProgress {
  done: number;
  total: number;
  failed: number;
  name: string;
  status: 'new' | 'known' | 'failed';
  /** why it failed */
  error?: string;
}

/** Totals of one ingest run. */
export interface IngestStats {
  /** documents stored by this run */
  documents: number;
  /** documents whose content was already stored (or appeared earlier in this run) */
  known: number;
  /** documents and inputs that failed (recorded in the store when they had content) */
  failed: number;
  mentions: number;
  /** events founded, and mentions merged into an existing event */
  created: number;
  merged: number;
  /** URL inputs requested; how many answered 304; feed items not seen before in this process */
  urls: number;
  notModified: number;
  newItems: number;
  /** true when the signal stopped the run before every document was handled */
  stopped: boolean;
}

/**
 * Analyzed documents stored per transaction when several threads analyze (a kill loses at most
 * these, re-analyzed next run). Larger batches write each index page and FTS segment fewer times:
 * over the Reuters corpus the store's time fell from 5.1 s at 64 to 3.7 s at 256.
 */
export const WRITE_BATCH = 256;

/** The longest an analyzed document waits for its batch to fill before it is written anyway. */
const WRITE_DELAY_MS = 200;

/** Failure codes that belong to the document itself (InputError codes of the clean stage). */
const INPUT_ERRORS = new Set<string>(['empty', 'binary', 'too-large', 'encoding', 'not-english', 'no-text'] satisfies InputErrorCode[]);

/** Ingests files, folders, JSON Lines, HTML, feeds, URL lists and URLs into the store. */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestStats> {
  checkDate(options.date);
  const fetch = { ...options.fetch, signal: options.fetch?.signal ?? options.signal };
  const expansion = await expandInputs(inputs, { date: options.date, fetch, state: options.state });
  return ingestExpansion(expansion, options);
}

/** Ingests documents the caller built (e.g. with `jsonDocument` from an API request body). */
export function ingestDocuments(docs: SourceDoc[], options: IngestOptions): Promise<IngestStats> {
  return ingestExpansion({ docs, problems: [], urls: 0, notModified: 0, newItems: 0 }, options);
}

/** Ingests documents already expanded (by `expandInputs`): records problems, skips known hashes, analyzes and stores the rest. */
export async function ingestExpansion(expansion: Expansion, { store, jobs = availableParallelism(), merge, onProgress, signal, writeBatch: batchSize = WRITE_BATCH }: IngestOptions): Promise<IngestStats> {
  const stats: IngestStats = { documents: 0, known: 0, failed: 0, mentions: 0, created: 0, merged: 0, urls: expansion.urls, notModified: expansion.notModified, newItems: expansion.newItems, stopped: false };
  const total = expansion.docs.length + expansion.problems.length;
  let done = 0;
  const report = (name: string, status: IngestProgress['status'], error?: string) => {
    done++;
    if (status === 'failed') stats.failed++;
    else if (status === 'known') stats.known++;
    onProgress?.({ done, total, failed: stats.failed, name, status, error });
  };
  const seen = new Set<string>();

  // Inputs that never became a document: recorded (when they have content) so a rerun skips them too.
  for (const p of expansion.problems) {
    if (signal?.aborted) return { ...stats, stopped: true };
    if (p.doc && (seen.has(p.doc.hash) || (await store.hasDocument(p.doc.hash)))) {
      report(p.name, 'known');
      continue;
    }
    let message = p.message;
    if (p.doc) {
      seen.add(p.doc.hash);
      await store.addFailure(p.doc, p.message).catch((e: Error) => (message += ` (cannot store the failure: ${e.message})`));
    }
    report(p.name, 'failed', message);
  }

  const pending = await unknownDocs(expansion.docs, store, seen, (d) => report(d.name, 'known'));
  markRepeatedLines(expansion.docs);

  /** The document as stored, from its source and what analysis read (publication date, title, URL). */
  const prepared = (o: Outcome) => {
    const d = pending[o.index];
    const result = outcomeResult(o)!;
    const doc = { ...d.doc, publishedAt: result.document.publishedAt || d.doc.publishedAt, title: d.doc.title ?? result.document.title, url: d.doc.url ?? result.document.url };
    return { name: d.name, doc, result };
  };
  const counted = (name: string, outcome: IngestOutcome) => {
    if (!outcome.inserted) return report(name, 'known');
    stats.documents++;
    stats.mentions += outcome.mentions;
    stats.created += outcome.created;
    stats.merged += outcome.merged;
    report(name, 'new');
  };
  /** A failed analysis: a refused input is recorded (a rerun skips it); anything else is left for the next run. */
  const failed = async (o: Outcome) => {
    const d = pending[o.index];
    if (!INPUT_ERRORS.has(o.error!.code)) return report(d.name, 'failed', `${o.error!.message} (not recorded: the next run tries it again)`);
    await store.addFailure(d.doc, o.error!.message);
    report(d.name, 'failed', o.error!.message);
  };
  const write = async (o: Outcome) => {
    try {
      if (o.error) return await failed(o);
      const { name, doc, result } = prepared(o);
      counted(name, await store.addDocument(doc, result, merge));
    } catch (e) {
      // A store error is not the document's fault: reported, not recorded, so the next run tries again.
      report(pending[o.index].name, 'failed', `cannot store: ${(e as Error).message}`);
    }
  };
  /**
   * Several analyzed documents in one transaction: one commit instead of one per document is most
   * of the store's cost. If the batch fails, each document is written alone, so one bad document
   * fails by itself.
   */
  const writeBatch = async (outcomes: Outcome[]) => {
    for (const o of outcomes) if (o.error) await write(o);
    const ok = outcomes.filter((o) => !o.error).map(prepared);
    if (ok.length === 0) return;
    let stored: IngestOutcome[];
    try {
      stored = await store.addDocuments(ok, merge);
    } catch {
      for (const o of outcomes) if (!o.error) await write(o);
      return;
    }
    stored.forEach((outcome, i) => counted(ok[i].name, outcome));
  };

  const batch: Job[] = pending.map((d, index) => ({ index, name: d.name, input: d.input }));
  if (batch.length === 0) {
    // everything known: nothing to analyze
  } else if (jobs <= 1 || batch.length === 1) {
    const lexicon = loadLexicon();
    for (const j of batch) {
      if (signal?.aborted) break;
      await write(runOne(j.index, j.name, j.input, lexicon, false));
      await nextTurn(); // lets a signal handler run between documents
    }
  } else {
    let writes = Promise.resolve();
    let waiting: Outcome[] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const outcomes = waiting;
      waiting = [];
      writes = writes.then(() => (signal?.aborted || outcomes.length === 0 ? undefined : writeBatch(outcomes)));
    };
    const analyzed = analyzeBatch(batch, {
      jobs,
      forStore: true,
      onOutcome: (o) => {
        waiting.push(o);
        if (waiting.length >= batchSize) flush();
        // slow documents (long articles, a feed trickling in) are still stored within a moment
        else timer ??= setTimeout(flush, WRITE_DELAY_MS);
      },
    });
    const settled = analyzed.then(
      () => {},
      () => {},
    );
    const stop = abortion(signal);
    await Promise.race([settled, stop.promise]);
    stop.cancel();
    flush();
    await writes;
    if (!signal?.aborted) await analyzed; // a worker that crashed: the documents stored so far stay
  }
  stats.stopped = signal?.aborted === true && done < total;
  return stats;
}

/** The documents whose hash is neither stored nor earlier in this run; the others are reported as known. */
async function unknownDocs(docs: SourceDoc[], store: Store, seen: Set<string>, known: (d: SourceDoc) => void): Promise<SourceDoc[]> {
  const fresh: SourceDoc[] = [];
  const CHUNK = 64;
  for (let i = 0; i < docs.length; i += CHUNK) {
    const chunk = docs.slice(i, i + CHUNK);
    const stored = await Promise.all(chunk.map((d) => (seen.has(d.doc.hash) ? true : store.hasDocument(d.doc.hash))));
    chunk.forEach((d, k) => {
      if (stored[k] || seen.has(d.doc.hash)) known(d);
      else {
        seen.add(d.doc.hash);
        fresh.push(d);
      }
    });
  }
  return fresh;
}

/**
 * Lines repeated across one source's documents are page chrome. Computed over every document of
 * the run (known ones too), so a rerun after a kill analyzes the rest exactly as one run would.
 */
function markRepeatedLines(docs: SourceDoc[]): void {
  if (docs.length < 3) return;
  const repeated = findRepeatedLines(docs.map((d) => ({ source: d.group, text: typeof d.input.text === 'string' ? d.input.text : Buffer.from(d.input.text).toString('utf8') })));
  for (const d of docs) {
    const set = repeated.get(d.group);
    if (set && set.size > 0) d.input.repeated = set;
  }
}

/** A promise that resolves when the signal aborts, and a way to drop its listener. */
function abortion(signal: AbortSignal | undefined): { promise: Promise<void>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<void>((resolve) => {
    if (!signal) return;
    if (signal.aborted) return resolve();
    const onAbort = () => resolve();
    signal.addEventListener('abort', onAbort, { once: true });
    cancel = () => signal.removeEventListener('abort', onAbort);
  });
  return { promise, cancel };
}

function checkDate(date: string | undefined): void {
  if (date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(date)) throw new Error(`bad date "${date}": use YYYY-MM-DD`);
}
