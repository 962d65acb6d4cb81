/**
 * Where an event happened: a place in its clause's locative phrase ("in Mosul", "near the
 * border town of Rafah") or its object when the event is done to a place ("seized Mosul"),
 * then a locative place elsewhere in its sentence, then (for material events) the one town its
 * sentence names, then the article's focus country.
 * A dateline is where the story was filed, and the capital is never a default.
 */
import { loadGazetteer } from '../../places/gazetteer.js';
import type { CodedEvent, Doc, DocPlace, EventLocation } from '../../types.js';

const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'around', 'across', 'inside', 'throughout', 'into', 'from', 'on', 'over', 'within', 'along', 'between', 'through', 'of', 'nearby']);
// words that may stand between a locative preposition and the name: "in the northern Iraqi city of Mosul"
const BRIDGE = new Set(['the', 'a', 'an', 'city', 'town', 'village', 'province', 'capital', 'port', 'region', 'district', 'outskirts', 'of', 'suburb', 'suburbs', 'area', 'areas', 'governorate', 'provincial', 'border', 'nearby', 'besieged', 'key', 'strategic', 'southern', 'northern', 'eastern', 'western', 'central', 'neighbouring', 'neighboring', "'s", '’s', 'km', 'kilometres', 'kilometers', 'miles', 'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast']);
// events that are done to a place when their object is one: seize, capture, flee, shell, besiege
const PLACE_OBJECT_ROOTS = new Set(['08', '14', '15', '17', '18', '19', '20']);

/** The location of one coded event, or null when the text gives none. */
export function locateEvent(doc: Doc, ce: CodedEvent, focus: EventLocation | null): EventLocation | null {
  // "seized the north after a coup in Bamako": a place past a subordinator belongs to that adjunct's event
  // …and "U.S.-led air strikes", "a Kyiv-based group" name who, not where
  const inSentence = (placesBySentence(doc).get(ce.sentence) ?? []).filter((p) => !afterSubordinator(doc, ce.anchor, p.tokenStart) && !modifierUse(doc, p));
  const anchor = ce.anchor;
  const near = (a: DocPlace, b: DocPlace) => Math.abs(a.tokenStart - anchor) - Math.abs(b.tokenStart - anchor);
  if (inSentence.length > 0) {
    const root = ce.code.slice(0, 2);
    const clause = ce.clause >= 0 && !ce.nominal ? doc.clauses[ce.clause] : null;
    if (clause) {
      const [from, to] = clause.complement;
      const inClause = inSentence.filter((p) => p.tokenStart >= from && p.tokenEnd <= to && p.kind !== 'demonym');
      const locs = inClause.filter((p) => locativeBefore(doc, p.tokenStart)).sort(near);
      // "fought in Iraq near Mosul": the town inside the country named with it
      const loc = locs.length > 1 ? (locs.filter((p) => p.country === locs[0].country).sort((a, b) => level(a) - level(b))[0] ?? locs[0]) : locs[0];
      // "seized Mosul", "fled the northern Iraqi city of Mosul": the object is the place
      let obj: DocPlace | undefined;
      if (PLACE_OBJECT_ROOTS.has(root) && clause.object) {
        const [os, oe] = clause.object;
        // the object may stop before "of Mosul" ("the northern Iraqi city | of Mosul")
        // (a name the tagger split, "Tal/PROPN Afar/ADV", may run past the object's end)
        obj = inClause.find((p) => p.tokenStart >= os && (p.tokenStart < oe || (p.tokenStart <= oe + 1 && doc.tokens[p.tokenStart - 1]?.norm === 'of')));
      }
      // "captured Tal Afar in northwestern Iraq": the town, not the country that contains it
      if (loc && obj && level(obj) < level(loc) && obj.country === loc.country) return toLocation(obj);
      if (loc) return toLocation(loc);
      if (obj) return toLocation(obj);
    } else if (ce.nominal && PLACE_OBJECT_ROOTS.has(root)) {
      // "the capture of Mosul"
      const after = inSentence.filter((p) => p.tokenStart >= ce.trigger[1] && p.tokenStart <= ce.trigger[1] + 6 && p.kind !== 'demonym')[0];
      if (after) return toLocation(after);
    }
    const loc = inSentence.filter((p) => p.kind !== 'demonym' && locativeBefore(doc, p.tokenStart)).sort(near)[0];
    if (loc) return toLocation(loc);
    // "soldiers fled Mosul, as militants freed prisoners and seized bases": a material event in a
    // sentence that names one town, and no other place, happened there
    if (PLACE_OBJECT_ROOTS.has(root)) {
      const named = inSentence.filter((p) => p.kind !== 'demonym');
      if (named.length > 0 && named.every((p) => p.featureCode.startsWith('PPL') && p.geonameId === named[0].geonameId)) return toLocation(named[0]);
    }
  }
  return focus;
}

