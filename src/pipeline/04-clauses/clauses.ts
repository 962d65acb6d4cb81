/**
 * Shallow clause analysis over tagged tokens: verb groups, subjects (with coordination,
 * apposition, relative pronouns and parentheses), passive voice and its by-agent, direct
 * objects, infinitive complements and reported speech ("X said [Y attacked Z]").
 */
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar-words.js';
import { AGENCIES } from '../../places/dateline.js';
import type { ImpliedDoerCues } from '../../lexicon/implied-doer.js';
import type { Clause, Doc, Token } from '../../types.js';
import type { Stage } from '../stage.js';
import { ATTACK_NOUNS, CLAUSE_OPENERS, PARTICIPLE_END, RELATIVES, SPEECH_VERBS } from './words.js';

/** Finds the clauses of every sentence. */
export const clauses: Stage = {
  name: 'clauses',
  run(doc, ctx) {
    // a sentence without any actor cannot hold an event: analyse it only when every predicate is wanted
    doc.clauses = findClauses(doc, { everySentence: ctx.predicates, impliedDoerCues: ctx.lexicon.impliedDoerCues });
  },
};

const GROUP_PARTS = new Set(['AUX', 'PART', 'ADV']);
const NO_CUES: ImpliedDoerCues = new Map();

/** Whether a sentence has a token whose lemma or form is one of `alts`. */
function sentenceHas(doc: Doc, si: number, alts: ReadonlySet<string>): boolean {
  const { tokenStart, tokenEnd } = doc.sentences[si];
  for (let i = tokenStart; i < tokenEnd; i++) if (alts.has(doc.tokens[i].lemma) || alts.has(doc.tokens[i].norm)) return true;
  return false;
}
/** Verbs that take a noun phrase and a bare verb ("demand the NDP scrap", "make them pay", "let the prisoners go"). */
const BARE_VERB_TAKERS = new Set(['demand', 'insist', 'make', 'let', 'help', 'have', 'see', 'watch', 'hear', 'require', 'ask', 'urge', 'propose', 'recommend', 'suggest']);
const NAMING = new Set(['called', 'named', 'dubbed', 'known', 'titled', 'nicknamed', 'codenamed', 'code-named', 'styled']);
const QUOTES = new Set(['“', '"', '‘', "'", '``']);
// Verbs whose object is the doer of the infinitive after it ("urged Iran to stop"; not "used reserves to attack").
const OBJECT_CONTROL = new Set(['want', 'urge', 'ask', 'tell', 'order', 'allow', 'force', 'push', 'persuade', 'encourage', 'invite', 'permit', 'pressure', 'pressure', 'expect', 'need', 'require', 'instruct', 'advise', 'warn', 'press', 'compel', 'enable', 'prompt', 'call', 'implore', 'beg', 'authorize', 'authorise', 'direct', 'command', 'help', 'convince', 'get', 'lead', 'oblige', 'leave', 'prefer', 'appeal', 'challenge', 'dare', 'remind', 'request']);
const QUANTIFIERS = new Set(['up', 'more', 'about', 'around', 'nearly', 'over', 'some', 'at', 'almost', 'approximately', 'roughly', 'fewer', 'less']);
const PART_WORDS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'some', 'many', 'most', 'all', 'several', 'few', 'number', 'members', 'member', 'units', 'unit', 'contingent', 'detachment', 'battalion', 'battalions', 'brigade', 'brigades', 'group', 'groups', 'leaders', 'leader', 'officials', 'elements', 'remnants', 'part', 'parts', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Prepositions the tagger may read as adverbs or adjectives at a sentence start ("Outside the court, hundreds gathered"). */
const FRONTED_PREPOSITIONS = new Set(['outside', 'inside', 'near', 'behind', 'beyond', 'amid', 'despite', 'across', 'along', 'beside', 'besides', 'opposite']);
const NOUNISH = new Set(['NOUN', 'PROPN']);

/** Whether token i can sit inside a noun phrase: a noun-phrase tag, 's, a hyphen, or the verb half of "Qaeda-linked". */
function inNp(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return NP_POS.has(t.pos) || t.text === "'s" || t.text === '’s' || t.text === '-' || (t.pos === 'VERB' && tokens[i - 1]?.text === '-');
}

const NEVER_MODIFIERS = new Set(['said', 'demanded', 'urged', 'told', 'announced', 'warned', 'insisted', 'added', 'stated', 'asserted']);

/** Whether token i is a participle used as an adjective ("seized bases", "Iranian-backed"). */
function isModifierParticiple(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  const prev = i > from ? tokens[i - 1] : null;
  const next = tokens[i + 1];
  if (prev && (prev.text === '-' || prev.text === '–')) return true;
  // "the company called TRW", "a group known as X": naming, not an act
  if (prev && prev.pos === 'NOUN' && NAMING.has(t.norm) && next && (next.pos === 'PROPN' || next.norm === 'as' || next.text === '"' || next.text === '“')) return true;
  if (!/(?:ed|en|ing)$/.test(t.norm)) return false;
  // "chief amarsinh chaudhary demanded kodnani be arrested": these take clauses, never a noun as adjectives
  if (NEVER_MODIFIERS.has(t.norm)) return false;
  // "from seized bases", "expel exiled leaders": after a determiner, adjective, preposition or verb
  const prevNp = prev !== null && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || (prev.pos === 'ADP' && prev.norm !== 'by') || prev.norm === "'s" || (prev.pos === 'VERB' && /ed$|en$/.test(t.norm)));
  const nextNoun = next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
  return prevNp && nextNoun;
}

