/**
 * Toponym recognition over the tagged tokens: the longest gazetteer name starting at each
 * capitalised token, and demonyms ("Iraqi"), minus names that belong to a person or an
 * organisation ("Jordan Peterson", "President Lincoln", "Hamas").
 */
import { MONTHS, WEEKDAYS } from '../lexicon/calendar-words.js';
import type { Doc, Token } from '../types.js';
import { placeKey, type Gazetteer } from './gazetteer.js';
import type { PlaceSpan } from './resolve.js';
import { datelineSpans } from './dateline.js';

/** A recognised place span with its tokens. */
export interface RecognizedPlace extends PlaceSpan {
  tokenStart: number;
  tokenEnd: number;
  /** the span is the story's dateline ("BAGHDAD (Reuters) —"): where it was filed, not where things happened */
  dateline: boolean;
}

// Words before a name that make it a person's: "President Lincoln", "Mr. Jordan".
const TITLES = new Set(
  'mr mrs ms miss dr sir lord lady president king queen prince princess gen general col colonel lt maj major capt captain sgt sen senator rep governor gov minister pope saint st sheikh sheik emir sultan judge justice professor prof father rev reverend bishop imam ayatollah mullah'.split(' '),
);
// Words after a name that keep it a place ("Anbar Province", "Mosul Dam", "Baghdad airport").
const PLACE_TAIL = new Set(
  'province governorate region state district oblast county city town village airport dam university river valley mountains mountain border crossing port harbour harbor square street road highway bridge base airbase camp refinery prison mosque cathedral hospital council police army command operations front gate strip bank heights plateau peninsula coast desert basin lake sea bay gulf island islands'.split(' '),
);
// Words after a name that make the whole a different place, named after it but not in it: the
// Mosul Dam is 40 km from Mosul, the Dnipro River crosses a country, the Niger River five.
const OTHER_FEATURE_TAIL = new Set('river rivers lake sea dam reservoir canal gulf bay strait straits'.split(' '));
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);
const LOCATIVE_BEFORE = new Set(['in', 'near', 'at', 'outside', 'around', 'across', 'into', 'from', 'inside', 'throughout']);
// Words that look like places in the gazetteer but in news are almost always something else.
const NOT_PLACES = new Set(
  'the a an of and or but in on at by for to from with as it is was he she they we i you this that these those said says will would can could may might must should new north south east west central northern southern eastern western police army government president minister official officials people man men woman women city town state province region district world reuters ap afp bbc cnn xinhua tass interfax yonhap god allah islam christian muslim sunni shia shiite'.split(' '),
);

