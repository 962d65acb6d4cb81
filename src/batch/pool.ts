/**
 * Many documents at once: worker threads (one per core by default), results handed back in
 * input order, one failing document reported without stopping the others.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeInput } from '../analyze.js';
import { loadLexicon } from '../lexicon/load.js';
import { runOne, type Outcome } from './run-one.js';

/** One document of a batch. */
export interface Job {
  index: number;
  name: string;
  input: AnalyzeInput;
}

/** Documents queued per worker at a time: news articles take about a millisecond each. */
const IN_FLIGHT = 8;

/** Options of `analyzeBatch`. */
export interface BatchOptions {
  /** worker threads; 1 runs in this thread */
  jobs?: number;
  predicates?: boolean;
  /** user dictionary folders (`--dict`) */
  dictDirs?: string[];
  /** called once per document, in input order */
  onOutcome: (o: Outcome) => void;
}

/** Analyzes a list of documents, in parallel when jobs > 1; resolves when all are reported. */
export async function analyzeBatch(
  jobs: Job[],
  { jobs: threads = availableParallelism(), predicates = false, dictDirs = [], onOutcome }: BatchOptions,
): Promise<void> {
  const n = workerUrl() ? Math.max(1, Math.min(threads, jobs.length)) : 1;
  if (n === 1) {
    const lexicon = loadLexicon({ extraDirs: dictDirs });
    for (const j of jobs) onOutcome(runOne(j.index, j.name, j.input, lexicon, predicates));
    return;
  }
  const pending = new Map<number, Outcome>();
  let nextOut = 0;
  const flush = () => {
    while (pending.has(nextOut)) {
      const o = pending.get(nextOut)!;
      pending.delete(nextOut);
      nextOut++;
      onOutcome(o);
    }
  };
  const byIndex = new Map(jobs.map((j, k) => [j.index, k]));
  const workers = Array.from({ length: n }, () => startWorker(dictDirs, predicates));
  await new Promise<void>((resolve, reject) => {
    let done = 0;
    // Worker w always gets documents w, w+n, w+2n…: wink-nlp learns words as it goes, so a fixed
    // share (not "whoever is free") makes the same command give the same output every time.
    const next = workers.map((_, w) => w);
    const feed = (w: number) => {
      if (next[w] < jobs.length) {
        workers[w].postMessage(jobs[next[w]]);
        next[w] += n;
      }
    };
    workers.forEach((worker, w) => {
      worker.on('message', (o: Outcome) => {
        pending.set(byIndex.get(o.index)!, o);
        flush();
        done++;
        if (done === jobs.length) resolve();
        else feed(w);
      });
      worker.on('error', reject);
      // A few documents queued per worker, so none waits idle for the next message.
      for (let k = 0; k < IN_FLIGHT; k++) feed(w);
    });
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));
}

function startWorker(dictDirs: string[], predicates: boolean): Worker {
  return new Worker(workerUrl()!, { workerData: { dictDirs, predicates } });
}

/** The worker script: ours when built; from sources (tsx), the built one in dist/ if there is one. */
function workerUrl(): URL | null {
  if (!import.meta.url.endsWith('.ts')) return new URL('./worker.js', import.meta.url);
  const built = new URL('../../dist/batch/worker.js', import.meta.url);
  return existsSync(built) ? built : null;
}
