/**
 * Actor mentions: dictionary names found in the tokens, composed into CAMEO actors
 * ("Iraqi army soldiers" → IRQMIL), people coded by the date, pronouns resolved.
 */
import { datelineSpans } from '../../places/dateline.js';
import { personCode, type ActorEntry } from '../../lexicon/actors.js';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar-words.js';
import { matchNameAt, type Lexicon } from '../../lexicon/load.js';
import type { ActorMention, Doc, Token } from '../../types.js';
import type { Stage } from '../stage.js';
import { roleName } from './roles.js';

/** Finds every actor mention in the document. */
export const mentions: Stage = {
  name: 'mentions',
  run(doc, ctx) {
    // a dateline ("BAGHDAD (Reuters) -", also under a caption or headline) says where the story was filed:
    // its places are no actors ("SAN ANTONIO Turner Sports analyst …": a town in capitals with no stop after it)
    // (in a bare one, "ISIS Fighters Attack …" may be a headline: only a town, or part of a longer run of capitals, goes)
    const datelines = datelineSpans(doc.text);
    const inDateline = (a: ActorMention) => datelines.some((d) => a.start >= d.start && a.end <= d.end && (!d.bare || d.end - d.start > a.end - a.start + 1 || a.kind === 'city' || a.kind === 'capital'));
    doc.actors = findActors(doc, ctx.lexicon).filter((a) => !inDateline(a));
    relocateByState(doc);
    // a word inside a name is part of the name, whatever the tagger said ("… and the Levant")
    for (const m of doc.actors) {
      if (m.tokenEnd - m.tokenStart < 2) continue;
      for (let t = m.tokenStart; t < m.tokenEnd; t++) if (doc.tokens[t].pos === 'VERB' || doc.tokens[t].pos === 'AUX') doc.tokens[t].pos = 'PROPN';
    }
  },
};

interface Piece {
  start: number;
  end: number;
  entries: ActorEntry[];
}

const COUNTY_WORDS = new Set(['County', 'Parish', 'Borough']);

/** US state and Canadian province abbreviations as news writes them after a town ("London, Ky.", "Nelson, B.C."). */
const STATE_AFTER_TOWN = /^,\s*(?:(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)|(Ont|B\.C|Alta|Que|Man|Sask|N\.S|N\.B|Nfld|P\.E\.I))\./;

/**
 * "Paris, Missouri", "London, Ky.", "police in Edmonton, Ky.": a town of our list followed by a state or
 * another country is that state's namesake; it codes as that country (a plain town, never a capital's government).
 */
function relocateByState(doc: Doc): void {
  const actors = doc.actors;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    if (a.kind !== 'city' && a.kind !== 'capital' && !(a.kind === 'agent' && /^[A-Z]{3}/.test(a.code))) continue;
    const after = doc.text.slice(a.end, a.end + 12);
    const abbreviation = STATE_AFTER_TOWN.exec(after);
    let country: string | null = abbreviation ? (abbreviation[1] ? 'USA' : 'CAN') : null;
    if (!country && after.startsWith(',')) {
      const next = actors[k + 1];
      const gap = next ? doc.text.slice(a.end, next.start) : '';
      // (not in a list of towns: "Mumbai, New York and London")
      const list = next ? /^\s*(?:and|or|&)\s|^,\s*\p{Lu}\p{Ll}+(?:\s|,|$)/u.test(doc.text.slice(next.end, next.end + 24)) : false;
      if (next && !list && /^,\s*$/.test(gap) && (next.kind === 'country' || (next.kind === 'city' && next.code === 'USA'))) country = next.code.slice(0, 3);
    }
    if (!country || a.code.startsWith(country)) continue;
    if (a.kind === 'agent') a.code = country + a.code.slice(3);
    else {
      a.code = country;
      a.kind = 'city';
    }
  }
}

/** Roles whose members use force, so that "police firing" is their act. */
const ARMED_ROLES = new Set(['COP', 'MIL', 'SPY', 'REB', 'UAF']);
/** Nouns naming what their agent-word modifier does: "police firing", "army shelling", "police custody". */
const ACT_NOUNS = new Set(['firing', 'gunfire', 'shelling', 'shooting', 'attack', 'attacks', 'raid', 'raids', 'crackdown', 'action', 'operation', 'operations', 'assault', 'atrocities', 'brutality', 'excesses', 'bombing', 'bombardment', 'offensive', 'airstrike', 'airstrikes', 'custody', 'lathicharge', 'lathi-charge', 'repression', 'bullet', 'bullets', 'excess', 'inaction']);
// "Iranian-backed militants": the demonym says who backs them, not who they are.
const BREAKING_SUFFIX = new Set(['backed', 'led', 'based', 'allied', 'aligned', 'sponsored', 'funded', 'supported', 'controlled', 'held', 'born', 'linked', 'affiliated', 'inspired', 'ruled', 'run', 'occupied', 'owned', 'friendly', 'leaning', 'style', 'made', 'built', 'trained', 'armed']);
const GAP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };
const GROUP_PRONOUNS = new Set(['it', 'its', 'itself']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'themselves']);
const NOUN_ANAPHORS = new Set(['group', 'movement', 'organisation', 'organization', 'militia']);

/** Finds actor mentions in every sentence of a segmented document. */
export function findActors(doc: Doc, lex: Lexicon): ActorMention[] {
  const out: ActorMention[] = [];
  const date = doc.publishedAt;
  const known: KnownNames = new Map();
  const cased = isCased(doc.text);
  for (const s of doc.sentences) {
    const pieces = findPieces(doc.tokens, lex, s.tokenStart, s.tokenEnd, date, cased);
    const from = out.length;
    composeSentence(doc, pieces, date, out);
    markEthnic(doc, out, from);
    markCrowds(doc, out, from, s.tokenStart, s.tokenEnd);
    nameTitledPeople(doc, out, from, s.tokenEnd, known);
    findKnownNames(doc, out, from, s.tokenStart, s.tokenEnd, known);
  }
  resolvePronouns(doc, out);
  return out;
}