/**
 * Finds clauses sentence by sentence: all of them, or only those with an actor mention or the words of
 * an act whose doer goes without saying (`impliedDoerCues`: see lexicon/implied-doer.ts).
 */
export function findClauses(doc: Doc, { everySentence = true, impliedDoerCues = NO_CUES }: { everySentence?: boolean; impliedDoerCues?: ImpliedDoerCues } = {}): Clause[] {
  const out: Clause[] = [];
  const inActor = new Uint8Array(doc.tokens.length);
  const hasActor = new Uint8Array(doc.sentences.length);
  for (const m of doc.actors) {
    hasActor[doc.tokens[m.tokenStart].sentence] = 1;
    for (let t = m.tokenStart + 1; t < m.tokenEnd; t++) inActor[t] = 1;
  }
  // … or one whose act implies its doer ("50 persons were arrested": by the police)
  for (const t of doc.tokens) {
    if (hasActor[t.sentence]) continue;
    const needs = impliedDoerCues.get(t.lemma) ?? impliedDoerCues.get(t.norm);
    if (needs && needs.some((words) => words.every((alts) => sentenceHas(doc, t.sentence, alts)))) hasActor[t.sentence] = 1;
  }
  // … or one that names an attack told before ("one person was killed in the firing": the police's, named a sentence
  // earlier; coding looks for that doer on the same words)
  for (let i = 2; i < doc.tokens.length; i++) if (ATTACK_NOUNS.has(doc.tokens[i].norm) && doc.tokens[i - 1].norm === 'the' && /^(in|during|by)$/.test(doc.tokens[i - 2].norm)) hasActor[doc.tokens[i].sentence] = 1;
  for (let si = 0; si < doc.sentences.length; si++) if (everySentence || hasActor[si]) sentenceClauses(doc, si, out, inActor);
  return out;
}

