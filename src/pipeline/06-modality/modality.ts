/**
 * Modality and attribution: each clause is asserted, negated, hypothetical, future or
 * counterfactual, from its own verb group, the conjunction that opens it and the verb it
 * depends on; and it is attributed to whoever reports it ("X said", "according to X").
 */
import type { Attribution, Clause, Doc, Modality, Predicate, Token } from '../../types.js';
import { bySentence } from '../by-sentence.js';
import type { Stage } from '../stage.js';
import { permitted } from '../04-clauses/clauses.js';
import {
  CONDITIONALS, DEFINITE_DETERMINERS, DIRECTIVE_NOUNS, FACTIVE_ADJECTIVES, FUTURE_ADJECTIVES, FUTURE_AUX, FUTURE_VERBS, HEDGES, FOR_OBJECT_VERBS, GERUND_GOVERNORS, HYPOTHETICAL_VERBS, IRREALIS_MODIFIERS, MANDATIVE_WORDS, MODAL_AUX, MODAL_NOUNS, NEGATING_VERBS,
  NEGATORS, OPEN_OF_NOUNS, POSSIBILITY_NOUNS, TEMPORAL_PREPS, WANTING_VERBS,
} from './cues.js';

/** Labels every clause with its modality and attribution; adds predicates when asked. */
export const modality: Stage = {
  name: 'modality',
  run(doc, ctx) {
    doc.clauseModality = doc.clauses.map(() => 'asserted' as Modality);
    const done = new Array<boolean>(doc.clauses.length).fill(false);
    for (let i = 0; i < doc.clauses.length; i++) resolve(doc, i, done);
    doc.clauseAttribution = doc.clauses.map((c) => attributionOf(doc, c));
    if (ctx.predicates) doc.predicates = predicatesOf(doc);
  },
};

const RANK: Record<Modality, number> = { asserted: 0, negated: 1, future: 2, hypothetical: 3, counterfactual: 4 };

function stronger(a: Modality, b: Modality): Modality {
  return RANK[a] >= RANK[b] ? a : b;
}