/**
 * "ethnic Albanians demonstrated in Serbia": a nationality after "ethnic" is an ethnic group, not the state's people:
 * no country (---) with the nation as its identity (---ALB), as the groups of actors/identities.txt are coded.
 */
function markEthnic(doc: Doc, out: ActorMention[], from: number): void {
  const tokens = doc.tokens;
  for (let k = from; k < out.length; k++) {
    const m = out[k];
    const before = tokens[m.tokenStart - 1];
    if (before?.norm !== 'ethnic' || !m.entry?.startsWith('demonym:') || m.code.length !== 3) continue;
    out[k] = { ...m, code: `---${m.code}`, name: `ethnic ${m.name}`, kind: 'identity', text: doc.text.slice(before.start, m.end), start: before.start, tokenStart: m.tokenStart - 1 };
  }
}

/** What people suffer, told by a bare participle after them ("dozens injured"). */
const SUFFERED = new Set(['injure', 'wound', 'kill', 'hurt', 'arrest', 'detain', 'displace', 'evacuate', 'rescue', 'abduct', 'kidnap', 'hold', 'trap', 'strand']);

/** Words for a crowd of unnamed people ("Thousands rallied in Tbilisi", "tens of thousands marched"). */
const CROWD_WORDS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'crowds', 'millions']);

/**
 * "Thousands rallied in Tbilisi against the law": a crowd number that is a clause's whole subject, right
 * before its verb, is people (---CVL), as "thousands of people" is.
 */
function markCrowds(doc: Doc, out: ActorMention[], from: number, start: number, end: number): void {
  const tokens = doc.tokens;
  for (let i = start; i < end - 1; i++) {
    if (!CROWD_WORDS.has(tokens[i].norm)) continue;
    // "tens of thousands", "hundreds of thousands"
    let b = i + 1;
    if (tokens[b]?.norm === 'of' && CROWD_WORDS.has(tokens[b + 1]?.norm ?? '')) b += 2;
    let a = i;
    if (i > start && (tokens[i - 1].norm === 'tens' || tokens[i - 1].pos === 'ADV' || tokens[i - 1].pos === 'ADJ')) a = i - 1;
    const verb = tokens[b];
    if (!verb || b >= end || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    // ("25 people are dead and dozens injured": a participle with its "were" left out tells what they suffered)
    if (verb.pos === 'VERB' && verb.norm !== verb.lemma && SUFFERED.has(verb.lemma) && !/s$/.test(verb.norm)) continue;
    // (the clause's subject: at the sentence's start or after a comma or conjunction)
    const before = tokens[a - 1];
    if (a > start && before.text !== ',' && before.pos !== 'CCONJ' && before.pos !== 'SCONJ') continue;
    if (out.some((m) => m.tokenStart < b && m.tokenEnd > a)) continue;
    const m = mention(doc, a, b, '---CVL', 'civilians', 'agent');
    let k = from;
    while (k < out.length && out[k].tokenStart < a) k++;
    out.splice(k, 0, m);
    i = b;
  }
}

// Place names and nationalities start with a capital in normally cased text ("a ruse", "turkey", "polish" are
// words); people and groups keep matching in lower case ("President obama"), their aliases avoid common words.
const PROPER_KINDS = new Set(['country', 'city', 'capital', 'demonym']);

const CASE_SAMPLE = 4000;

/** Whether a text uses normal capitalisation (some scraped corpora are all lower case). */
export function isCased(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && letters < CASE_SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
      // more than 1% of the most letters ever read: cased, whatever follows
      if (upper > CASE_SAMPLE / 100) return true;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters === 0 || upper / letters > 0.01;
}

function findPieces(tokens: Token[], lex: Lexicon, from: number, to: number, date: string, cased: boolean): Piece[] {
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i];
    // Names start with a letter (or a digit for a few group names); skip punctuation fast.
    if (t.pos === 'PUNCT' || t.pos === 'SYM') {
      i++;
      continue;
    }
    const m = matchNameAt(lex, tokens, i, to);
    if (!m) {
      i++;
      continue;
    }
    let entries = m.names.map((n) => lex.entries[lex.names[n].entry]);
    if (cased && !/\p{Lu}/u.test(t.text)) entries = entries.filter((e) => !PROPER_KINDS.has(e.kind));
    if (entries.length === 0) {
      i++;
      continue;
    }
    // A single lower-case common word that is also a verb here ("Chad", "Jordan" fine; "guard" as a verb not)
    if (m.end - m.start === 1 && (t.pos === 'VERB' || t.pos === 'AUX') && !entries.some((e) => e.kind === 'agent')) {
      i++;
      continue;
    }
    // "Roshunda Johnson" is not Boris Johnson: a one-word person name after another capitalised name is someone else's surname
    // ("Mahmood Abubakr" is not Shabana Mahmood either: nor is one before another capitalised name, whose first name it is)
    if (m.end - m.start === 1 && entries.every((e) => e.kind === 'person') && (otherFirstName(tokens, i, from) || otherSurname(tokens, i, to))) {
      i++;
      continue;
    }
    pieces.push({ start: m.start, end: m.end, entries: pickEntries(entries, date) });
    i = m.end;
  }
  return pieces;
}