/** Finds the place mentions of a segmented document (with its actor mentions). */
export function recognizePlaces(doc: Doc, gaz: Gazetteer): RecognizedPlace[] {
  const { tokens, text } = doc;
  const out: RecognizedPlace[] = [];
  const datelines = datelineSpans(text);
  const inDateline = (from: number, to: number, bareOnly = false) => datelines.some((d) => from >= d.start && to <= d.end && (d.bare || !bareOnly));
  // (a town in capitals with no stop after it, "SAN ANTONIO Turner Sports …", is taken for one only when it is a big town)
  const bigTown = (i: number, end: number) => gaz.lookup(text.slice(tokens[i].start, tokens[end - 1].end)).some((e) => e.population >= 500_000);
  // tokens of a person, group or organisation are not places ("Jordan" the king, "Islamic State");
  // an agent or identity may hold a demonym ("Iraqi army") but no place name
  const blocked = new Uint8Array(tokens.length);
  const countryAt = new Map<number, { end: number; code: string }>();
  for (const a of doc.actors) {
    let mark = a.kind === 'person' || a.kind === 'group' || a.kind === 'organization' || a.kind === 'pronoun' ? 1 : a.kind === 'agent' || a.kind === 'identity' ? 2 : 0;
    // "in Salahuddin": a one-word name after a locative preposition is the province, not the man
    if (a.kind === 'person' && a.tokenEnd - a.tokenStart === 1 && a.tokenStart > 0 && LOCATIVE_BEFORE.has(tokens[a.tokenStart - 1].norm)) mark = 0;
    // "gathered at the White House", "talks in the Kremlin": a body named by its building is there a place
    if (a.kind === 'organization' && LOCATIVE_BEFORE.has(wordBeforeArticle(tokens, a.tokenStart))) mark = 0;
    // "U.S. officials", "Toronto police", "Russian President Vladimir Putin": the place that
    // qualifies an agent, office or body is a place mention; the rest of the actor is not
    const from = mark ? placeModifierEnd(doc, gaz, a) : a.tokenStart;
    // "the EU", "the European Union": a union our gazetteer holds as a place (Europe) is one
    if (a.kind === 'organization' && gaz.lookup(a.text).some((e) => e.featureCode === 'CONT' || e.featureCode.startsWith('PCL'))) mark = 0;
    // "police in London", "the mayor of Nablus", "dissidents from Myanmar": the place after the preposition is one
    let to = a.tokenEnd;
    if (a.kind === 'agent') for (let k = from + 1; k < a.tokenEnd; k++) if (AGENT_PLACE_PREPS.has(tokens[k].norm)) (to = k), (k = a.tokenEnd);
    if (mark) for (let k = from; k < to; k++) blocked[k] = Math.max(blocked[k], mark);
    // "U.S.", "Britain": a country the actor dictionary knows, even where the gazetteer spells it otherwise
    if ((a.kind === 'country' || a.kind === 'capital' || a.kind === 'city') && a.code.length >= 3) countryAt.set(a.tokenStart, { end: a.tokenEnd, code: a.code.slice(0, 3) });
  }
  const persons = personWords(doc, gaz);
  const maxWords = Math.min(gaz.maxWords, 6);
  // (a county needs its type word, and most articles have none: then no token is asked)
  const hasCountyWord = tokens.some((t) => COUNTY_WORD.has(t.text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (blocked[i] === 1 || !isCapitalised(t)) continue;
    if (blocked[i] === 2) {
      // "Tamil Nadu" after the identity "Tamil": a name that runs on past the actor is the place
      const run = nameRunningPastActor(doc, gaz, blocked, i);
      if (run > 0) {
        out.push(place(i, run, 'name'));
        i = run - 1;
      } else if (gaz.demonym(t.text)) out.push(place(i, i + 1, 'demonym'));
      continue;
    }
    // "Laurel County", "Black Hawk County": a county is a place whether or not the gazetteer holds it
    const county = hasCountyWord ? countyEnd(doc, blocked, i) : -1;
    if (county > 0) {
      out.push(place(i, county, 'name'));
      i = county - 1;
      continue;
    }
    // the longest name starting here
    let end = -1;
    let key = '';
    for (let j = i; j < tokens.length && j < i + maxWords; j++) {
      const tj = tokens[j];
      if (blocked[j] || tj.sentence !== t.sentence) break;
      if (j > i && tj.start - tokens[j - 1].end > 1) break;
      key = key ? `${key}${tj.start > tokens[j - 1].end ? ' ' : ''}${tj.text}` : tj.text;
      const norm = placeKey(key);
      if (!norm) break;
      if (isCapitalised(tj) && gaz.lookup(key).length > 0) end = j + 1;
      if (!gaz.hasPrefix(norm)) break;
    }
    // "Kentucky State Police", "Kentucky Department of Education": the region, not "Kentucky State"
    if (end - i >= 2 && TYPE_WORD.has(tokens[end - 1].norm) && end < tokens.length && tokens[end].sentence === t.sentence && (isCapitalised(tokens[end]) || tokens[end].norm === 'of')) {
      const shorter = doc.text.slice(t.start, tokens[end - 2].end);
      if (gaz.lookup(shorter).length > 0) end--;
    }
    const known = countryAt.get(i);
    if (known && known.end >= end && namesOtherFeature(doc, i, known.end)) {
      i = known.end - 1;
      continue;
    }
    if (known && known.end >= end && !(known.end === i + 1 && isSurname(doc, gaz, i))) {
      out.push(place(i, known.end, known.end === i + 1 && gaz.demonym(t.text) && !gaz.country(t.text) ? 'demonym' : 'name', known.code));
      i = known.end - 1;
      continue;
    }
    if (end < 0) {
      if (gaz.demonym(t.text)) out.push(place(i, i + 1, 'demonym'));
      continue;
    }
    // ("SAN ANTONIO Turner Sports analyst …": a big town in capitals runs straight into the story's first name)
    const filed = inDateline(t.start, tokens[end - 1].end, true) && bigTown(i, end);
    if (!filed && !plausibleName(doc, gaz, i, end, inListAfterPlace(doc, out, i))) continue;
    // "Burton said": the surname of a person the article names in full elsewhere
    if (end === i + 1 && persons !== null && persons.has(t.norm) && gaz.lookup(t.text).every((e) => e.featureClass === 'P')) continue;
    if (!abbreviationInPlace(doc, gaz, i, end)) continue;
    if (namesOtherFeature(doc, i, end)) {
      i = end - 1;
      continue;
    }
    out.push(place(i, end, 'name'));
    i = end - 1;
  }
  return out;

  function place(i: number, end: number, kind: 'name' | 'demonym', country?: string): RecognizedPlace {
    const stop = tokens[end - 1].end;
    const dateline = inDateline(tokens[i].start, stop);
    return { start: tokens[i].start, end: stop, tokenStart: i, tokenEnd: end, kind, dateline, weight: dateline ? 0.5 : 1, ...(country ? { country } : {}) };
  }
}

// Words after a place that make a person's name a title with a place in it ("U.S. President
// Donald Trump", "Russian Foreign Minister Lavrov", "Toronto Police Chief"), unlike "Jordan Peterson".
const ROLE_AFTER_PLACE = new Set([
  ...TITLES,
  'prime', 'foreign', 'defence', 'defense', 'interior', 'deputy', 'secretary', 'ambassador', 'envoy', 'consul', 'chief', 'police', 'army',
  'military', 'district', 'attorney', 'federal', 'state', 'national', 'supreme', 'first', 'vice', 'health', 'finance', 'trade', 'mayor',
  'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'official', 'court', 'embassy', 'consulate',
]);

// "police in London", "the mayor of Nablus": the prepositions after which an agent names a place
const AGENT_PLACE_PREPS = new Set(['in', 'of', 'from']);

/**
 * Where an actor's own words start after a place that qualifies it: "U.S." in "U.S. officials",
 * "Toronto" in "Toronto police", "Russia’s" in "Russia’s ambassador" — a country, a demonym, a
 * region or a city of 100,000 people at the actor's start, with more of the actor after it. A
 * person's name needs a title or office after the place ("Russian President Vladimir Putin"), so
 * "Jordan Peterson" stays a man. Returns the actor's start when no place qualifies it.
 */
function placeModifierEnd(doc: Doc, gaz: Gazetteer, a: { kind: string; tokenStart: number; tokenEnd: number }): number {
  if (a.kind === 'pronoun' || a.kind === 'group' || a.tokenEnd - a.tokenStart < 2) return a.tokenStart;
  const { tokens } = doc;
  const first = tokens[a.tokenStart];
  if (!isCapitalised(first)) return a.tokenStart;
  let end = -1;
  let key = '';
  for (let j = a.tokenStart; j < a.tokenEnd - 1 && j < a.tokenStart + 4; j++) {
    const tj = tokens[j];
    if (!isCapitalised(tj) || (j > a.tokenStart && tj.start - tokens[j - 1].end > 1)) break;
    key = key ? `${key}${tj.start > tokens[j - 1].end ? ' ' : ''}${tj.text}` : tj.text;
    const entries = gaz.lookup(key);
    // (not a people's region: "Kurdish forces" may fight in Syria or Iraq)
    if (entries.some((e) => e.featureCode.startsWith('PCL') || e.featureCode === 'ADM1' || e.featureCode === 'CONT' || (e.featureClass === 'P' && e.population >= 100_000)) || (j === a.tokenStart && gaz.demonym(tj.text))) end = j + 1;
    if (!gaz.hasPrefix(placeKey(key))) break;
  }
  if (end < 0) return a.tokenStart;
  let next = tokens[end];
  if (next && (next.text === "'s" || next.text === '’s') && end + 1 < a.tokenEnd) next = tokens[end + 1];
  if (!next) return a.tokenStart;
  if (a.kind === 'person' && isCapitalised(next) && !ROLE_AFTER_PLACE.has(next.norm)) return a.tokenStart;
  // "Jordan Times", "Washington Post": a name that runs on in capitals is an organisation's own name
  if (a.kind === 'organization' && isCapitalised(next) && !ROLE_AFTER_PLACE.has(next.norm)) return a.tokenStart;
  return end;
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'recalled', 'wrote', 'thinks', 'believes']);