function sentenceClauses(doc: Doc, si: number, out: Clause[], inActor: Uint8Array): void {
  const { tokenStart: a, tokenEnd: b } = doc.sentences[si];
  const tokens = doc.tokens;
  // Parenthesis depth, so "ISIS (as AQI has rebranded itself) has taken" keeps ISIS as subject.
  const depth = new Array<number>(b - a).fill(0);
  let d = 0;
  for (let i = a; i < b; i++) {
    const x = tokens[i].text;
    if (x === '(' || x === '[') d++;
    depth[i - a] = d;
    if ((x === ')' || x === ']') && d > 0) d--;
  }

  // 1. verb heads (never a word inside an actor's name: "the Islamic State of Iraq and the Levant")
  const heads: number[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || inActor[i]) continue;
    if (isModifierParticiple(tokens, i, a)) continue;
    heads.push(i);
  }
  // AUX-only predicates ("has been on its deathbed", "is certain to") also head a clause.
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.pos !== 'AUX' || t.lemma !== 'be' && t.lemma !== 'have') continue;
    let j = i + 1;
    while (j < b && (GROUP_PARTS.has(tokens[j].pos) || tokens[j].pos === 'AUX')) j++;
    if (j < b && tokens[j].pos === 'VERB') continue;
    if (j < b && tokens[j].norm === 'to') continue;
    heads.push(i);
  }
  heads.sort((x, y) => x - y);

  const first = out.length;
  for (const h of heads) out.push(makeClause(tokens, h, a, si));

  // 2. clause extents, subjects, objects, coordination
  const local = out.slice(first);
  const byHead = new Map<number, Clause>();
  const reduced = new Set<Clause>();
  const relativeAt = new Map<Clause, number>();
  const indexOf = new Map<Clause, number>();
  local.forEach((c, k) => {
    byHead.set(c.head, c);
    indexOf.set(c, first + k);
  });
  for (let c = 0; c < local.length; c++) {
    const cl = local[c];
    const h = cl.head;
    const hd = depth[h - a];
    // complement: up to the next finite head at this depth or a clause opener
    let end = b;
    for (let i = h + 1; i < b; i++) {
      const t = tokens[i];
      if (depth[i - a] < hd) {
        end = i;
        break;
      }
      if (depth[i - a] !== hd) continue;
      if (t.text === ';' || (t.text === ':' && i > h + 1)) {
        end = i;
        break;
      }
      if (opensClause(t)) {
        end = i;
        break;
      }
      const other = byHead.get(i);
      if (other && !isInfinitive(tokens, other) && !isParticipleAdjunct(tokens, other) && !isPrepGerund(tokens, other)) {
        end = groupStart(other, tokens);
        // the noun phrase right before the next verb group is that clause's subject, not our object
        // ("negotiate an agreement, he could have succeeded"); a lone coordinator means a shared subject
        let k = end;
        while (k > h + 1 && tokens[k - 1].pos === 'ADV') k--;
        let np = k;
        // a name with "of"/"for" inside counts whole ("the Syrian Observatory for Human Rights")
        // … and a possessive ("Russia's defence ministry said")
        while (np > h + 1 && (NP_POS.has(tokens[np - 1].pos) || (tokens[np - 1].text === "'s" && NP_POS.has(tokens[np - 2]?.pos)) || (/^(of|for)$/.test(tokens[np - 1].norm) && tokens[np - 2]?.pos === 'PROPN' && tokens[np]?.pos === 'PROPN'))) np--;
        const speech = SPEECH_VERBS.has(tokens[h].lemma);
        if (np < k && (np > h + 1 || (speech && np === h + 1)) && (speech || tokens[np - 1].text === ',' || tokens[np - 1].pos === 'CCONJ' || tokens[np - 1].pos === 'SCONJ')) end = np;
        // drop a coordinator or comma right before the next verb group
        while (end > h + 1 && (tokens[end - 1].pos === 'CCONJ' || tokens[end - 1].text === ',')) end--;
        break;
      }
    }
    cl.complement = [Math.min(h + 1, end), end];
    cl.object = objectAfter(tokens, cl, end);
    cl.agent = cl.passive ? byAgent(tokens, h + 1, end) : null;
  }

  // 2b. reduced relatives: "the civilians imprisoned for acting … were released" — a bare participle
  // after a noun, with the sentence's main verb still to come, is a passive modifying that noun.
  for (let c = 0; c < local.length; c++) {
    const cl = local[c];
    if (isReducedRelative(tokens, cl, local, c + 1)) {
      cl.passive = true;
      cl.subject = npBefore(tokens, cl.head, a);
      cl.agent = byAgent(tokens, cl.head + 1, cl.complement[1]);
      reduced.add(cl);
    }
  }

  // 3. subjects
  for (let c = 0; c < local.length; c++) {
    const cl = local[c];
    if (reduced.has(cl)) continue;
    const gs = groupStart(cl, tokens);
    const hd = depth[cl.head - a];
    if (isInfinitive(tokens, cl) || isParticipleAdjunct(tokens, cl)) {
      // controlled by the clause before: "Obama wants to attack", "freed prisoners, killing six"
      const parent = previousClause(local, c, (p) => p.complement[1] >= gs - 1 || p.complement[1] >= cl.head - 1);
      if (parent) {
        cl.parent = indexOf.get(parent)!;
        // "Obama wants Putin to attack", "urged Iran to stop": a noun phrase between the verbs controls the infinitive
        // ("pressuring workers of the United Bus Company of Tehran to cancel": the object's own phrases may come between)
        const between = parent.object && (parent.object[1] === gs || onlyPhrases(tokens, parent.object[1], gs)) && OBJECT_CONTROL.has(tokens[parent.head].lemma) ? parent.object : null;
        cl.subject = between && !parent.passive ? between : (permitted(tokens, gs) ?? parent.subject);
      }
      continue;
    }
    // coordinated verb with no subject of its own: "abandoned their weapons and fled"
    let k = gs - 1;
    while (k >= a && tokens[k].pos === 'ADV') k--;
    if (k >= a && (tokens[k].pos === 'CCONJ' || tokens[k].text === ',')) {
      let k2 = k - 1;
      if (tokens[k].text === ',' && k2 >= a && tokens[k2].pos === 'CCONJ') k2--;
      const prev = previousClause(local, c, (p) => p.complement[1] >= k2 && p.complement[0] <= k2 + 1);
      if (prev && prev.subject && (tokens[k].pos === 'CCONJ' || inVerbList(tokens, prev, cl, local[c + 1]))) {
        cl.subject = prev.subject;
        cl.coordinate = indexOf.get(prev)!;
        // "has been arrested and charged with assault": a bare participle shares the passive's auxiliaries
        if (prev.passive && !cl.passive && cl.verbGroup.length === 1 && /(?:ed|en)$/.test(tokens[cl.head].norm)) {
          cl.passive = true;
          cl.agent = byAgent(tokens, cl.head + 1, cl.complement[1]);
        }
        if (prev.parent !== null) cl.parent = prev.parent;
        continue;
      }
    }
    // "a man threatening people": a bare -ing form after a noun has that noun as its doer
    if (isGerundModifier(tokens, cl, a)) {
      cl.subject = npBefore(tokens, cl.head, a);
      continue;
    }
    // walk left to the start of this clause
    let start = a;
    for (let i = gs - 1; i >= a; i--) {
      // "ATLANTA (AP) An aide …", "BOSTON (Reuters) - The owner …": the agency's brackets close the dateline
      // (or a station's call letters after a capitalised place: "WASHINGTON (RNS)", "LONDON, Ky. (WKYT)")
      if (tokens[i].text === ')' && i >= a + 2 && tokens[i - 2].text === '(' && (AGENCY_NAMES.has(tokens[i - 1].norm) || (/^[A-Z]{2,5}$/.test(tokens[i - 1].text) && i >= a + 3 && /^(?:[A-Z]{3,}|[A-Z][a-z]?\.(?:[A-Z]\.)?)$/.test(tokens[i - 3].text)))) {
        start = i + 1;
        break;
      }
      if (depth[i - a] > hd) continue;
      if (depth[i - a] < hd) {
        start = i + 1;
        break;
      }
      const t = tokens[i];
      // "BAGHDAD — Sunni militants seized": a dateline or a dash ends what came before
      if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '--') {
        start = i + 1;
        break;
      }
      // "…, the World Food Program (WFP) said": a speaker named between a comma and the speech verb
      // (a bracketed acronym inside) is the subject, whatever the clause before holds
      if (t.text === ',' && SPEECH_VERBS.has(tokens[cl.head].lemma) && nounPhraseBetween(tokens, depth, i + 1, gs, hd, a)) {
        start = i + 1;
        break;
      }
      // ", as recently as 2008," — a verbless aside between commas is skipped whole
      if (t.text === ',') {
        const open = Math.max(asideStart(tokens, i, a), participleAside(tokens, i, a));
        if (open >= 0) {
          i = open;
          continue;
        }
      }
      if (RELATIVES.has(t.norm) && (t.pos === 'PRON' || t.pos === 'SCONJ' || t.pos === 'DET') && !afterVerb(tokens, i, a)) {
        // "a group that ... has been": the subject is the noun phrase before the relative;
        // "Mosul, which ISIS captured": a noun phrase after it is the subject, the one before is the object
        let np = npBefore(tokens, i, a);
        // "bombings in Istanbul that killed 44 people": past a place phrase, the noun before it is the antecedent
        if (np && np[0] - 2 > a && LOCATIVES.has(tokens[np[0] - 1].norm) && tokens[np[0] - 2].pos === 'NOUN') np = npBefore(tokens, np[0] - 1, a) ?? np;
        const inner = i + 1 < gs ? subjectIn(tokens, i + 1, gs, depth, a, hd) : null;
        if (inner) {
          cl.subject = inner;
          cl.gapObject = np;
        } else cl.subject = np;
        relativeAt.set(cl, i);
        // (a "that" tagged as a conjunction may open a complement the walk took for a relative: not flagged)
        cl.relative = t.pos !== 'SCONJ';
        start = -1;
        break;
      }
      if (CLAUSE_OPENERS.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADV' || t.pos === 'ADP')) {
        start = i + 1;
        break;
      }
      const other = byHead.get(i);
      // "to demand the NDP scrap its tax", "to make the government pay": an infinitive that takes a noun phrase
      // and a bare verb hands that noun phrase to the verb as its subject
      if (other && other !== cl && isInfinitive(tokens, other) && BARE_VERB_TAKERS.has(tokens[other.head].lemma) && nounPhraseBetween(tokens, depth, other.head + 1, gs, hd, a)) {
        start = other.head + 1;
        break;
      }
      // a reduced relative, a gerund after a preposition or an infinitive inside the subject is part of it
      if (other && other !== cl && (reduced.has(other) || isInfinitive(tokens, other) || isPrepGerund(tokens, other) || isGerundModifier(tokens, other, a))) continue;
      // "ISIS, which seized Mosul on Tuesday, attacked": skip the whole relative clause
      if (other && other !== cl && relativeAt.has(other)) {
        i = relativeAt.get(other)!;
        while (i > a && tokens[i - 1].text === ',') i--;
        continue;
      }
      if (other && i !== cl.head) {
        start = other.complement[1] > i ? Math.max(i + 1, other.complement[1]) : i + 1;
        // "According to police sources, the army, which …, apprehended": the fronted adjunct ends at its comma
        // (only this one: after "Noting the views of U.S., Japanese and European banks," the first comma is inside the adjunct)
        if (other.subject === null && i === a && tokens[i].norm === 'according') {
          let comma = i + 1;
          while (comma < gs && tokens[comma].text !== ',') comma++;
          if (comma < gs) start = comma + 1;
        }
        if (start >= gs) start = i + 1;
        // a reported-speech clause before us: "X said Y attacked Z" — subject starts after it
        break;
      }
    }
    if (start >= 0 && cl.subject === null) cl.subject = subjectIn(tokens, start, gs, depth, a, hd);
  }

  // 4. infinitive and that-complements: parent links
  for (let c = 0; c < local.length; c++) {
    const cl = local[c];
    if (cl.parent !== null) continue;
    const gs = groupStart(cl, tokens);
    // the word before the clause: before its subject when the subject comes first ("that ISIS could use")
    const opensAt = cl.subject && cl.subject[1] <= gs && cl.subject[0] < gs ? cl.subject[0] : gs;
    const before = tokens[opensAt - 1];
    // a that-complement follows its verb ("said that", "denied that"); "the bullet that tore" is a relative clause
    if (before && (before.norm === 'whether' || before.norm === 'if' || (before.norm === 'that' && afterVerb(tokens, opensAt - 1, a)))) {
      const parent = previousClause(local, c, (p) => p.complement[1] >= opensAt - 2 && p.head < opensAt);
      if (parent && (before.norm !== 'if' || SPEECH_VERBS.has(parent.nominal ? '' : tokens[parent.head].lemma))) cl.parent = indexOf.get(parent)!;
    }
  }

  // 5. reported speech
  for (let c = 0; c < local.length; c++) {
    const sp = local[c];
    if (!SPEECH_VERBS.has(tokens[sp.head].lemma)) continue;
    const spIndex = indexOf.get(sp)!;
    const gs = groupStart(sp, tokens);
    // preposed reported speech starts right after the verb ("said (that) Y attacked"), not after its object
    const firstAfter = local.find((o) => o.head > sp.head && o !== sp);
    const preposed = firstAfter && opensReport(tokens, sp, firstAfter) ? local.filter((o) => o.head > sp.head) : [];
    const postposed = isPostposed(tokens, sp, gs, a) ? local.filter((o) => o.head < gs) : [];
    for (const o of [...preposed, ...postposed]) {
      if (o === sp || o.reportedBy !== null) continue;
      if (SPEECH_VERBS.has(tokens[o.head].lemma) && o.head > sp.head) break;
      o.reportedBy = spIndex;
    }
  }
}

