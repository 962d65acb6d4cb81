/** A batch worker thread: loads the lexicon once, then analyzes the documents it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../lexicon/load.js';
import { runOne } from './run-one.js';
import type { Job } from './pool.js';

const { dictDirs, predicates, forStore } = workerData as { dictDirs: string[]; predicates: boolean; forStore: boolean };
const lexicon = loadLexicon({ extraDirs: dictDirs });

parentPort!.on('message', (job: Job) => {
  parentPort!.postMessage(runOne(job.index, job.name, job.input, lexicon, predicates, true, forStore));
});