/**
 * The words an article uses as people's names, so that a town-named surname is a person
 * throughout it ("Nick Burton … Burton said"): the last word of a person actor or of a
 * "First Last" pair, and a town-sized name that speaks ("Allen said", "said Allen").
 * Null when there are none (most articles), so the lookup costs nothing.
 */
function personWords(doc: Doc, gaz: Gazetteer): Set<string> | null {
  const { tokens } = doc;
  let out: Set<string> | null = null;
  const add = (norm: string) => (out ??= new Set()).add(norm);
  for (const a of doc.actors) if (a.kind === 'person' && a.tokenEnd - a.tokenStart >= 2 && isCapitalised(tokens[a.tokenEnd - 1])) add(tokens[a.tokenEnd - 1].norm);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'PROPN' || !isCapitalised(t)) continue;
    const next = i + 1 < tokens.length && tokens[i + 1].sentence === t.sentence ? tokens[i + 1] : null;
    if (next && isCapitalised(next) && next.start === t.end + 1) continue;
    if (!FIRST_NAME.test(t.text)) continue;
    const prev = tokens[i - 1];
    // "Nick Burton"; "Burton said", "said Allen" — but not "from Dewsbury said"
    const before = prev.sentence === t.sentence ? prev : null;
    const pair = FIRST_NAME.test(prev.text) && before !== null && prev.pos === 'PROPN';
    const speaks = !pair && ((next !== null && SPEECH.has(next.norm) && !(before && LOCATIVE_BEFORE.has(before.norm))) || (before !== null && SPEECH.has(before.norm) && (!next || next.pos === 'PUNCT')));
    if (!pair && !speaks) continue;
    // a town known by this very name is not taken for a surname across the article ("CBC Toronto")
    const entries = gaz.lookup(t.text);
    if (entries.length === 0 || entries.some((e) => e.featureClass !== 'P' || (e.population >= 100_000 && placeKey(e.name) === t.norm))) continue;
    if (pair ? isSurname(doc, gaz, i) : entries.every((e) => e.population < 100_000)) add(t.norm);
  }
  return out;
}