/** Words that may stand before a surname without being a first name ("President Johnson", "Mr Putin"). */
const BEFORE_SURNAME = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'sen', 'rep', 'governor', 'gov', 'general', 'gen', 'colonel', 'col', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'ayatollah', 'pope', 'judge', 'justice', 'mayor', 'speaker', 'leader', 'chief', 'commander', 'admiral', 'marshal', 'field', 'prime', 'foreign', 'defence', 'defense', 'deputy', 'vice', 'former', 'ex', 'new', 'late', 'candidate', 'nominee', 'envoy', 'ambassador', 'by', 'and', 'but', 'as', 'with', 'told', 'said', 'yesterday', 'today', 'tomorrow', 'tonight', 'meanwhile', 'however', 'later', 'earlier', 'then', 'now', 'also', 'still', 'when', 'while', 'after', 'before', 'since', 'if', 'so', 'thus', 'there', 'here', ...MONTHS, ...WEEKDAYS]);

/** Whether the token before a one-word person name is another person's first name ("Roshunda Johnson"). */
function otherFirstName(tokens: Token[], i: number, from: number): boolean {
  if (i <= from) return false;
  const prev = tokens[i - 1];
  if (prev.sentence !== tokens[i].sentence || prev.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return false;
  return !BEFORE_SURNAME.has(prev.norm.replace(/\.$/, ''));
}

/** Whether the token after a one-word person name is another person's surname ("Mahmood Abubakr"). */
function otherSurname(tokens: Token[], i: number, to: number): boolean {
  if (i + 1 >= to) return false;
  const next = tokens[i + 1];
  if (next.sentence !== tokens[i].sentence || next.start !== tokens[i].end + 1 || next.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) return false;
  return !NOT_SURNAMES.has(next.norm);
}
/** Capitalised words after a leader's name that are not a surname ("the Trump Administration", "Putin Monday"). */
const NOT_SURNAMES = new Set<string>([...MONTHS, ...WEEKDAYS, 'administration', 'government', 'cabinet', 'regime', 'campaign', 'era', 'team', 'camp', 'doctrine', 'presidency', 'family', 'foundation', 'white']);

/** Among several entries for one name, prefers people in office on the date, then dictionary order. */
function pickEntries(entries: ActorEntry[], date: string): ActorEntry[] {
  if (entries.length < 2) return entries;
  const people = entries.filter((e) => e.kind === 'person');
  if (people.length > 1) {
    const inOffice = people.filter((p) => p.roles!.some((r) => r.from <= date && (r.to === null || date <= r.to)));
    const best = inOffice[0] ?? nearestPerson(people, date);
    return [best, ...entries.filter((e) => e.kind !== 'person')];
  }
  return entries;
}

function nearestPerson(people: ActorEntry[], date: string): ActorEntry {
  const t = Date.parse(date);
  let best = people[0];
  let gap = Infinity;
  for (const p of people) {
    for (const r of p.roles!) {
      const a = Date.parse(r.from);
      const b = r.to ? Date.parse(r.to) : t;
      const g = t < a ? a - t : t > b ? t - b : 0;
      if (g < gap) {
        gap = g;
        best = p;
      }
    }
  }
  return best;
}

// A name that is both a person and something else takes the most specific meaning, in this order.
const KIND_RANK: Record<ActorEntry['kind'], number> = { person: 0, group: 1, organization: 2, country: 3, demonym: 4, capital: 5, city: 6, identity: 7, agent: 8 };

function kindOf(p: Piece): ActorEntry['kind'] {
  let best = p.entries[0].kind;
  for (let k = 1; k < p.entries.length; k++) if (KIND_RANK[p.entries[k].kind] < KIND_RANK[best]) best = p.entries[k].kind;
  return best;
}

function entryOf(p: Piece, kind: ActorEntry['kind']): ActorEntry {
  return p.entries.find((e) => e.kind === kind) ?? p.entries[0];
}

const PLACE_WORDS = new Set(['city', 'town', 'village', 'province', 'governorate', 'region', 'district', 'capital', 'port', 'state', 'county', 'municipality', 'territory', 'area']);

// Institutions named with their country after them: "a court in Guyana", "the government of Iraq".
const INSTITUTION_ROLES = new Set(['GOV', 'JUD', 'LEG', 'MIL', 'COP']);

/** Whether the tokens between two pieces may sit inside one noun phrase ("Iraqi [national] security forces"). */
function joinable(tokens: Token[], a: Piece, b: Piece): boolean {
  const gap = b.start - a.end;
  if (gap === 0) return true;
  // "leaders of Egypt's Muslim Brotherhood": the country is the possessor of what follows, not the leaders' own
  const possessor = tokens[b.end]?.text === "'s" || tokens[b.end]?.text === '’s';
  // "police in Lebanon County": a US county, not the country or the town of that name
  if (COUNTY_WORDS.has(tokens[b.end]?.text ?? '')) return false;
  if (gap === 1 && (tokens[a.end].norm === 'of' || tokens[a.end].norm === 'in') && kindOf(a) === 'agent' && ['country', 'city', 'capital'].includes(kindOf(b)) && !possessor) {
    return INSTITUTION_ROLES.has(entryOf(a, 'agent').code) && (tokens[a.end].norm === 'of' || entryOf(a, 'agent').code !== 'MIL');
  }
  // "the mayor of the northern West Bank city of Nablus", "the governor of Anbar": an office of a place
  if (gap > 1 && gap <= 9 && tokens[a.end].norm === 'of' && kindOf(a) === 'agent' && INSTITUTION_ROLES.has(entryOf(a, 'agent').code) && ['country', 'city', 'capital'].includes(kindOf(b)) && !possessor) {
    for (let i = a.end + 1; i < b.start; i++) {
      const t = tokens[i];
      if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.norm === 'of' || PLACE_WORDS.has(t.norm) || t.text === '-')) return false;
    }
    return true;
  }
  // "dissidents from Myanmar", "refugees from military-ruled Myanmar", "troops from Chad"
  if (tokens[a.end].norm === 'from' && kindOf(a) === 'agent' && (kindOf(b) === 'country' || kindOf(b) === 'demonym') && gap <= 5 && !movedFrom(tokens, a.start)) {
    // "military-ruled": a noun before a hyphen is half of a compound adjective
    for (let i = a.end + 1; i < b.start; i++) if (!(tokens[i].pos === 'ADJ' || tokens[i].pos === 'DET' || tokens[i].text === '-' || tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-')) return false;
    return true;
  }
  // ("Spain's long-time dictator": a hyphenated modifier counts as one word)
  let words = 0;
  for (let i = a.end; i < b.start; i++) {
    const t = tokens[i];
    if (t.text === "'s" || t.text === '’s' || t.text === "'") continue;
    const hyphened = t.text === '-' || tokens[i - 1]?.text === '-';
    if (!hyphened) words++;
    if (!GAP_POS.has(t.pos) && !(hyphened && (t.pos === 'NOUN' || t.pos === 'PUNCT'))) return false;
  }
  return gap <= 3 || (words <= 3 && gap <= 6);
}

// Verbs that move people out of a place: "withdrew troops from Syria" says where they left, not whose they are.
const MOVING_VERBS = new Set(['withdraw', 'pull', 'remove', 'evacuate', 'recall', 'expel', 'deport', 'drive', 'oust', 'move', 'redeploy', 'bring', 'repatriate', 'extract', 'rescue', 'free', 'release', 'transfer', 'send', 'return', 'kick', 'chase', 'force']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Whether the noun phrase starting at token i is owned ("its troops") or moved by the verb before it ("withdrew troops"). */
function movedFrom(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(DET|NUM|ADJ)$/.test(tokens[k].pos) && !POSSESSIVES.has(tokens[k].norm)) k--;
  if (k < 0) return false;
  if (POSSESSIVES.has(tokens[k].norm) || tokens[k].text === "'s" || tokens[k].text === '’s') return true;
  return tokens[k].pos === 'VERB' && MOVING_VERBS.has(tokens[k].lemma);
}

function composeSentence(doc: Doc, all: Piece[], date: string, out: ActorMention[]): void {
  const tokens = doc.tokens;
  // "military-ruled Myanmar", "rebel-held towns": a role word before a -ruled style suffix only qualifies what follows
  // … and "Plymouth County", "Orleans Parish", "police in Plymouth County": a town before a county word names
  // the county, no actor of that town
  const pieces = all.filter((p) => !(kindOf(p) === 'agent' && (tokens[p.end]?.text === '-' || tokens[p.end]?.text === '–') && BREAKING_SUFFIX.has(tokens[p.end + 1]?.norm ?? '')) && !((kindOf(p) === 'city' || kindOf(p) === 'capital') && COUNTY_WORDS.has(tokens[p.end]?.text ?? '')));
  let k = 0;
  while (k < pieces.length) {
    const group: Piece[] = [pieces[k]];
    let j = k + 1;
    while (j < pieces.length && joinable(tokens, group[group.length - 1], pieces[j]) && canExtend(group, pieces[j])) {
      group.push(pieces[j]);
      j++;
    }
    // "Iranian-backed militants": drop the demonym when a -backed style suffix follows it.
    const first = group[0];
    const next = tokens[first.end];
    const after = tokens[first.end + 1];
    // (a town before one only when an actor of its own follows: "a New York-based FBI squad" is the FBI's,
    // but "the Hamburg-based shipping line" stays the German firm it names)
    const town = (kindOf(first) === 'capital' || kindOf(first) === 'city') && pieces.some((p) => p.start === first.end + 2);
    if (next && after && (next.text === '-' || next.text === '–') && BREAKING_SUFFIX.has(after.norm) && (town || ['demonym', 'country', 'agent', 'group', 'identity'].includes(kindOf(first)))) {
      group.shift();
      if (group.length === 0) {
        k = j;
        continue;
      }
    }
    // "military bases", "police stations": agent words modifying another noun are not actors
    const after1 = tokens[group[group.length - 1].end];
    // (but "police firing", "army shelling", "police custody": armed forces doing what the noun names are an actor;
    // a "school shooting" or "market attack" names where it happened)
    const agentOnly = group.every((p) => kindOf(p) === 'agent');
    const acting = after1 !== undefined && ACT_NOUNS.has(after1.norm) && agentOnly && group.every((p) => ARMED_ROLES.has(entryOf(p, 'agent').code));
    const modifier = after1 !== undefined && after1.pos === 'NOUN' && !acting && (j >= pieces.length || pieces[j].start !== group[group.length - 1].end);
    let m = modifier && agentOnly ? null : composeGroup(doc, group, date);
    // "US and British activists": a lone country before "and" + a nationality with a role shares the role
    if (m && group.length === 1 && (m.kind === 'country' || m.entry?.startsWith('demonym:')) && j + 1 < pieces.length) {
      const conj = tokens[group[0].end];
      const shared = conj && (conj.norm === 'and' || conj.norm === 'or') && pieces[j].start === group[0].end + 1 && joinable(tokens, pieces[j], pieces[j + 1]) && kindOf(pieces[j + 1]) === 'agent' && ['demonym', 'country'].includes(kindOf(pieces[j]));
      if (shared) {
        const role = entryOf(pieces[j + 1], 'agent').code;
        m = mention(doc, group[0].start, group[0].end, m.code.slice(0, 3) + role, `${m.name} ${roleName(role)}`, 'agent', m.entry);
      }
    }
    // "The New York Times", "Malaysia Airlines", "Kyiv University": a place name heading a proper name
    if (m && (m.kind === 'city' || m.kind === 'country' || m.kind === 'capital')) m = properName(doc, m, j < pieces.length ? pieces[j].start : Infinity);
    if (m) out.push(m);
    // "American generals and diplomats": the country carries over a coordinated agent.
    if (m && j < pieces.length && m.code.length >= 6) {
      const nextPiece = pieces[j];
      const between = tokens.slice(group[group.length - 1].end, nextPiece.start);
      if (between.length === 1 && (between[0].norm === 'and' || between[0].norm === 'or') && kindOf(nextPiece) === 'agent') {
        const role = entryOf(nextPiece, 'agent').code;
        const country = m.code.slice(0, 3);
        out.push(mention(doc, nextPiece.start, nextPiece.end, `${country}${role}`, `${m.name.split(' ')[0]} ${roleName(role)}`, 'agent', entryOf(nextPiece, 'agent').id));
        k = j + 1;
        continue;
      }
    }
    k = j;
  }
}

// The last word of a proper name says what the named thing is.
const NAME_HEADS: Record<string, string | null> = {
  times: 'MED', post: 'MED', journal: 'MED', news: 'MED', herald: 'MED', independent: 'MED', telegraph: 'MED', tribune: 'MED',
  gazette: 'MED', daily: 'MED', observer: 'MED', guardian: 'MED', chronicle: 'MED', radio: 'MED', television: 'MED', tv: 'MED',
  press: 'MED', agency: 'MED', broadcasting: 'MED', university: 'EDU', institute: 'EDU', college: 'EDU', school: 'EDU',
  airlines: 'BUS', airline: 'BUS', airways: 'BUS', bank: 'BUS', company: 'BUS', corporation: 'BUS', corp: 'BUS', group: 'BUS',
  exchange: 'BUS', airport: null, stadium: null, hotel: null, street: null, square: null, avenue: null, road: null, bridge: null,
  hospital: 'HLH', club: null, fc: null, united: null, city: null, marathon: null, symphony: null,
  // "Niger River", "Mosul Dam": a feature named after the place, not its people or government
  river: null, lake: null, sea: null, dam: null, canal: null, gulf: null, bay: null, strait: null, reservoir: null,
};

/** A place that starts a longer proper name is not the place: the name's head decides (or no actor). */
function properName(doc: Doc, m: ActorMention, nextPieceStart: number): ActorMention | null {
  const tokens = doc.tokens;
  // "Real Madrid", "Inter Milan", "Dynamo Kyiv": a club's first word before the place
  const before = m.tokenStart > 0 ? tokens[m.tokenStart - 1] : null;
  if (before && before.sentence === tokens[m.tokenStart].sentence && CLUB_FIRST_WORDS.has(before.text)) return null;
  let j = m.tokenEnd;
  while (j < tokens.length && j < nextPieceStart && j < m.tokenEnd + 3 && tokens[j].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[j].text) && tokens[j].sentence === tokens[m.tokenStart].sentence) {
    const head = NAME_HEADS[tokens[j].norm];
    if (head !== undefined) {
      if (head === null) return null;
      const code = m.code.slice(0, 3) + head;
      return mention(doc, m.tokenStart, j + 1, code, doc.text.slice(m.start, tokens[j].end), 'organization');
    }
    j++;
  }
  // "Baghdad airport": a place before a facility written in lower case names the facility, which is in
  // the country but no voice of its government ("shelled Baghdad airport" strikes Iraq)
  if (j < tokens.length && tokens[j].sentence === tokens[m.tokenStart].sentence && FACILITY_NOUNS.has(tokens[j].text) && m.code.length > 3) return { ...m, code: m.code.slice(0, 3), kind: 'city' };
  return m;
}

