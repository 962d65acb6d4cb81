/** Per-sentence views of a document's layers, so per-event lookups stay linear in document size. */
import type { ActorMention, Clause, DateMention, Doc } from '../types.js';

/** The clauses, actor mentions and dates of each sentence, built once per document and layer state. */
export interface BySentence {
  clauses: number[][];
  actors: ActorMention[][];
  dates: DateMention[][];
}

const cache = new WeakMap<Doc, { key: string; value: BySentence }>();

/** Indexes the document's clauses, actors and dates by sentence (recomputed when a layer changed size). */
export function bySentence(doc: Doc): BySentence {
  const key = `${doc.clauses.length}|${doc.actors.length}|${doc.dates.length}`;
  const hit = cache.get(doc);
  if (hit && hit.key === key) return hit.value;
  const n = doc.sentences.length;
  const value: BySentence = {
    clauses: emptyLists(n),
    actors: emptyLists(n),
    dates: emptyLists(n),
  };
  doc.clauses.forEach((c: Clause, i) => value.clauses[c.sentence].push(i));
  for (const a of doc.actors) value.actors[doc.tokens[a.tokenStart].sentence].push(a);
  let s = 0;
  for (const d of doc.dates) {
    while (s < n - 1 && doc.sentences[s].end <= d.start) s++;
    if (s < n) value.dates[s].push(d);
  }
  cache.set(doc, { key, value });
  return value;
}

/** n empty lists (a plain loop: Array.from over an array-like costs more than the lists). */
function emptyLists<T>(n: number): T[][] {
  const lists: T[][] = new Array(n);
  for (let i = 0; i < n; i++) lists[i] = [];
  return lists;
}