const TYPE_WORD = new Set('state department district region province county territory division municipality governorate'.split(' '));
const COUNTY_WORD = new Set(['County', 'Parish', 'Township', 'Borough']);

/** The end of "Laurel County" / "Black Hawk County" starting at token i (one to three capitalised words and the type word), or -1. */
function countyEnd(doc: Doc, blocked: Uint8Array, i: number): number {
  const { tokens } = doc;
  for (let j = i; j < i + 3 && j + 1 < tokens.length; j++) {
    const tj = tokens[j];
    if (blocked[j] || !isCapitalised(tj) || tj.sentence !== tokens[i].sentence || !/^\p{L}/u.test(tj.text) || COUNTY_WORD.has(tj.text) || NOT_PLACES.has(tj.norm) || TITLES.has(tj.norm)) return -1;
    if (j > i && tj.start !== tokens[j - 1].end + 1) return -1;
    const next = tokens[j + 1];
    if (COUNTY_WORD.has(next.text) && next.start === tj.end + 1 && next.sentence === tj.sentence) return j + 2;
  }
  return -1;
}

/** "Michael Jordan": a one-word name right after a capitalised name that is no place is a surname. */
function isSurname(doc: Doc, gaz: Gazetteer, i: number): boolean {
  const prev = i > 0 ? doc.tokens[i - 1] : null;
  if (!prev || prev.sentence !== doc.tokens[i].sentence || prev.pos !== 'PROPN' || !isCapitalised(prev) || prev.end + 1 !== doc.tokens[i].start) return false;
  if (CALENDAR.has(prev.norm) || DIRECTIONS.has(prev.norm) || gaz.demonym(prev.text)) return false;
  return !gaz.lookup(prev.text).some((e) => e.population > 100_000 || e.featureClass === 'A');
}

// "Far North Queensland", "Western Canada": a direction before a name is no first name
const DIRECTIONS = new Set('north south east west northern southern eastern western central far upper lower greater northeast northwest southeast southwest mid'.split(' '));
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;