const TIME_WORDS = new Set([...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'week', 'weekend', 'month', 'year']);

/** "claimed that …": a "that" right after a verb opens a complement, not a relative clause. */
function afterVerb(tokens: Token[], i: number, a: number): boolean {
  let k = i - 1;
  while (k >= a && (tokens[k].text === ',' || tokens[k].pos === 'ADV')) k--;
  return k >= a && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX');
}

/** "There were …" earlier in the sentence. */
export function existentialBefore(tokens: Token[], h: number): boolean {
  const s = tokens[h].sentence;
  for (let i = h - 1; i >= 0 && i >= h - 8 && tokens[i].sentence === s; i--) {
    if (tokens[i].norm === 'there' && tokens[i + 1]?.lemma === 'be') return true;
  }
  return false;
}

/** "for acting against Moscow": a gerund right after a preposition. */
function isPrepGerund(tokens: Token[], cl: Clause): boolean {
  const prev = tokens[cl.head - 1];
  return cl.verbGroup.length === 1 && tokens[cl.head].norm.endsWith('ing') && prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'SCONJ');
}

/** Verbs with no passive: "more people died in police firing" is active wherever it stands. */
const INTRANSITIVE = new Set(['die', 'perish', 'succumb', 'arrive', 'happen', 'occur', 'fall', 'flee', 'escape', 'exist', 'remain', 'disappear', 'vanish', 'emerge', 'rise', 'erupt', 'demonstrate', 'protest', 'rally', 'riot', 'clash', 'revolt', 'mutiny', 'resign']);

