/**
 * Many documents at once: worker threads (one per core by default), results handed back in
 * input order, one failing document reported without stopping the others.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeInput } from '../analyze.js';
import type { Outcome } from './outcome.js';

/** What the pool sends a worker: a document, `solo` when it must be analyzed on its own. */
export type Message = Job & { solo?: boolean };

/** One document of a batch. */
export interface Job {
  index: number;
  name: string;
  input: AnalyzeInput;
}

/**
 * Documents queued per worker at a time. News articles take about a millisecond each; a deep queue
 * keeps the workers busy while this thread is held up (ingest writes 256 documents in one
 * synchronous transaction).
 */
const IN_FLIGHT = 64;

/** Options of `analyzeBatch`. */
export interface BatchOptions {
  /** worker threads (a single document runs in this thread) */
  jobs?: number;
  predicates?: boolean;
  /** user dictionary folders (`--dict`) */
  dictDirs?: string[];
  /** called once per document, in input order */
  onOutcome: (o: Outcome) => void;
  /** heap limit of each worker thread in MB (default WORKER_HEAP_MB) */
  heapMb?: number;
  /** results are for the store: actor, date and place mentions left out */
  forStore?: boolean;
}

/** Analyzes a list of documents, in parallel when jobs > 1; resolves when all are reported. */
export async function analyzeBatch(
  jobs: Job[],
  { jobs: threads = availableParallelism(), predicates = false, dictDirs = [], onOutcome, heapMb = WORKER_HEAP_MB, forStore = false }: BatchOptions,
): Promise<void> {
  const n = Math.max(1, Math.min(threads, jobs.length));
  // One document runs in this thread (a cold start is faster without a worker to start). Several
  // run in worker threads even with jobs = 1: a thread's heap is capped (see WORKER_HEAP_MB), and
  // one that dies on a document loses only that document.
  if (jobs.length <= 1 || !workerUrl()) {
    // (loaded here only: a thread that hands its documents to workers never holds the pipeline, its
    // lexicon or the tagger's model, about 60 MB)
    const [{ loadLexicon }, { runOne }] = await Promise.all([import('../lexicon/load.js'), import('./run-one.js')]);
    const lexicon = loadLexicon({ extraDirs: dictDirs });
    for (const j of jobs) onOutcome(runOne(j.index, j.name, j.input, lexicon, predicates, false, forStore));
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
  const workers: Worker[] = [];
  // positions in `jobs` sent to each worker and not yet answered, oldest first
  const inFlight: number[][] = [];
  // positions sent again to be analyzed on their own (see `died`), and whether a position is sent so
  const solo = new Set<number>();
  const alone = (k: number) => solo.has(k) || isLarge(jobs[k]);
  let stopped = false;
  await new Promise<void>((resolve) => {
    let done = 0;
    const report = (o: Outcome) => {
      pending.set(byIndex.get(o.index)!, o);
      flush();
      done++;
      if (done === jobs.length) resolve();
    };
    // Worker w always gets documents w, w+n, w+2n…: wink-nlp learns words as it goes, so a fixed
    // share (not "whoever is free") makes the same command give the same output every time.
    const next = Array.from({ length: n }, (_, w) => w);
    const send = (w: number, k: number) => {
      inFlight[w].push(k);
      workers[w].postMessage(alone(k) ? { ...jobs[k], solo: true } : jobs[k]);
    };
    const feed = (w: number) => {
      if (next[w] < jobs.length) {
        send(w, next[w]);
        next[w] += n;
      }
    };
    const start = (w: number, resend: number[]) => {
      const worker = startWorker(dictDirs, predicates, heapMb, forStore);
      workers[w] = worker;
      inFlight[w] = [];
      worker.on('message', (o: Outcome) => {
        inFlight[w].shift();
        report(o);
        if (done < jobs.length) feed(w);
      });
      // A worker that dies (out of memory on a huge document, a crash in a dependency) takes only
      // the document it was on: that one is reported failed, the others it held go to a new worker.
      // A worker analyzes several documents together, so when it dies in a group it cannot be told
      // which one did it: then all it held go to the new worker again, each to be analyzed alone.
      const died = (error: Error) => {
        if (stopped || workers[w] !== worker) return;
        const held = inFlight[w];
        inFlight[w] = [];
        void worker.terminate();
        if (held.length > 1 && !alone(held[0])) {
          for (const k of held) solo.add(k);
          start(w, held);
          return;
        }
        const [culprit, ...rest] = held;
        if (culprit !== undefined) {
          const j = jobs[culprit];
          const code = (error as Error & { code?: string }).code ?? 'worker-crash';
          report({ index: j.index, name: j.name, error: { code, message: `the analysis thread died on this document: ${error.message}` } });
        }
        if (done < jobs.length) start(w, rest);
      };
      worker.on('error', died);
      worker.on('exit', (code) => died(new Error(`exited with status ${code}`)));
      for (const k of resend) send(w, k);
      // A few documents queued per worker, so none waits idle for the next message.
      while (inFlight[w].length < IN_FLIGHT && next[w] < jobs.length) feed(w);
    };
    for (let w = 0; w < n; w++) start(w, []);
  }).finally(() => {
    stopped = true;
    return Promise.all(workers.map((w) => w.terminate()));
  });
}

/**
 * Documents longer than this are analyzed on their own: together with others they gain nothing
 * (each is enough work to keep the caches warm), and a thread that dies on one names it at once.
 */
const LARGE = 200_000;

function isLarge(job: Job): boolean {
  return job.input.text.length > LARGE;
}

/**
 * The heap limit of an analysis thread. The largest document we accept (10 MB) needs about 900 MB
 * of heap; with V8's default limit (a quarter of the machine's memory) a thread instead lets dead
 * per-document objects pile up to 600 MB before collecting them. With this limit it collects
 * earlier, and a thread over the Reuters corpus peaks near 370 MB instead of 580 MB, no slower.
 */
export const WORKER_HEAP_MB = 1536;

/**
 * The young generation of an analysis thread, in MB. A document's tokens, clauses and result live
 * for one group of documents; with V8's default (a 16 MB semi-space) they are scavenged several times
 * and promoted before they die. At 192 MB the thread spends about 40% less time collecting, and the
 * Reuters benchmark on one core ran 7% faster (15.2 s against 16.4 s, three alternating runs each).
 */
export const WORKER_YOUNG_MB = 192;

function startWorker(dictDirs: string[], predicates: boolean, heapMb: number, forStore: boolean): Worker {
  return new Worker(workerUrl()!, { workerData: { dictDirs, predicates, forStore }, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/** The worker script: ours when built; from sources (tsx), the built one in dist/ if there is one. */
function workerUrl(): URL | null {
  if (!import.meta.url.endsWith('.ts')) return new URL('./worker.js', import.meta.url);
  const built = new URL('../../dist/batch/worker.js', import.meta.url);
  return existsSync(built) ? built : null;
}