function resolve(doc: Doc, i: number, done: boolean[]): Modality {
  if (done[i]) return doc.clauseModality[i];
  done[i] = true;
  const cl = doc.clauses[i];
  let m = ownModality(doc.tokens, cl, doc.sentences[cl.sentence].tokenStart);
  // "may purchase more stock or make an offer": a coordinated verb without auxiliaries of its own shares them
  if (cl.coordinate !== null && cl.coordinate !== i && cl.verbGroup.length === 1 && m === 'asserted' && !finiteAfterInfinitive(doc, cl) && !gerundAfterOther(doc, cl)) {
    const c = resolve(doc, cl.coordinate, done);
    // a negation belongs to its own verb group ("has not begun talks, and said …")
    if (c !== 'asserted' && c !== 'negated') m = c;
  }
  const toAt = toIndex(doc.tokens, cl);
  // "in order to meet the standards", "so as to gain an edge": a purpose, which shares its clause's modality
  const toWord = toAt > 0 && !purposeTo(doc.tokens, toAt) ? doc.tokens[toAt - 1].norm : null;
  const toTag = toWord !== null ? doc.tokens[cl.verbGroup[0] - (doc.tokens[cl.verbGroup[0]].norm === 'to' ? 1 : 2)]?.pos : null;
  const own = m;
  const afterNoun = toWord !== null && nounBeforePhrase(doc.tokens, toAt);
  // "gave permission to Russia to help": what is permitted has not thereby happened
  const allowed = toWord !== null && permitted(doc.tokens, toAt) !== null;
  // "their aid allowed the Iraqi military to target terrorists": a past permission that took effect
  // (the noun before "to" is then the permitted doer, not "efforts to")
  const tookEffect = cl.parent !== null && cl.parent !== i && permissionTookEffect(doc, cl.parent, done) && doc.clauses[cl.parent].object?.[1] === toAt;
  const open = toWord !== null && (opensInfinitive(doc.tokens[toAt - 1], toTag) || forSubject(doc.tokens, toAt));
  if (!tookEffect && (open || afterNoun || allowed)) {
    // "efforts to woo", "a decision to expel", "more difficult to trade": not said to have happened
    m = stronger(m, FUTURE_ADJECTIVES.has(toWord!) ? 'future' : 'hypothetical');
  } else if (toWord === 'whether') {
    // "to decide whether to hear the case": an open question
    m = stronger(m, 'hypothetical');
  } else if (isPrepositionalGerund(doc.tokens, cl)) {
    // "the possibility of taking", "kept shareholders from tendering"
    m = stronger(m, 'hypothetical');
  }
  const parentIndex = governingParent(doc, i);
  if (parentIndex !== null) {
    const parent = doc.clauses[parentIndex];
    const p = resolve(doc, parentIndex, done);
    // ", arguing that …": a participle adjunct is no complement of the verb before it, whatever that verb means
    const lemma = isAdjunct(doc.tokens, cl) ? '' : doc.tokens[parent.head].lemma;
    // "rejected a proposal from StatesWest to combine": the refusal outweighs the proposal
    if (NEGATING_VERBS.has(lemma) && (m === 'asserted' || (afterNoun && own === 'asserted'))) m = 'negated';
    // "is going to attack" points ahead; "went to Paris to meet" and "have gone back to work" name a purpose
    else if (FUTURE_VERBS.has(lemma) && isPastOrPresent(m) && (lemma !== 'go' || doc.tokens[parent.head].norm === 'going' && toAt === parent.head + 1)) m = stronger(m, 'future');
    else if (HYPOTHETICAL_VERBS.has(lemma) && !tookEffect) m = stronger(m, 'hypothetical');
    else if (toWord && FUTURE_ADJECTIVES.has(toWord)) m = stronger(m, 'future');
    // a non-asserted parent carries over ("could try to take": hypothetical), a negation does not;
    // nor over an infinitive negated in its own words ("would prefer not to talk")
    if (p !== 'asserted' && p !== 'negated' && own !== 'negated') m = stronger(m, p);
    // "did not go to Paris to meet Hollande", "would not give permission to Russia to help": an infinitive
    // under a negated verb is not said to happen (nor, mostly, said not to)
    else if (p === 'negated' && m === 'asserted' && toAt >= 0) m = 'hypothetical';
  } else {
    // no governing clause found ("their plan to attack"): the word before "to" still decides,
    // or the verb right before a gerund ("is considering urging Bush", "avoid tendering")
    const word = toWord;
    const gerund = gerundGovernor(doc.tokens, cl);
    if (gerund === 'hypothetical') m = stronger(m, gerund);
    else if (gerund === 'negated' && m === 'asserted') m = 'negated';
    // "if holders avoid tendering": the governing verb's own condition, modal or future carries over
    const g = gerund !== null ? (bySentence(doc).clauses[cl.sentence].find((c) => doc.clauses[c].head === cl.head - 1) ?? -1) : -1;
    const gm = g >= 0 && g !== i ? resolve(doc, g, done) : 'asserted';
    if (gm !== 'asserted' && gm !== 'negated') m = stronger(m === 'negated' ? 'asserted' : m, gm);
    if (word && (FUTURE_ADJECTIVES.has(word) || FUTURE_VERBS.has(word) || FUTURE_VERBS.has(word.replace(/s$/, '')))) m = stronger(m, 'future');
    else if (word && (HYPOTHETICAL_VERBS.has(word) || HYPOTHETICAL_VERBS.has(word.replace(/s$/, '')))) m = stronger(m, 'hypothetical');
    else if (word && NEGATING_VERBS.has(word.replace(/s$/, '')) && m === 'asserted') m = 'negated';
  }
  // "were able to arrest 39 miscreants": a past ability is a fact; "have not been able to arrest", "were unable to" deny it
  if (own === 'asserted' && (toWord === 'able' || toWord === 'unable')) m = ableInPast(doc, parentIndex, toWord, done) ?? m;
  // "Did the army shell the town?": a question does not say that anything happened
  if (isQuestion(doc, cl.sentence) && !doc.clauses.some((c) => c.reportedBy === i)) m = stronger(m, 'hypothetical');
  doc.clauseModality[i] = m;
  return m;
}

