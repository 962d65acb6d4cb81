/** A batch worker thread: loads the lexicon once, then analyzes the documents it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../lexicon/load.js';
import { runMany } from './run-one.js';
import type { Message } from './pool.js';

const { dictDirs, predicates, forStore } = workerData as { dictDirs: string[]; predicates: boolean; forStore: boolean };
const lexicon = loadLexicon({ extraDirs: dictDirs });

/**
 * Documents analyzed together, stage by stage (see runPipelines). The pool keeps several queued here,
 * so they are at hand: every message that arrived while the last group ran joins the next one.
 */
const GROUP = 32;
const queue: Message[] = [];
let scheduled = false;

parentPort!.on('message', (m: Message) => {
  queue.push(m);
  if (!scheduled) {
    scheduled = true;
    setImmediate(drain);
  }
});

function drain(): void {
  // a document sent on its own (after a thread died) is analyzed alone, so a crash names it
  let n = 0;
  while (n < queue.length && n < GROUP && !queue[n].solo) n++;
  const group = queue.splice(0, Math.max(n, 1));
  for (const o of runMany(group, lexicon, predicates, true, forStore)) parentPort!.postMessage(o);
  if (queue.length > 0) setImmediate(drain);
  else scheduled = false;
}