/** Adverbs that may stand between a noun and the participle modifying it ("those recently arrested"). */
const PARTICIPLE_ADVERBS = new Set(['hardest', 'worst', 'badly', 'heavily', 'severely', 'recently', 'allegedly', 'reportedly', 'earlier', 'later', 'previously', 'subsequently', 'already', 'since', 'newly', 'originally', 'initially', 'apparently', 'mistakenly', 'wrongly', 'illegally', 'forcibly']);

/** Verbs whose object may be a whole clause, so that "V the police arrested …" has "arrested" finite. */
const CLAUSE_TAKING = new Set([...SPEECH_VERBS, 'know', 'find', 'hear', 'learn', 'see', 'show', 'feel', 'fear', 'hope', 'suspect', 'assume', 'expect', 'ensure', 'mean', 'prove', 'realise', 'realize', 'understand', 'recall', 'remember', 'doubt', 'discover', 'notice', 'decide', 'agree', 'accept', 'wish', 'guess', 'suppose']);

/** A bare past participle right after a noun, followed by a preposition, before the main verb. */
function isReducedRelative(tokens: Token[], cl: Clause, local: Clause[], laterFrom: number): boolean {
  if (cl.verbGroup.length !== 1) return false;
  const h = tokens[cl.head];
  if (h.pos !== 'VERB' || INTRANSITIVE.has(h.lemma)) return false;
  const next = tokens[cl.head + 1];
  // ("Mexico, hit by a catastrophic earthquake, …", "the town, struck by shells, …": an irregular participle set off by commas)
  // ("countries hit by export shortfalls", "Japan, hardest hit by …": a same-form participle before "by" is one too)
  const setOff = next?.norm === 'by' && (tokens[cl.head - 1]?.text === ',' || SAME_FORM_PARTICIPLES.has(h.norm) || h.norm === 'hit');
  if (!/ed$|en$/.test(h.norm) && !(setOff && (PARTICIPLE_END.test(h.norm) || SAME_FORM_PARTICIPLES.has(h.norm)))) return false;
  // "those arrested", "among those killed": after a demonstrative the participle is always passive
  if (cl.head > 0 && tokens[cl.head - 1].norm === 'those') return true;
  // "the four persons recently arrested in Hapur": a time adverb between the noun and its participle
  const p = cl.head > 0 && PARTICIPLE_ADVERBS.has(tokens[cl.head - 1].norm) ? cl.head - 2 : cl.head - 1;
  const prev = tokens[p];
  // "Malian troops, backed by French forces, recaptured Gao": a participle with a by-agent set off by commas
  if (prev?.text === ',' && next?.norm === 'by' && /^(NOUN|PROPN)$/.test(tokens[p - 1]?.pos ?? '')) return true;
  if (!prev || !next || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') || TIME_WORDS.has(prev.norm)) return false;
  // "which ISIS captured": after a relative pronoun and its subject, the verb is active
  const np = npBefore(tokens, cl.head, 0);
  if (np && np[0] > 0 && RELATIVES.has(tokens[np[0] - 1].norm)) return false;
  if (np && RELATIVES.has(tokens[np[0]].norm)) return false;
  // "victims killed by the crash": a participle with a by-agent is passive wherever it stands
  if (next.norm === 'by') return true;
  // "There were 10 soldiers killed in Ukraine"
  if (existentialBefore(tokens, cl.head) && next.pos === 'ADP') return true;
  if ((next.pos !== 'ADP' && next.pos !== 'SCONJ') || !/^(for|of|over|in|by|at|on|from|with|as|after|during|since|near)$/.test(next.norm)) return false;
  // "police arrested over 50 workers": a quantity, the verb's object
  if (next.norm === 'over' && tokens[cl.head + 2]?.pos === 'NUM') return false;
  // the sentence's main verb came before, with this noun phrase in its object or an apposition to it
  // ("released the mayor of Nablus, a member of Hamas jailed over a year ago")
  for (let k = laterFrom - 2; k >= 0; k--) {
    const o = local[k];
    if (isInfinitive(tokens, o) || tokens[o.head].norm.endsWith('ing') || !o.verbGroup.some((g) => tokens[g].pos === 'AUX' || tokens[g].pos === 'VERB')) continue;
    let free = true;
    for (let i = o.head + 1; i < cl.head && free; i++) free = tokens[i].pos !== 'CCONJ' && tokens[i].pos !== 'SCONJ' && tokens[i].text !== ';' && !RELATIVES.has(tokens[i].norm) && !(tokens[i].pos === 'VERB' && i !== o.head);
    // right after the verb the noun phrase is its object ("released the 12 people arrested on Sunday"),
    // unless the verb takes a clause ("said the police arrested on Sunday …"): then it may be that clause's subject
    if (free && np && (np[0] > o.head + 1 || !CLAUSE_TAKING.has(tokens[o.head].lemma))) return true;
    break;
  }
  // the sentence's main verb is still to come: a finite one, not an infinitive or a gerund
  // (nor one a subordinator opens: "police arrested 50 workers when the latter tried …")
  for (let k = laterFrom; k < local.length; k++) {
    const o = local[k];
    if (subordinateAfter(tokens, cl.head, o.verbGroup[0])) break;
    if (!SPEECH_VERBS.has(tokens[o.head].lemma) && !isInfinitive(tokens, o) && !tokens[o.head].norm.endsWith('ing') && o.verbGroup.some((g) => tokens[g].pos === 'AUX' || tokens[g].pos === 'VERB')) return true;
  }
  return false;
}

/**
 * "Police officers responding to reports of a man threatening people … shot a man": a bare -ing form
 * right after a noun modifies it (not after a place: "has been in Japan exchanging views").
 */
function isGerundModifier(tokens: Token[], cl: Clause, a: number): boolean {
  const h = cl.head;
  if (cl.verbGroup.length !== 1 || h <= a || tokens[h].pos !== 'VERB' || !tokens[h].norm.endsWith('ing') || (tokens[h - 1].pos !== 'NOUN' && tokens[h - 1].pos !== 'PROPN')) return false;
  const np = npBefore(tokens, h, a);
  return !(np && np[0] > a && LOCATIVES.has(tokens[np[0] - 1].norm));
}

const AGENCY_NAMES = new Set(AGENCIES.map((a) => a.toLowerCase()));
const LOCATIVES = new Set(['in', 'at', 'inside', 'near', 'to', 'from', 'into', 'around', 'across', 'throughout', 'outside', 'within']);

/** Whether a conjunction that only ever opens a clause ("when", "because", not "after" or "for") stands between two tokens. */
function subordinateAfter(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if ((tokens[i].pos === 'SCONJ' || tokens[i].pos === 'ADV') && SUBORDINATORS.has(tokens[i].norm)) return true;
  return false;
}

const SUBORDINATORS = new Set(['when', 'whenever', 'while', 'because', 'if', 'unless', 'although', 'though', 'whereas']);

/** Whether a token starts a subordinate or relative clause (not "that city", not "after the war"). */
function opensClause(t: Token): boolean {
  if (!CLAUSE_OPENERS.has(t.norm)) return false;
  if (t.norm === 'that') return t.pos !== 'DET';
  return t.pos === 'SCONJ' || t.pos === 'PRON' || (t.pos === 'ADV' && /^(when|where|why|how|whenever)$/.test(t.norm));
}

function makeClause(tokens: Token[], h: number, from: number, si: number): Clause {
  const group: number[] = [h];
  let i = h - 1;
  while (i >= from) {
    const t = tokens[i];
    // a quote may open between the auxiliary and the verb: ISIS could “use …”
    if (QUOTES.has(t.text) && i > from && tokens[i - 1].pos === 'AUX') {
      i--;
      continue;
    }
    if (!(t.pos === 'AUX' || t.pos === 'PART' || (t.pos === 'ADV' && i > from && (tokens[i - 1].pos === 'AUX' || tokens[i - 1].pos === 'PART' || tokens[i - 1].pos === 'ADV')))) break;
    group.unshift(i);
    i--;
  }
  // leading adverbs are not part of the verb group
  while (group.length > 1 && tokens[group[0]].pos === 'ADV') group.shift();
  const next = tokens[h + 1];
  const particle = next && next.pos === 'ADP' && /^(out|up|down|off|back|away|over|in|on)$/.test(next.norm) && (!tokens[h + 2] || tokens[h + 2].pos !== 'NOUN' || next.norm === 'out' || next.norm === 'back') ? h + 1 : null;
  return {
    head: h,
    verbGroup: group,
    particle,
    passive: isPassive(tokens, group, h),
    nominal: false,
    subject: null,
    object: null,
    complement: [h + 1, h + 1],
    agent: null,
    reportedBy: null,
    parent: null,
    coordinate: null,
    sentence: si,
  };
}

/** Participles spelled like their verb that no ending test finds ("shells were burst", "fires were set"). */
const SAME_FORM_PARTICIPLES = new Set(['burst', 'set', 'spread', 'shed', 'cast', 'broadcast', 'hurt', 'upset', 'thrust', 'forecast', 'beset', 'bid', 'read']);

function isPassive(tokens: Token[], group: number[], h: number): boolean {
  const head = tokens[h];
  if (head.pos !== 'VERB' || head.norm.endsWith('ing')) return false;
  if (!PARTICIPLE_END.test(head.norm) && head.norm === head.lemma && !SAME_FORM_PARTICIPLES.has(head.norm)) return false;
  // "Israel is opposed to French mediation": a stance the subject takes, not something done to it
  if (head.norm === 'opposed' && tokens[h + 1]?.norm === 'to') return false;
  for (let k = group.length - 2; k >= 0; k--) {
    const t = tokens[group[k]];
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.lemma === 'be' || t.lemma === 'get') return true;
    if (t.norm === 'being') return true;
    return false;
  }
  return false;
}