/** After "was able to" / "had been unable to", what the past form of "be" says of the infinitive: asserted or negated; null when it is not in the past. */
function ableInPast(doc: Doc, parentIndex: number | null, word: string, done: boolean[]): Modality | null {
  if (parentIndex === null) return null;
  const parent = doc.clauses[parentIndex];
  if (doc.tokens[parent.head].lemma !== 'be' || !parent.verbGroup.some((g) => /^(was|were|been)$/.test(doc.tokens[g].norm))) return null;
  const p = resolve(doc, parentIndex, done);
  if (p === 'negated') return word === 'unable' ? 'asserted' : 'negated';
  if (p !== 'asserted') return null;
  return word === 'unable' ? 'negated' : 'asserted';
}

/** Whether the noun or adjective before an infinitive's "to" leaves the infinitive's act open ("efforts to woo", "more difficult to trade"), not a purpose ("retained bankers to assist") or a fact ("pleased to see"). */
function opensInfinitive(before: Token, tag: string | null | undefined): boolean {
  // "the authorities" and "the powers" are people, not the authority or power to act
  // ("Proposals to require …" opening a sentence may be tagged as a name)
  if (tag === 'NOUN' || tag === 'PROPN') {
    if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return tag === 'NOUN';
    const singular = before.norm.replace(/s$/, '');
    return (MODAL_NOUNS.has(before.lemma) || MODAL_NOUNS.has(before.norm) || MODAL_NOUNS.has(singular)) && !/^(authorities|powers)$/.test(before.norm);
  }
  return tag === 'ADJ' && !FUTURE_ADJECTIVES.has(before.norm) && !FACTIVE_ADJECTIVES.has(before.norm);
}

const SUPERLATIVES = /^(best|worst|most|least|greatest|biggest|largest|easiest|fastest|cheapest|safest|surest|simplest|quickest|likeliest|ideal|right|perfect)$/;

/** "difficult for Sun to meet demand", "for e-commerce to flourish", "the best person to raise": an infinitive with its own "for" subject, or after a superlative, is not said to happen. */
function forSubject(tokens: Token[], toAt: number): boolean {
  let k = toAt - 1;
  while (k > 0 && toAt - k < 7 && /^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k].pos)) {
    if (SUPERLATIVES.test(tokens[k].norm) && tokens[k + 1]?.pos === 'NOUN') return true;
    k--;
  }
  return k < toAt - 1 && tokens[k].norm === 'for';
}

/**
 * The clause a clause depends on, if any; not for a finite verb coordinated with an infinitive
 * ("declined to comment, and said …": "said" is not what was declined), unlike a bare one ("vowed to find the bombers and bring them").
 */
function governingParent(doc: Doc, i: number): number | null {
  const cl = doc.clauses[i];
  if (cl.parent === null || cl.parent === i) return null;
  if (finiteAfterInfinitive(doc, cl) && doc.clauses[cl.coordinate!].parent === cl.parent) return null;
  return cl.parent;
}

/** "vowed to continue the battle, and said …": a finite verb coordinated with an infinitive shares its subject, not its "to" or what governs it. */
function finiteAfterInfinitive(doc: Doc, cl: Clause): boolean {
  if (cl.coordinate === null || cl.verbGroup.length !== 1 || !isInflected(doc.tokens[cl.head])) return false;
  return toIndex(doc.tokens, doc.clauses[cl.coordinate]) >= 0;
}

/** "demanding Elian be returned and saying …": a gerund is not the coordinate of a verb of another form, so it shares nothing with it. */
function gerundAfterOther(doc: Doc, cl: Clause): boolean {
  const own = doc.tokens[cl.head].norm.endsWith('ing');
  return own && !doc.tokens[doc.clauses[cl.coordinate!].head].norm.endsWith('ing');
}

/** A finite verb form: "said", "turned", "takes" (not "bring", "taking"). */
function isInflected(t: Token): boolean {
  return t.pos === 'VERB' && t.norm !== t.lemma && !t.norm.endsWith('ing');
}

const PERMITTING = new Set(['allow', 'permit', 'enable']);