/** Words that open a sports club's name before its town ("Real Madrid", "Inter Milan", "Dynamo Kyiv"), as written. */
const CLUB_FIRST_WORDS = new Set(['Real', 'Atletico', 'Atlético', 'Inter', 'AC', 'AS', 'FC', 'Dynamo', 'Dinamo', 'Sporting', 'Olympique', 'Racing', 'Hertha', 'Borussia', 'Bayern', 'Lokomotiv', 'Spartak', 'CSKA', 'Partizan', 'Rapid', 'Sparta', 'Slavia', 'Legia']);

/** Lower-case facility nouns after a place name ("Baghdad airport", "Kabul stadium"): the facility, not the place's people. */
const FACILITY_NOUNS = new Set(['airport', 'airports', 'airfield', 'station', 'stadium', 'port', 'harbour', 'harbor', 'museum', 'zoo', 'hotel', 'marathon', 'metro', 'subway', 'bridge', 'street', 'square', 'bazaar', 'market', 'mall', 'dam', 'refinery', 'highway', 'motorway', 'road']);

/** Whether a piece may join the noun phrase built so far. */
function canExtend(group: Piece[], p: Piece): boolean {
  const kinds = group.map(kindOf);
  const pk = kindOf(p);
  const last = kinds[kinds.length - 1];
  if (pk === 'agent') return last !== 'person';
  // "dissidents from Myanmar", "ministers from the Georgian government"
  if ((pk === 'country' || pk === 'demonym' || pk === 'city' || pk === 'capital') && kinds.length === 1 && last === 'agent') return true;
  if (pk === 'identity') return last === 'country' || last === 'demonym' || last === 'identity';
  if (pk === 'person') return kinds.every((k) => k === 'agent' || k === 'demonym' || k === 'country');
  if (pk === 'group' || pk === 'organization') return kinds.every((k) => k === 'demonym');
  return false;
}