/** The first token of a clause's verb group. */
export function groupStart(cl: Clause, tokens: Token[]): number {
  let s = cl.verbGroup[0];
  let k = s - 1;
  while (k >= 0 && isSplitter(tokens[k]) && k > s - 4) k--;
  if (k >= 0 && tokens[k].norm === 'to' && tokens[s].pos !== 'PART') s = k;
  return s;
}

/** An adverb that may split an infinitive ("to more effectively target"). */
function isSplitter(t: Token): boolean {
  return t.pos === 'ADV' || /^(more|less|better|further|fully|not)$/.test(t.norm);
}

/** Whether a clause is an infinitive ("wants to attack"; not "had to pull", which is finite). */
export function isInfinitive(tokens: Token[], cl: Clause): boolean {
  // "vowed not to release": the negation may come before "to"
  for (const g of cl.verbGroup) {
    if (tokens[g].norm === 'to' && tokens[g].pos === 'PART') return true;
    if (!isSplitter(tokens[g])) break;
  }
  // "to more effectively target": adverbs may split the infinitive
  let k = cl.verbGroup[0] - 1;
  while (k >= 0 && isSplitter(tokens[k]) && k > cl.verbGroup[0] - 4) k--;
  return tokens[k]?.norm === 'to';
}

/** For a comma at i that closes a verbless aside (", as recently as 2008,"), the opening comma. */
function asideStart(tokens: Token[], i: number, a: number): number {
  for (let k = i - 1; k >= Math.max(a, i - 10); k--) {
    const t = tokens[k];
    // ", a UK-based group," is still verbless: "based" is half of an adjective
    if ((t.pos === 'VERB' && tokens[k - 1]?.text !== '-') || t.pos === 'AUX') return -1;
    if (t.text === ',') return k;
  }
  return -1;
}