/** Whether a clause is an asserted permission in the plain past ("allowed", not "would be allowed" or "has allowed"). */
function permissionTookEffect(doc: Doc, p: number, done: boolean[]): boolean {
  const cl = doc.clauses[p];
  const h = doc.tokens[cl.head];
  return PERMITTING.has(h.lemma) && cl.verbGroup.length === 1 && !cl.passive && h.norm !== h.lemma && h.norm.endsWith('ed') && resolve(doc, p, done) === 'asserted';
}

/** What the verb right before a gerund makes of it: "is considering urging Bush" (hypothetical), "avoid tendering" (negated), or null. */
function gerundGovernor(tokens: Token[], cl: Clause): 'hypothetical' | 'negated' | null {
  const h = tokens[cl.head];
  const prev = tokens[cl.head - 1];
  if (cl.verbGroup.length !== 1 || !h.norm.endsWith('ing') || !prev || prev.pos !== 'VERB' || prev.sentence !== h.sentence) return null;
  return GERUND_GOVERNORS.get(prev.lemma) ?? null;
}

/** Whether a sentence is a direct question: it ends in "?", perhaps before a closing quote. */
function isQuestion(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return endsWithQuestionMark(doc.tokens, s.tokenStart, s.tokenEnd);
}

/** Whether the tokens [start, end) end in "?", perhaps before a closing quote. */
function endsWithQuestionMark(tokens: Token[], start: number, end: number): boolean {
  let k = end - 1;
  while (k > start && /^(["”’')\]]|'')$/.test(tokens[k].text)) k--;
  return tokens[k]?.text === '?';
}

/** Whether the "to" at toAt ends "in order to" or "so as to". */
function purposeTo(tokens: Token[], toAt: number): boolean {
  const a = tokens[toAt - 2]?.norm;
  const b = tokens[toAt - 1].norm;
  return (a === 'in' && b === 'order') || (a === 'so' && b === 'as');
}

/** ", killing six", ", arguing that …": a gerund after a comma. */
function isAdjunct(tokens: Token[], cl: Clause): boolean {
  return cl.verbGroup.length === 1 && tokens[cl.head].norm.endsWith('ing') && tokens[cl.head - 1]?.text === ',';
}

function isPrepositionalGerund(tokens: Token[], cl: Clause): boolean {
  const h = tokens[cl.head];
  if (cl.verbGroup.length !== 1 || !h.norm.endsWith('ing')) return false;
  const prev = tokens[cl.head - 1];
  return prev !== undefined && prev.pos === 'ADP' && !TEMPORAL_PREPS.has(prev.norm);
}

function isPastOrPresent(m: Modality): boolean {
  return m === 'asserted';
}

/** "faces pressure from Congress to help", "calls by the UN to halt": a noun, then a phrase naming who, then the infinitive's "to" at `toIdx`. */
function nounBeforePhrase(tokens: Token[], toIdx: number): boolean {
  if (toIdx < 0) return false;
  let k = toIdx - 1;
  const stop = Math.max(0, k - 6);
  while (k > stop && /^(PROPN|NOUN|DET|ADJ)$/.test(tokens[k].pos)) k--;
  return k > 0 && k < toIdx - 1 && /^(from|by|of|on)$/.test(tokens[k].norm) && DIRECTIVE_NOUNS.has(tokens[k - 1].lemma);
}

/** The index of an infinitive's "to" (first in its verb group or right before it), or -1. */
function toIndex(tokens: Token[], cl: Clause): number {
  const g = cl.verbGroup[0];
  if (tokens[g]?.norm === 'to') return g;
  // "to more effectively target": adverbs may split the infinitive
  let k = g - 1;
  while (k >= 0 && k > g - 4 && (tokens[k].pos === 'ADV' || /^(more|less|most|better)$/.test(tokens[k].norm))) k--;
  return tokens[k]?.norm === 'to' && k < g - 1 ? k : tokens[g - 1]?.norm === 'to' ? g - 1 : -1;
}

/** The word before an infinitive's "to": "certain" in "is certain to become". */
export function beforeTo(tokens: Token[], cl: Clause): string | null {
  const toIdx = toIndex(tokens, cl);
  if (toIdx < 1) return null;
  return tokens[toIdx - 1].norm;
}

const CALLED_OFF = new Set(['cancel', 'canceled', 'cancelled', 'scrap', 'scrapped', 'abort', 'aborted', 'thwart', 'thwarted', 'foil', 'foiled', 'postpone', 'postponed', 'delay', 'delayed', 'call', 'shelve', 'shelved', 'abandon', 'abandoned', 'block', 'blocked', 'prevent', 'prevented', 'avert', 'averted']);

/** Whether an event noun is said to be called off: "the now-cancelled deal", "the visit was postponed". */
function calledOff(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (CALLED_OFF.has(tokens[k].norm) && tokens[k].norm !== 'call') return true;
    if (!/^(ADJ|ADV|NOUN|PUNCT|DET)$/.test(tokens[k].pos) && tokens[k].text !== '-') break;
  }
  // the subject of "was canceled", "has been delayed", "was called off"
  for (const ci of bySentence(doc).clauses[tokens[i].sentence]) {
    const c = doc.clauses[ci];
    if (!c.subject || i < c.subject[0] || i >= c.subject[1]) continue;
    const head = tokens[c.head];
    if (CALLED_OFF.has(head.lemma) && (head.lemma !== 'call' || tokens[c.head + 1]?.norm === 'off')) return c.passive || head.lemma === 'call';
  }
  return false;
}

const NEGATIVE_SUBJECT = /^(no|nobody|none|nothing|neither|noone|no-one)$/;

function noBefore(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = doc.tokens[k];
    if (t.norm === 'no') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** The modality a clause's own words give it. */
export function ownModality(tokens: Token[], cl: Clause, sentenceStart: number): Modality {
  let future = false;
  let modal = false;
  let negated = false;
  let perfect = false;
  let hedge = false;
  for (const g of cl.verbGroup) {
    const t = tokens[g];
    if (FUTURE_AUX.has(t.norm)) future = true;
    // "are going to attack" inside one verb group
    else if (t.norm === 'going' && tokens[g + 1]?.norm === 'to' && g !== cl.head) future = true;
    else if (MODAL_AUX.has(t.norm)) modal = true;
    else if (NEGATORS.has(t.norm)) negated = true;
    else if (t.norm === 'have' && g !== cl.head) perfect = true;
    else if (HEDGES.has(t.norm)) hedge = true;
  }
  // "be going to", "is about to"
  const h = cl.head;
  for (let k = Math.max(sentenceStart, cl.verbGroup[0] - 3); k < cl.verbGroup[0]; k++) {
    const t = tokens[k];
    if (HEDGES.has(t.norm)) hedge = true;
    if (t.norm === 'never' || (t.norm === 'no' && tokens[k + 1]?.norm === 'longer')) negated = true;
  }
  if (tokens[h + 1] && /^(not|n't|never)$/.test(tokens[h + 1].norm) && tokens[h].pos === 'AUX') negated = true;
  // "a figure not seen since September", "agreements not to compete": a bare participle or infinitive negated right before it
  const before = tokens[cl.verbGroup[0] - 1];
  if (before && before.sentence === tokens[h].sentence && /^(not|n't|n’t)$/.test(before.norm) && !cl.verbGroup.some((g) => tokens[g].pos === 'AUX')) negated = true;
  // "No one held her back", "Nobody hurried", "No weapon was recovered"
  if (cl.subject && NEGATIVE_SUBJECT.test(tokens[cl.subject[0]].norm)) negated = true;
  // "demanding Elian be returned", "a suggestion that his country seek IMF help": a mandative subjunctive
  if (isMandative(tokens, cl, sentenceStart)) hedge = true;
  const opener = openerOf(tokens, cl, sentenceStart);
  const conditional = opener !== null && CONDITIONALS.has(opener);
  // "if Obama had tried" / "could have succeeded" / "would have played out"
  if (modal && perfect) return 'counterfactual';
  const inverted = invertedConditional(tokens, cl, sentenceStart);
  if (inverted) return inverted;
  if (conditional && hasPastPerfect(tokens, cl)) return 'counterfactual';
  if (conditional || hedge) return 'hypothetical';
  // "until the crisis ends", "once it wins clearance": a present tense after these points ahead
  if ((opener === 'before' || opener === 'until' || opener === 'till' || opener === 'once') && !modal && !perfect && isPresentTense(tokens[h])) return 'future';
  // "will not retreat", "won't let", "would not identify": the text says it does not happen;
  // "may not meet", "could not return": it might not — still open
  if (negated && modal) {
    const m = cl.verbGroup.map((g) => tokens[g].norm).find((n) => MODAL_AUX.has(n));
    return m === 'would' || m === "'d" ? 'negated' : 'hypothetical';
  }
  if (negated) return 'negated';
  if (modal) return 'hypothetical';
  if (future) return 'future';
  return 'asserted';
}

/** "had Singhal been detained", "should the talks fail": an auxiliary before the subject, opening the clause, makes it a condition. */
function invertedConditional(tokens: Token[], cl: Clause, sentenceStart: number): Modality | null {
  if (!cl.subject || cl.subject[1] !== cl.verbGroup[0]) return null;
  const k = cl.subject[0] - 1;
  if (k < sentenceStart || !INVERTING.has(tokens[k].norm)) return null;
  const before = tokens[k - 1];
  if (k > sentenceStart && !(before.pos === 'PUNCT' || before.pos === 'SCONJ' || before.pos === 'CCONJ')) return null;
  // (a question asks, it does not suppose: "had the police arrested anyone?")
  if (endsInQuestion(tokens, k)) return null;
  return tokens[k].norm === 'had' ? 'counterfactual' : 'hypothetical';
}

const INVERTING = new Set(['had', 'should']);

/** Whether the sentence holding tokens[i] is a question (ownModality sees tokens, not the document's sentences). */
function endsInQuestion(tokens: Token[], i: number): boolean {
  let end = i + 1;
  while (end < tokens.length && tokens[end].sentence === tokens[i].sentence) end++;
  return endsWithQuestionMark(tokens, i, end);
}

/** A base-form verb with its own subject after "demand", "insist", "a suggestion" (and perhaps "that"). */
function isMandative(tokens: Token[], cl: Clause, sentenceStart: number): boolean {
  if (!cl.subject || cl.subject[1] !== cl.verbGroup[0] || cl.subject[0] <= sentenceStart) return false;
  const first = tokens[cl.verbGroup[0]];
  const head = tokens[cl.head];
  const base = cl.verbGroup.length === 1 ? head.pos === 'VERB' && head.norm === head.lemma : first.norm === 'be';
  if (!base) return false;
  let k = cl.subject[0] - 1;
  if (tokens[k].norm === 'that' && k > sentenceStart) k--;
  return MANDATIVE_WORDS.has(tokens[k].lemma) || MANDATIVE_WORDS.has(tokens[k].norm);
}

function isPresentTense(t: Token): boolean {
  return t.pos === 'VERB' && !/ed$/.test(t.norm) && (t.norm === t.lemma || t.norm === t.lemma + 's' || t.norm === t.lemma + 'es');
}

function hasPastPerfect(tokens: Token[], cl: Clause): boolean {
  return cl.verbGroup.some((g) => tokens[g].norm === 'had') && cl.head !== cl.verbGroup.find((g) => tokens[g].norm === 'had');
}

const TEMPORAL_OPENERS = new Set(['until', 'till', 'before', 'after', 'since', 'once']);

/** The conjunction that opens a clause, if any, looking back to the previous comma or verb. */
function openerOf(tokens: Token[], cl: Clause, sentenceStart: number): string | null {
  const from = cl.subject ? Math.min(cl.subject[0], cl.verbGroup[0]) : cl.verbGroup[0];
  for (let k = from - 1; k >= Math.max(sentenceStart, from - 4); k--) {
    const t = tokens[k];
    if (CONDITIONALS.has(t.norm)) return t.norm;
    if (t.norm === 'even' || t.pos === 'ADV') continue;
    // "until the crisis ends": the tagger may call a subordinator a preposition
    if (t.pos === 'ADP' && TEMPORAL_OPENERS.has(t.norm) && cl.subject && k === cl.subject[0] - 1 && cl.subject[1] >= cl.verbGroup[0] - 1) return t.norm;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return t.pos === 'SCONJ' ? t.norm : null;
  }
  return null;
}

/** Who says so: the subject of the reporting verb, or "according to X", or a parent's source. */
function attributionOf(doc: Doc, cl: Clause): Attribution | null {
  let c: Clause | null = cl;
  for (let guard = 0; c && guard < 4; guard++) {
    if (c.reportedBy !== null) {
      const sp = doc.clauses[c.reportedBy];
      if (sp.subject) return spanAttribution(doc, ownSubject(doc.tokens, sp.subject, c));
      // "…, said a spokesman": subject after the verb
      const after = afterVerbNp(doc.tokens, sp);
      if (after) return spanAttribution(doc, after);
      return null;
    }
    c = c.parent !== null ? doc.clauses[c.parent] : null;
  }
  return accordingTo(doc, cl);
}

/** "did not enter the city, a spokesman said": the speaker starts after the reported clause's object. */
function ownSubject(tokens: Token[], subject: [number, number], reported: Clause): [number, number] {
  const obj = reported.object;
  if (!obj || subject[0] >= obj[1] || subject[1] <= obj[1]) return subject;
  let i = obj[1];
  while (i < subject[1] && (tokens[i].text === ',' || tokens[i].pos === 'CCONJ')) i++;
  return i < subject[1] ? [i, subject[1]] : subject;
}

function spanAttribution(doc: Doc, span: [number, number]): Attribution {
  const start = doc.tokens[span[0]].start;
  const end = doc.tokens[span[1] - 1].end;
  const actor = bySentence(doc).actors[doc.tokens[span[0]].sentence].find((a) => a.start >= start && a.end <= end);
  return { text: doc.text.slice(start, end), start, end, code: actor?.code ?? null };
}

/** "…, said a spokesman for the army": the speaker after the verb, with the body it speaks for. */
function afterVerbNp(tokens: Token[], sp: Clause): [number, number] | null {
  const si = tokens[sp.head].sentence;
  const np = (from: number): number => {
    let i = from;
    while (i < tokens.length && tokens[i].sentence === si && (/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[i].pos) || tokens[i].text === "'s")) i++;
    return i;
  };
  const s = sp.head + 1;
  let i = np(s);
  if (i === s) return null;
  // "spokesperson for the Israeli prime minister", "the head of the police"
  if (i < tokens.length && tokens[i].sentence === si && /^(for|of|at|with)$/.test(tokens[i].norm)) {
    const j = np(i + 1);
    if (j > i + 1) i = j;
  }
  return [s, i];
}

function accordingTo(doc: Doc, cl: Clause): Attribution | null {
  const s = doc.sentences[cl.sentence];
  const tokens = doc.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd - 2; i++) {
    if (tokens[i].norm === 'according' && tokens[i + 1].norm === 'to') {
      let j = i + 2;
      while (j < s.tokenEnd && /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[j].pos) || (j < s.tokenEnd && tokens[j].text === "'s")) j++;
      if (j > i + 2) return spanAttribution(doc, [i + 2, j]);
    }
  }
  return null;
}

/** Every verbal predicate with its modality. */
function predicatesOf(doc: Doc): Predicate[] {
  const out: Predicate[] = [];
  doc.clauses.forEach((c, i) => {
    const t = doc.tokens[c.head];
    if (t.pos === 'VERB') out.push({ text: t.text, start: t.start, end: t.end, lemma: t.lemma, modality: doc.clauseModality[i] });
  });
  return out;
}

/**
 * The modality of any token: its own clause's when it heads one; else that of the clause
 * around it, except a negation — it denies the predicate, not the nouns it takes
 * ("did not respond to the offer": the offer was made).
 */
export function modalityOfToken(doc: Doc, i: number): Modality {
  let best = -1;
  let width = Infinity;
  for (const ci of bySentence(doc).clauses[doc.tokens[i].sentence]) {
    const c = doc.clauses[ci];
    if (c.head === i) return doc.clauseModality[ci];
    const a = Math.min(c.subject?.[0] ?? c.verbGroup[0], c.verbGroup[0]);
    const b = c.complement[1];
    if (a <= i && i < b && b - a < width) {
      best = ci;
      width = b - a;
    }
  }
  const tok = doc.tokens[i];
  // "Did the army attack the town?" (the tagger finds no verb there): a question asserts nothing
  const m = best >= 0 ? doc.clauseModality[best] : isQuestion(doc, tok.sentence) ? 'hypothetical' : 'asserted';
  // "no mass cancellations", "no extensions": a "no" in the noun's own phrase
  if (tok.pos === 'NOUN' && noBefore(doc, i)) return 'negated';
  // "the now-cancelled deal", "a service … was canceled": an event that was called off did not happen
  if (tok.pos === 'NOUN' && calledOff(doc, i)) return 'negated';
  if (POSSIBILITY_NOUNS.has(doc.tokens[i].lemma) && doc.tokens[i].pos === 'NOUN') return stronger(m === 'negated' ? 'asserted' : m, 'hypothetical');
  if (tok.pos === 'NOUN') {
    const base = m === 'negated' ? 'asserted' : m;
    // "the possibility of a ground assault", "the threat of air strikes": named as what may come
    if (ofOpenNoun(doc.tokens, i)) return stronger(base, 'hypothetical');
    // "seeking the withdrawal", "called for an international conference": the object of a verb of wanting is not yet real
    const wanted = best >= 0 ? wantedObject(doc.tokens, doc.clauses[best], i) : null;
    if (wanted) return stronger(base, wanted);
  }
  // "the bombing will set back those efforts", "its effort would continue": a definite event noun is presupposed,
  // and a presupposition survives the modal, future or condition around it
  if (tok.pos === 'NOUN') {
    const np = nounPhraseOpener(doc.tokens, i);
    // "the possible arrival of his father", "postponed any action": not said to happen, whatever the clause says
    if (np.irrealis) return 'hypothetical';
    if (np.definite && m !== 'asserted' && m !== 'negated') return 'asserted';
  }
  return m === 'negated' ? 'asserted' : m;
}

/** Whether the noun at i is in the "of" phrase of a noun like "possibility", "threat" or "lack". */
function ofOpenNoun(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && i - k < 6 && (/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k].pos) || tokens[k].text === "'s" || tokens[k].text === '-')) k--;
  return k > 0 && tokens[k].norm === 'of' && OPEN_OF_NOUNS.has(tokens[k - 1].lemma) && tokens[k - 1].pos === 'NOUN';
}

/** The modality a verb of wanting gives the noun at i when it heads that verb's object ("requires shareholder approval", "called for the return"), or null. */
function wantedObject(tokens: Token[], cl: Clause, i: number): Modality | null {
  const lemma = tokens[cl.head].lemma;
  const given = WANTING_VERBS.get(lemma);
  if (!given || cl.nominal || i <= cl.head) return null;
  let k = (cl.particle ?? cl.head) + 1;
  if (FOR_OBJECT_VERBS.has(lemma)) {
    if (tokens[k]?.norm !== 'for') return null;
    k++;
  }
  while (k < i && (/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[k].pos) || tokens[k].text === "'s" || tokens[k].text === '-')) k++;
  // the noun ends the phrase: "approval" in "requires shareholder approval", not "votes" in "requires approval by votes"
  return k === i && !/^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '') ? given : null;
}

/** What opens the noun phrase an event noun heads: a definite or possessive determiner, and any irrealis modifier or "any" ("the planned attack", "any action"). */
export function nounPhraseOpener(tokens: Token[], i: number): { definite: boolean; irrealis: boolean } {
  let irrealis = false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k].sentence === tokens[i].sentence; k--) {
    const t = tokens[k];
    if ((IRREALIS_MODIFIERS.has(t.norm) && t.pos !== 'NOUN') || (t.norm === 'any' && t.pos === 'DET')) irrealis = true;
    if (DEFINITE_DETERMINERS.has(t.norm) && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PART' || t.norm.endsWith('s'))) return { definite: true, irrealis };
    // "the televised images": a participle inside the phrase, not a verb before it
    const participle = t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.norm) && /^(DET|ADJ|PRON|PART)$/.test(tokens[k - 1]?.pos ?? '');
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !participle && t.text !== '-') break;
  }
  return { definite: false, irrealis };
}