/** "the Mosul Dam", "the Dnipro river", "Lake Chad": the name is part of a feature's name, not the place itself. */
function namesOtherFeature(doc: Doc, i: number, end: number): boolean {
  const { tokens } = doc;
  const next = end < tokens.length && tokens[end].sentence === tokens[i].sentence ? tokens[end] : null;
  if (next && OTHER_FEATURE_TAIL.has(next.norm)) return true;
  const prev = i > 0 && tokens[i - 1].sentence === tokens[i].sentence ? tokens[i - 1] : null;
  return prev !== null && prev.text === 'Lake';
}

// "Ky.", "Calif.", "W.Va.", "P.E.I.": a shortened region name with its periods
const ABBREVIATION = /^[A-Z][a-z]{0,4}\.(?:[A-Z][a-z]{0,3}\.)*$/;

/**
 * A region's abbreviation ("Ky.", "Miss.", "Man.") names it only after a town and a comma
 * ("London, Ky."); elsewhere the same letters are a title or a word ("Miss. Smith").
 */
function abbreviationInPlace(doc: Doc, gaz: Gazetteer, i: number, end: number): boolean {
  const { tokens } = doc;
  const text = doc.text.slice(tokens[i].start, tokens[end - 1].end);
  // most names are neither dotted nor short: nothing to check
  if (text.length > 7 || (text.length > 5 && !text.includes('.'))) return true;
  const entries = gaz.lookup(text);
  const key = placeKey(text);
  // "Mass", "Wash", "Calif" written without the period: the start of the region's name
  // or "BC", "TX": a region's two capitals, which are also initials of anything else
  const clipped = (text.length === 2 && /^[A-Z]{2}$/.test(text) && entries.length > 0 && entries.every((e) => e.featureCode === 'ADM1')) || (key.length <= 5 && entries.length > 0 && entries.every((e) => e.featureCode === 'ADM1' && placeKey(e.name) !== key && placeKey(e.name).startsWith(key)));
  if ((!ABBREVIATION.test(text) && !clipped) || entries.some((e) => e.featureCode.startsWith('PCL'))) return true;
  const prev = i > 0 && tokens[i - 1].sentence === tokens[i].sentence ? tokens[i - 1] : null;
  // "B.C.", "N.J.", "P.E.I.": initials with their periods name the region anywhere ("the B.C. government"),
  // except after a number, where they are an era ("300 B.C.")
  if (/^(?:[A-Z][a-z]*\.){2,}$/.test(text)) return !(prev && /^\d/.test(prev.text));
  // "in Mass.", "across BC"
  if (prev && LOCATIVE_BEFORE.has(prev.norm)) return true;
  const town = i > 1 ? tokens[i - 2] : null;
  return prev !== null && town !== null && prev.text === ',' && isCapitalised(town);
}

/** The end of a gazetteer name that starts inside an agent or identity actor and ends outside it ("Tamil Nadu"), or -1. */
function nameRunningPastActor(doc: Doc, gaz: Gazetteer, blocked: Uint8Array, i: number): number {
  const { tokens } = doc;
  let key = '';
  let end = -1;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const tj = tokens[j];
    if (blocked[j] === 1 || tj.sentence !== tokens[i].sentence || !isCapitalised(tj) || (j > i && tj.start !== tokens[j - 1].end + 1)) break;
    key = key ? `${key} ${tj.text}` : tj.text;
    if (blocked[j] === 0 && j > i && gaz.lookup(key).some((e) => e.featureClass !== 'P' || e.population >= 15_000)) end = j + 1;
    if (!gaz.hasPrefix(placeKey(key))) break;
  }
  return end;
}

function isCapitalised(t: Token): boolean {
  // the hot path of recognition: ASCII letters without a regular expression
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

const LIST_WORDS = new Set(['and', 'or', ',']);

/** "Macon, Augusta and Rome", "from Bonham and Honey Grove": token i follows a place just found and a list word. */
function inListAfterPlace(doc: Doc, found: readonly RecognizedPlace[], i: number): boolean {
  const last = found.length > 0 ? found[found.length - 1] : null;
  if (!last || last.kind !== 'name' || last.tokenEnd !== i - 1) return false;
  const word = doc.tokens[i - 1];
  const name = doc.tokens[i];
  // (a proper noun in ordinary case: not "MIDI", not a noun the tagger knows)
  return LIST_WORDS.has(word.norm) && word.sentence === name.sentence && name.pos === 'PROPN' && name.text !== name.text.toUpperCase();
}

// Lower-case particles inside Romance, German and Dutch names.
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'du', 'des', 'da', 'do', 'dos', 'das', 'von', 'van', 'der', 'la', 'le']);