function composeGroup(doc: Doc, group: Piece[], date: string): ActorMention | null {
  const start = group[0].start;
  const end = group[group.length - 1].end;
  const kinds = group.map(kindOf);
  const person = group.find((p, i) => kinds[i] === 'person');
  if (person) {
    const e = entryOf(person, 'person');
    return mention(doc, start, end, personCode(e.roles!, date), e.name, 'person', e.id);
  }
  const org = group.find((p, i) => kinds[i] === 'group' || kinds[i] === 'organization');
  const agents = group.filter((p, i) => kinds[i] === 'agent').map((p) => entryOf(p, 'agent').code);
  // the head noun's role: "government forces" are MIL, "army spokesman" is whatever "spokesman" is
  const role = agents.length > 0 ? agents[agents.length - 1] : null;
  if (org) {
    const e = org.entries.find((x) => x.kind === 'group' || x.kind === 'organization')!;
    const code = role && e.kind === 'organization' && !e.code.endsWith(role) ? e.code + role : e.code;
    return mention(doc, start, end, code, e.name, e.kind === 'group' ? 'group' : 'organization', e.id);
  }
  const place = group.find((p, i) => ['country', 'demonym', 'capital', 'city'].includes(kinds[i]));
  const identities = group.filter((p, i) => kinds[i] === 'identity').map((p) => entryOf(p, 'identity'));
  const idCode = identities.map((e) => e.code).join('');
  if (place) {
    const pk = kindOf(place);
    const e = entryOf(place, pk);
    const country = e.code;
    const countryName = pk === 'capital' || pk === 'city' ? (place.entries.find((x) => x.kind === 'country')?.name ?? e.name) : e.name;
    if (role || idCode) {
      return mention(doc, start, end, `${country}${role ?? ''}${idCode}`, [countryName, identities.map((x) => x.name).join(' '), role ? roleName(role) : ''].filter(Boolean).join(' '), 'agent', e.id);
    }
    if (group.length === 1 && pk === 'capital') return mention(doc, start, end, `${country}GOV`, `${e.name} (government of ${country})`, 'capital', e.id);
    if (group.length === 1 && pk === 'city') return mention(doc, start, end, country, e.name, 'city', e.id);
    return mention(doc, start, end, country, e.name, 'country', e.id);
  }
  if (role) {
    return mention(doc, start, end, `---${role}${idCode}`, [identities.map((x) => x.name).join(' '), roleName(role)].filter(Boolean).join(' '), 'agent', entryOf(group.find((p, i) => kinds[i] === 'agent')!, 'agent').id);
  }
  if (identities.length > 0) return mention(doc, start, end, `---${idCode}`, identities.map((x) => x.name).join(' '), 'identity', identities[0].id);
  return null;
}


