/** The places stage: recognise every place mention and resolve it against the gazetteer. */
import { loadGazetteer } from '../../places/gazetteer.js';
import { recognizePlaces } from '../../places/recognize.js';
import { resolvePlaces } from '../../places/resolve.js';
import type { Doc, DocPlace } from '../../types.js';
import type { Stage } from '../stage.js';

/** Adds `doc.places`: each place mention with its GeoNames entry. */
export const places: Stage = {
  name: 'places',
  run(doc) {
    doc.places = findPlaces(doc);
  },
};

/** Recognises and resolves the places of a segmented document. */
export function findPlaces(doc: Doc): DocPlace[] {
  if (doc.tokens.length === 0) return [];
  const gaz = loadGazetteer();
  const spans = recognizePlaces(doc, gaz);
  if (spans.length === 0) return [];
  // the countries of the article's actors tell what it is about
  const focusHint = new Map<string, number>();
  for (const a of doc.actors) {
    const c = /^[A-Z]{3}/.test(a.code) ? gaz.country(a.code.slice(0, 3)) : undefined;
    if (c) focusHint.set(c.iso2, (focusHint.get(c.iso2) ?? 0) + 0.5);
  }
  const resolved = resolvePlaces(doc.text, spans, { publishedAt: doc.publishedAt, gazetteer: gaz, focusHint, guessUnknown: false });
  const out: DocPlace[] = [];
  resolved.forEach((p, k) => {
    if (p) out.push({ ...p, tokenStart: spans[k].tokenStart, tokenEnd: spans[k].tokenEnd, dateline: spans[k].dateline });
  });
  return out;
}