/** Whether a capitalised word follows at `k` (after one more particle: "Place de la Concorde"). */
function continuesAsName(tokens: Token[], k: number, sentence: number): boolean {
  if (tokens[k] && NAME_PARTICLES.has(tokens[k].text)) k++;
  const t = tokens[k];
  return !!t && t.sentence === sentence && isCapitalised(t);
}

/** Whether the name at tokens [i, end) is used as a place here, not as a word, a person or part of another name. */
function plausibleName(doc: Doc, gaz: Gazetteer, i: number, end: number, listed = false): boolean {
  const { tokens } = doc;
  const first = tokens[i];
  const single = end - i === 1;
  const name = doc.text.slice(first.start, tokens[end - 1].end);
  // (two capitals may name a region, "BC", or a union, "EU": our aliases hold the ones that do)
  if (single && (NOT_PLACES.has(first.norm) || CALENDAR.has(first.norm) || (first.norm.length < 3 && !/^[A-Z]{2}$/.test(first.text)))) return false;
  const entries = gaz.lookup(name);
  // countries, regions, seas and continents come from our curated sources, not cities1000's long tail of villages
  const countryName = entries.some((e) => e.featureClass !== 'P');
  const biggest = entries.reduce((m, e) => Math.max(m, e.population), 0);
  const prev = i > 0 && tokens[i - 1].sentence === first.sentence ? tokens[i - 1] : null;
  const next = end < tokens.length && tokens[end].sentence === first.sentence ? tokens[end] : null;
  // "President Lincoln", "Mr. Jordan"
  if (prev && (TITLES.has(prev.norm.replace(/\.$/, '')) || (prev.text === '.' && i > 1 && TITLES.has(tokens[i - 2].norm)))) return false;
  if (single && isSurname(doc, gaz, i)) return false;
  // "Jordan Peterson", "Paris Hilton": a capitalised word that is neither a place word nor a date runs on
  if (next && isCapitalised(next) && !PLACE_TAIL.has(next.norm) && !CALENDAR.has(next.norm) && next.start === tokens[end - 1].end + 1 && !gaz.lookup(next.text).length && !gaz.demonym(next.text)) {
    if (!countryName || biggest < 1_000_000) return false;
  }
  // "the Stade de France", "Place de la Concorde", "Charles de Gaulle": a name that runs on through a
  // particle into another capitalised word is a longer name (the gazetteer's own, "Rio de Janeiro", are matched whole)
  if (next && NAME_PARTICLES.has(next.text) && continuesAsName(tokens, end + 1, first.sentence) && (!countryName || biggest < 1_000_000)) return false;
  // a capitalised first word of a sentence that is an ordinary word ("Police said …") needs a big place behind it
  const sentenceStart = i === doc.sentences[first.sentence].tokenStart;
  if (first.pos !== 'PROPN' && (sentenceStart || single) && !countryName && biggest < 100_000) return false;
  // a small town named like a surname or a word: keep it only with a locative cue before it
  // ("of" only after a common noun: "the town of X", not "Chamber of Commerce", "University of X")
  const cue = prev && (/^(in|near|at|outside|from|to|into|around|across)$/.test(prev.norm) || (prev.norm === 'of' && i > 1 && !isCapitalised(tokens[i - 2])));
  // ("from Bonham and Honey Grove": a name listed right after a place is as cued as that place)
  if (!countryName && biggest < 15_000 && !cue && !listed) return false;
  return true;
}

/** The word before a phrase, across its "the" (the phrase's own or the one before it): "at [the White House]" → "at". */
function wordBeforeArticle(tokens: Token[], start: number): string {
  let k = start - 1;
  if (tokens[k]?.norm === 'the') k--;
  return k >= 0 ? tokens[k].norm : '';
}