/** How wide a place is: 0 a town or point, 1 a province or region, 2 a country. */
function level(p: DocPlace): number {
  if (p.featureCode.startsWith('PCL')) return 2;
  if (p.featureCode.startsWith('ADM') || p.featureCode === 'RGN' || p.kind === 'region') return 1;
  return 0;
}

const MODIFIER_PARTICIPLES = new Set(['led', 'backed', 'based', 'brokered', 'sponsored', 'allied', 'funded', 'supported', 'trained', 'armed', 'aligned', 'friendly', 'bound', 'born', 'made', 'registered', 'flagged']);

/** "U.S.-led", "Iran-backed", "London-based": the place is part of a modifier of a noun. */
function modifierUse(doc: Doc, p: DocPlace): boolean {
  const dash = doc.tokens[p.tokenEnd];
  const word = doc.tokens[p.tokenEnd + 1];
  return !!dash && !!word && (dash.text === '-' || dash.text === '–') && dash.start === doc.tokens[p.tokenEnd - 1].end && MODIFIER_PARTICIPLES.has(word.norm);
}

const SUBORDINATORS = new Set(['after', 'before', 'since', 'following', 'until', 'unlike', 'because', 'while', 'whereas']);

/** Whether a subordinator stands between the event's anchor and a later place. */
function afterSubordinator(doc: Doc, anchor: number, place: number): boolean {
  for (let k = anchor + 1; k < place; k++) if (SUBORDINATORS.has(doc.tokens[k].norm)) return true;
  return false;
}

const cache = new WeakMap<Doc, Map<number, DocPlace[]>>();

/** The document's places (datelines left out) by sentence, built once per document. */
function placesBySentence(doc: Doc): Map<number, DocPlace[]> {
  let m = cache.get(doc);
  if (!m) {
    m = new Map();
    for (const p of doc.places) {
      if (p.dateline) continue;
      const k = doc.tokens[p.tokenStart].sentence;
      const list = m.get(k);
      if (list) list.push(p);
      else m.set(k, [p]);
    }
    cache.set(doc, m);
  }
  return m;
}

/** Whether a locative preposition governs the place starting at token `i`. */
function locativeBefore(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i].sentence;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 7; k--, steps++) {
    const t = doc.tokens[k];
    if (t.sentence !== sentence) return false;
    if (LOCATIVE.has(t.norm) && !(t.norm === 'of' && BRIDGE.has(doc.tokens[k - 1]?.norm ?? ''))) return true;
    if (BRIDGE.has(t.norm) || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) continue;
    if (t.text === '-' || t.text === '–') continue;
    return false;
  }
  return false;
}

/** The article's focus: the country most of its (non-dateline) places are in, when one clearly leads. */
export function focusLocation(doc: Doc): EventLocation | null {
  const weight = new Map<string, { w: number; p: DocPlace }>();
  let total = 0;
  for (const p of doc.places) {
    if (p.dateline || !p.country) continue;
    const w = p.featureCode.startsWith('PCL') || p.kind === 'demonym' ? 1 : 1.5;
    total += w;
    const cur = weight.get(p.country);
    if (cur) cur.w += w;
    else weight.set(p.country, { w, p });
  }
  let top: { w: number; p: DocPlace } | null = null;
  for (const v of weight.values()) if (!top || v.w > top.w) top = v;
  if (!top || top.w < total * 0.5) return null;
  const c = loadGazetteer().country(top.p.country!);
  if (!c) return null;
  return { geonameId: c.geonameId, name: c.name, admin1: null, country: c.iso2, country3: c.iso3, lat: c.lat, lon: c.lon, precision: 'country', span: null };
}

function toLocation(p: DocPlace): EventLocation {
  const fc = p.featureCode;
  // a region, sea or continent ("in the EU", "in the Gulf") is an area, not a point: the nearest precision is admin1
  const precision = fc.startsWith('PCL') ? 'country' : fc.startsWith('PPL') || fc === '' ? 'point' : 'admin1';
  return { geonameId: p.geonameId, name: p.name, admin1: p.admin1, country: p.country, country3: p.country3, lat: p.lat, lon: p.lon, precision, span: { start: p.start, end: p.end } };
}