function mention(doc: Doc, a: number, b: number, code: string, name: string, kind: ActorMention['kind'], entry?: string): ActorMention {
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  return { text: doc.text.slice(start, end), start, end, code, name, kind, tokenStart: a, tokenEnd: b, entry };
}

/** People met with a title but not in our dictionaries: surname → the actor the title made. */
type KnownNames = Map<string, { code: string; name: string }>;

const NOT_NAMES = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday']);
const TITLE_ROLES = /^(?:GOV|MIL|JUD|LEG|OPP|REB|ELI|COP|SPY|PTY)/;

/** Titles that follow the name of a body and precede a person's name ("CIA Director", "Hamas leader"). */
const BODY_TITLES = new Set(['director', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'commander', 'chairman', 'chairwoman', 'chair', 'secretary', 'president', 'official', 'envoy', 'representative', 'deputy', 'administrator', 'commissioner', 'general']);

/** Words that open an office's title after a body's name ("Finance Ministry State Secretary …", "Foreign Ministry Undersecretary …"). */
const OFFICE_WORDS = new Set(['state', 'secretary', 'undersecretary', 'under-secretary', 'minister', 'permanent', 'senior', 'deputy']);

/** "Lebanese President Michel Suleiman": a title followed by an unknown name takes the name into the actor. */
function nameTitledPeople(doc: Doc, out: ActorMention[], from: number, sentenceEnd: number, known: KnownNames): void {
  const tokens = doc.tokens;
  for (let k = from; k < out.length; k++) {
    const m = out[k];
    // "FBI Director William Webster", "Kremlin spokesman Dmitry Peskov": a body, a title, then the name
    const bodyTitle = (m.kind === 'organization' || m.kind === 'group') && m.tokenEnd < sentenceEnd && BODY_TITLES.has(tokens[m.tokenEnd].norm) ? 1 : 0;
    if (!bodyTitle && (m.kind !== 'agent' || !TITLE_ROLES.test(m.code.slice(3)))) continue;
    // "told police Bassett threatened": a body or a plural ("police", "the army", "officials") is no title,
    // unless a title follows it ("Finance Ministry State Secretary Hans Tietmeyer")
    if (!bodyTitle && !isOnePerson(tokens[m.tokenEnd - 1].norm) && !(m.tokenEnd < sentenceEnd && (BODY_TITLES.has(tokens[m.tokenEnd].norm) || OFFICE_WORDS.has(tokens[m.tokenEnd].norm)))) continue;
    const first = m.tokenEnd + bodyTitle;
    let j = first;
    while (j < sentenceEnd && j < first + 4 && isNameToken(tokens[j]) && !out.some((o) => o.tokenStart === j)) j++;
    if (j === first) continue;
    const nameText = doc.text.slice(tokens[first].start, tokens[j - 1].end);
    m.tokenEnd = j;
    m.end = tokens[j - 1].end;
    m.text = doc.text.slice(m.start, m.end);
    m.name = `${nameText} (${m.name})`;
    m.kind = 'person';
    known.set(tokens[j - 1].norm, { code: m.code, name: m.name });
  }
}

function isNameToken(t: Token): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && t.text.length > 1 && !NOT_NAMES.has(t.norm);
}

/** A later bare surname of a titled person ("Suleiman said") is that person. */
function findKnownNames(doc: Doc, out: ActorMention[], from: number, a: number, b: number, known: KnownNames): void {
  if (known.size === 0) return;
  const tokens = doc.tokens;
  const taken = new Set<number>();
  for (let k = from; k < out.length; k++) for (let t = out[k].tokenStart; t < out[k].tokenEnd; t++) taken.add(t);
  const found: ActorMention[] = [];
  for (let i = a; i < b; i++) {
    if (taken.has(i) || !isNameToken(tokens[i])) continue;
    const hit = known.get(tokens[i].norm);
    if (!hit) continue;
    if (i + 1 < b && isNameToken(tokens[i + 1])) continue;
    found.push(mention(doc, i, i + 1, hit.code, hit.name, 'person'));
  }
  if (found.length === 0) return;
  const mine = out.splice(from).concat(found).sort((x, y) => x.tokenStart - y.tokenStart);
  out.push(...mine);
}