/** "fired 6,500 rounds, lobbed 8,300 shells and arrested 10,000 people": a past verb after a comma, in a list that "and" closes. */
function inVerbList(tokens: Token[], prev: Clause, cl: Clause, next: Clause | undefined): boolean {
  const past = (c: Clause) => c.verbGroup.length === 1 && tokens[c.head].pos === 'VERB' && tokens[c.head].norm.endsWith('ed') && tokens[c.head + 1]?.norm !== 'by';
  if (!next || !past(prev) || !past(cl) || !past(next)) return false;
  const k = groupStart(next, tokens) - 1;
  return tokens[k]?.pos === 'CCONJ' && tokens[k].norm === 'and';
}

/** Whether tokens [from, to) are one noun phrase, a bracketed part ("(WFP)") allowed inside it. */
function nounPhraseBetween(tokens: Token[], depth: number[], from: number, to: number, hd: number, a: number): boolean {
  if (from >= to || !NP_POS.has(tokens[from].pos)) return false;
  for (let k = from; k < to; k++) {
    if (depth[k - a] > hd || tokens[k].text === '(' || tokens[k].text === ')') continue;
    if (!inNp(tokens, k)) return false;
  }
  return true;
}

/** For a comma at i closing a participle aside after a noun ("the police, investigating the incident in which … , have arrested"), the opening comma, or -1. */
function participleAside(tokens: Token[], i: number, a: number): number {
  for (let k = i - 1; k >= Math.max(a + 1, i - 30); k--) {
    if (tokens[k].text !== ',') continue;
    const first = tokens[k + 1];
    const participle = first.pos === 'VERB' && /(ing|ed|en)$/.test(first.norm);
    return participle && /^(NOUN|PROPN)$/.test(tokens[k - 1].pos) ? k : -1;
  }
  return -1;
}

/** "..., killing six people": a gerund after a comma continues the previous clause's subject. */
function isParticipleAdjunct(tokens: Token[], cl: Clause): boolean {
  const h = cl.head;
  return cl.verbGroup.length === 1 && tokens[h].norm.endsWith('ing') && tokens[h - 1]?.text === ',';
}

function previousClause(local: Clause[], c: number, ok: (p: Clause) => boolean): Clause | null {
  for (let p = c - 1; p >= 0; p--) if (ok(local[p])) return local[p];
  return c > 0 ? local[c - 1] : null;
}

function subjectIn(tokens: Token[], start: number, end: number, depth: number[], a: number, hd: number): [number, number] | null {
  // the first noun phrase at clause depth that is not inside a prepositional phrase
  let i = start;
  while (i < end) {
    const t = tokens[i];
    if (depth[i - a] !== hd) {
      i++;
      continue;
    }
    // "Up to 1,000 ethnic Turks", "About 200 soldiers": a quantity, not a prepositional phrase
    if (QUANTIFIERS.has(t.norm) && (tokens[i + 1]?.pos === 'NUM' || (/^(to|than|least)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.pos === 'NUM'))) {
      const j0 = tokens[i + 1].pos === 'NUM' ? i + 1 : i + 2;
      let j = j0;
      while (j < end && inNp(tokens, j)) j++;
      if (j > j0) return [i, j];
    }
    if (t.pos === 'ADP' || t.pos === 'SCONJ' || (FRONTED_PREPOSITIONS.has(t.norm) && i === start)) {
      // skip "In Baghdad," / "On Tuesday," / "According to X," / "Outside the court," — a PP up to its noun phrase end
      // ("In combing operations in Surat,": a gerund opening the phrase's noun phrase is in it)
      i++;
      if (i < end && tokens[i].pos === 'VERB' && tokens[i].norm.endsWith('ing') && NP_POS.has(tokens[i + 1]?.pos ?? '')) i++;
      const pp = i;
      // "in godhra the police arrested": an article after the phrase's noun opens the subject
      while (i < end && (NP_POS.has(tokens[i].pos) || tokens[i].text === "'s" || tokens[i].text === '-') && !(i > pp && ARTICLES.has(tokens[i].norm) && NOUNISH.has(tokens[i - 1].pos))) i++;
      continue;
    }
    // "During efforts to oust ISIS from Sirte, the US gave …", "After travelling to France, Germany and Italy,
    // Funaro hopes …": a fronted phrase with a verb in it ends at the last comma before the verb group
    if (t.pos === 'VERB') {
      let comma = end - 2;
      while (comma > i && !(tokens[comma].text === ',' && depth[comma - a] === hd)) comma--;
      if (comma > i) {
        i = comma + 1;
        continue;
      }
    }
    if (NP_POS.has(t.pos)) {
      let j = i;
      while (j < end && (inNp(tokens, j) || (tokens[j].text === '.' && tokens[j].norm.length > 1))) j++;
      // "Hundreds of UN troops", "members of Hamas": the quantity or part takes its whole
      if (j < end - 1 && tokens[j].norm === 'of' && PART_WORDS.has(tokens[j - 1].norm)) {
        j++;
        while (j < end && (NP_POS.has(tokens[j].pos) || tokens[j].text === "'s" || tokens[j].text === '-')) j++;
      }
      // coordinated subjects "Obama and Putin", "The US, Russia, and Switzerland"
      while (j < end - 1 && (tokens[j].pos === 'CCONJ' || tokens[j].text === ',') && j + 1 < end && !RELATIVES.has(tokens[j + 1].norm)) {
        let k = j + 1;
        if (tokens[k].pos === 'CCONJ') k++;
        if (k < end && NP_POS.has(tokens[k].pos)) {
          j = k;
          while (j < end && (NP_POS.has(tokens[j].pos) || tokens[j].text === "'s" || tokens[j].text === '-')) j++;
        } else break;
      }
      return [i, j];
    }
    i++;
  }
  return null;
}