/** Collective role nouns no "he" or "she" stands for ("the authorities … sentenced him": not the authorities). */
const COLLECTIVE_ROLES = new Set(['government', 'administration', 'ministry', 'cabinet', 'regime', 'army', 'military', 'police', 'junta', 'leadership', 'embassy', 'delegation', 'council', 'presidency', 'monarchy', 'command', 'navy', 'personnel', 'staff', 'force', 'guard']);

/** Whether an agent's head word names one person ("the minister", "a general"), not a body or a plural. */
function isOnePerson(head: string): boolean {
  return !COLLECTIVE_ROLES.has(head) && !(head.endsWith('s') && !head.endsWith('ss'));
}

/** Resolves he/she/it/they and "the group" to the nearest earlier compatible actor. */
function resolvePronouns(doc: Doc, actors: ActorMention[]): void {
  const tokens = doc.tokens;
  const found: { m: ActorMention; target: ActorMention }[] = [];
  const startsAt = new Set(actors.map((m) => m.tokenStart));
  const position = new Map(actors.map((m, k) => [m, k]));
  let ai = 0;
  const sorted = actors;
  // the gender a person has shown by an earlier "he" or "she" ("Attorney Wang … he disappeared": a later "she" is someone else)
  const genderOf = new Map<string, 'm' | 'f'>();
  for (let i = 0; i < tokens.length; i++) {
    while (ai < sorted.length && sorted[ai].tokenStart < i) ai++;
    const t = tokens[i];
    let wanted: ((m: ActorMention) => boolean) | null = null;
    let end = i + 1;
    if (t.pos === 'PRON' && PERSON_PRONOUNS.has(t.norm)) wanted = (m) => m.kind === 'person' || (m.kind === 'agent' && /GOV|MIL|ELI/.test(m.code.slice(3)) && isOnePerson(tokens[m.tokenEnd - 1].norm));
    // ("Iraq's government announced that it …", "the Syrian army said it …": an institution of a known country is "it" too;
    // not a bare "police" or "military", often a modifier: "seized military and police bases to bolster its military")
    else if (t.pos === 'PRON' && GROUP_PRONOUNS.has(t.norm) && !isExpletiveIt(tokens, i)) wanted = (m) => ['group', 'organization', 'country', 'capital'].includes(m.kind) || (m.kind === 'agent' && !m.code.startsWith('---') && INSTITUTIONS.has(tokens[m.tokenEnd - 1].norm));
    else if (t.pos === 'PRON' && PLURAL_PRONOUNS.has(t.norm)) wanted = (m) => m.kind === 'agent' || m.kind === 'group' || m.kind === 'identity';
    else if (t.norm === 'the' || t.norm === 'this') {
      // "the group", "the militant group", "the Islamist movement"
      let k = i + 1;
      while (k < i + 3 && tokens[k] && (tokens[k].pos === 'ADJ' || (tokens[k].pos === 'NOUN' && !NOUN_ANAPHORS.has(tokens[k].norm))) && !startsAt.has(k)) k++;
      if (tokens[k] && NOUN_ANAPHORS.has(tokens[k].norm)) {
        wanted = (m) => m.kind === 'group' || m.kind === 'organization';
        end = k + 1;
      }
    }
    if (!wanted) continue;
    // Look back at most three sentences.
    const minSentence = t.sentence - 3;
    const gender = GENDER[t.norm];
    let target: ActorMention | null = null;
    for (let k = ai - 1; k >= 0; k--) {
      const m = sorted[k];
      if (doc.tokens[m.tokenStart].sentence < minSentence) break;
      if (m.tokenEnd > i) continue;
      if (wanted(m)) {
        const shown = genderOf.get(m.entry ?? m.name);
        if (gender && shown && shown !== gender) continue;
        target = m;
        break;
      }
    }
    if (target && gender && target.kind === 'person') genderOf.set(target.entry ?? target.name, gender);
    // "The US claimed that they had attacked": a country or organisation can be "they" too
    if (!target && PLURAL_PRONOUNS.has(t.norm)) {
      for (let k = ai - 1; k >= 0; k--) {
        const m = sorted[k];
        if (doc.tokens[m.tokenStart].sentence < minSentence) break;
        if (m.tokenEnd <= i && (m.kind === 'country' || m.kind === 'organization' || (m.kind === 'person' && coordinatedWith(tokens, sorted, k).length > 0))) {
          target = m;
          break;
        }
      }
    }
    if (!target) continue;
    const m: ActorMention = { text: doc.text.slice(t.start, tokens[end - 1].end), start: t.start, end: tokens[end - 1].end, code: target.code, name: target.name, kind: 'pronoun', tokenStart: i, tokenEnd: end, entry: target.entry };
    found.push({ m, target });
    // "Obama and Putin said they …": a plural pronoun takes every coordinated antecedent
    if (PLURAL_PRONOUNS.has(t.norm)) {
      for (const other of coordinatedWith(tokens, sorted, position.get(target) ?? -1)) {
        found.push({ m: { ...m, code: other.code, name: other.name, entry: other.entry, sibling: m } as ActorMention & { sibling: ActorMention }, target: other });
      }
    }
    i = end - 1;
  }
  // "the militant group", "the movement": a definite generic group names the nearest group before it
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.kind !== 'agent' || !m.code.startsWith('---') || !NOUN_ANAPHORS.has(tokens[m.tokenEnd - 1].norm)) continue;
    if (tokens[m.tokenStart - 1]?.norm !== 'the') continue;
    const minSentence = tokens[m.tokenStart].sentence - 3;
    for (let j = k - 1; j >= 0; j--) {
      const g = sorted[j];
      if (tokens[g.tokenStart].sentence < minSentence) break;
      if (g.kind === 'group' || g.kind === 'organization') {
        found.push({ m: { ...m, code: g.code, name: g.name, kind: 'pronoun', entry: g.entry }, target: g });
        sorted.splice(k, 1);
        k--;
        break;
      }
    }
  }
  // "its fighters", "their troops": a possessive before a generic role gives that role its owner, and is no actor of its own
  const byStart = new Map(sorted.map((m) => [m.tokenStart, m]));
  for (let k = found.length - 1; k >= 0; k--) {
    const { m, target } = found[k];
    if (!POSSESSIVES.has(tokens[m.tokenStart].norm) || m.tokenEnd !== m.tokenStart + 1) continue;
    let j = m.tokenEnd;
    while (j < m.tokenEnd + 2 && tokens[j] && tokens[j].pos === 'ADJ' && !byStart.has(j)) j++;
    const owned = byStart.get(j);
    if (!owned || owned.kind !== 'agent' || !owned.code.startsWith('---') || target.code.startsWith('---')) continue;
    const own = target.kind === 'group' || target.kind === 'organization';
    owned.code = own ? target.code : target.code.slice(0, 3) + owned.code.slice(3);
    owned.name = own ? target.name : `${target.name.split(' (')[0]} ${roleName(owned.code.slice(3, 6))}`;
    const drop = new Set(found.filter((f) => f.m === m || (f.m as ActorMention & { sibling?: ActorMention }).sibling === m));
    for (let q = found.length - 1; q >= 0; q--) if (drop.has(found[q])) found.splice(q, 1);
    k = Math.min(k, found.length);
  }
  if (found.length === 0) return;
  actors.push(...found.map((f) => f.m));
  actors.sort((a, b) => a.tokenStart - b.tokenStart);
  const index = new Map(actors.map((a, i) => [a, i]));
  for (const f of found) f.m.antecedent = index.get(f.target);
  // siblings share a span: the first keeps the token slots, the others are listed on it
  for (const f of found) {
    const sib = (f.m as ActorMention & { sibling?: ActorMention }).sibling;
    if (!sib) continue;
    delete (f.m as ActorMention & { sibling?: ActorMention }).sibling;
    (sib.also ??= []).push(index.get(f.m)!);
  }
}