function npBefore(tokens: Token[], rel: number, a: number): [number, number] | null {
  let j = rel;
  while (j > a && tokens[j - 1].text === ',') j--;
  let i = j;
  while (i > a && (NP_POS.has(tokens[i - 1].pos) || tokens[i - 1].text === "'s" || tokens[i - 1].text === '-')) i--;
  return i < j ? [i, j] : null;
}

const PERMISSION_NOUNS = new Set(['permission', 'approval', 'authorization', 'authorisation', 'go-ahead', 'light', 'mandate', 'order', 'orders', 'clearance', 'consent']);

/** Whether tokens [from, to) are only "of" and "in" phrases of a noun ("of the United Bus Company of Tehran", not "on Saturday"). */
function onlyPhrases(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 10 || (tokens[from]?.norm !== 'of' && tokens[from]?.norm !== 'in')) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.pos === 'ADP' ? t.norm !== 'of' && t.norm !== 'in' : !/^(DET|PROPN|NOUN|ADJ|NUM|PART)$/.test(t.pos) || TIME_WORDS.has(t.norm)) return false;
  }
  return true;
}

/** "gave permission to Russia to help", "the green light for Turkey to attack": the one permitted is the infinitive's doer. */
export function permitted(tokens: Token[], gs: number): [number, number] | null {
  let s = gs;
  while (s > 0 && gs - s < 6 && (NP_POS.has(tokens[s - 1].pos) && tokens[s - 1].pos !== 'PRON' || tokens[s - 1].text === "'s")) s--;
  if (s === gs || s < 2) return null;
  return /^(to|for)$/.test(tokens[s - 1].norm) && PERMISSION_NOUNS.has(tokens[s - 2].norm) ? [s, gs] : null;
}

function objectAfter(tokens: Token[], cl: Clause, end: number): [number, number] | null {
  let i = (cl.particle ?? cl.head) + 1;
  if (i >= end) return null;
  if (!NP_POS.has(tokens[i].pos)) return null;
  let j = i;
  while (j < end && (NP_POS.has(tokens[j].pos) || tokens[j].text === "'s" || tokens[j].text === '-')) j++;
  return [i, j];
}

function byAgent(tokens: Token[], from: number, end: number): [number, number] | null {
  for (let i = from; i < end; i++) {
    if (tokens[i].norm !== 'by') continue;
    let j = i + 1;
    while (j < end && (NP_POS.has(tokens[j].pos) || tokens[j].text === "'s" || tokens[j].text === '-')) j++;
    if (j > i + 1) return [i + 1, j];
  }
  return null;
}

/** Whether the words between a speech verb and the next clause only introduce it ("said on Tuesday that", "told reporters"). */
function opensReport(tokens: Token[], sp: Clause, next: Clause): boolean {
  const from = sp.head + 1;
  const to = Math.min(next.subject ? next.subject[0] : next.verbGroup[0], next.verbGroup[0]);
  if (to <= from) return true;
  let nouns = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.norm === 'that' || t.text === ',' || t.text === ':' || t.text === '“' || t.text === '"' || t.pos === 'ADV' || t.pos === 'PART') continue;
    if (/^(on|in|at|late|early|last|this|yesterday|today|to|the|a)$/.test(t.norm) || t.pos === 'NUM' || /day$|night$|week$/.test(t.norm)) continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADJ') {
      if (++nouns > 3) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** "…, medics said." / "…, said a spokesman": a speech verb after the reported words. */
function isPostposed(tokens: Token[], sp: Clause, gs: number, a: number): boolean {
  // a comma or closing quote somewhere before the speech verb's subject, and the verb near the end
  let i = gs - 1;
  let words = 0;
  while (i >= a && words < 8) {
    const t = tokens[i];
    if (t.text === ',' || t.text === '”' || t.text === '"' || t.text === "''") return i > a;
    if (t.pos === 'VERB') return false;
    words++;
    i--;
  }
  return false;
}