/** Actor mentions joined to actors[k] by "and" or commas right around it ("Obama and Putin"). */
function coordinatedWith(tokens: Token[], actors: ActorMention[], k: number): ActorMention[] {
  const out: ActorMention[] = [];
  if (k < 0) return out;
  for (let j = k + 1; j < actors.length; j++) {
    const gap = tokens.slice(actors[j - 1].tokenEnd, actors[j].tokenStart).map((t) => t.norm);
    if (gap.length === 0 || gap.length > 2 || !gap.every((w) => w === 'and' || w === ',')) break;
    out.push(actors[j]);
  }
  for (let j = k - 1; j >= 0; j--) {
    const gap = tokens.slice(actors[j].tokenEnd, actors[j + 1].tokenStart).map((t) => t.norm);
    if (gap.length === 0 || gap.length > 2 || !gap.every((w) => w === 'and' || w === ',')) break;
    out.push(actors[j]);
  }
  return out.filter((x) => x.kind !== 'pronoun');
}

/** "It is not just Iraq", "it seems", "It is harder to imagine": an "it" that refers to nothing. */
function isExpletiveIt(tokens: Token[], i: number): boolean {
  if (tokens[i].norm !== 'it') return false;
  const n = tokens[i + 1];
  if (!n) return false;
  if (n.lemma === 'seem' || n.lemma === 'appear' || n.lemma === 'remain' || n.lemma === 'take' || n.lemma === 'mean') return true;
  if (n.lemma !== 'be') return false;
  const n2 = tokens[i + 2];
  // "it is willing to withdraw", "it is ready to talk": an actor's attitude, not an empty subject
  if (n2 !== undefined && ATTITUDES.has(n2.norm) && tokens[i + 3]?.norm === 'to') return false;
  // "it was confident about", "it is opposed to", "it was responsible for", "it was in talks with", "it was behind the attack"
  if (n2 !== undefined && ((STANCES.has(n2.norm) && tokens[i + 3]?.pos === 'ADP') || n2.norm === 'behind' || (n2.norm === 'in' && DEALINGS.has(tokens[i + 3]?.norm ?? '')))) return false;
  return n2 !== undefined && !(n2.pos === 'VERB' && n2.norm.endsWith('ing'));
}

/** Singular nouns of institutions, which "it" can name. */
const INSTITUTIONS = new Set(['government', 'army', 'military', 'police', 'ministry', 'administration', 'cabinet', 'parliament', 'regime', 'council', 'court', 'navy', 'junta', 'legislature', 'assembly', 'senate', 'congress', 'party', 'opposition', 'coalition', 'authority', 'presidency', 'embassy', 'commission', 'company', 'firm', 'bank', 'union', 'alliance', 'movement', 'group', 'agency']);

/** What an actor is about something ("it was confident about", "it is responsible for"). */
const STANCES = new Set(['confident', 'optimistic', 'hopeful', 'opposed', 'responsible', 'aware', 'concerned', 'worried', 'satisfied', 'disappointed', 'committed', 'grateful', 'open', 'against']);
/** What an actor is in with another ("it was in talks with"). */
const DEALINGS = new Set(['talks', 'agreement', 'contact', 'touch', 'negotiations', 'discussions', 'consultation', 'consultations', 'communication', 'favour', 'favor']);
const ATTITUDES = new Set(['willing', 'unwilling', 'ready', 'prepared', 'committed', 'determined', 'eager', 'keen', 'resolved', 'able', 'unable', 'reluctant', 'poised']);
