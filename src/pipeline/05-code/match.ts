/** Matching one verb-pattern rule against a clause's words. */
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar-words.js';
import type { VerbRule } from '../../lexicon/verbs.js';
import type { Token } from '../../types.js';

/** Where a rule matched: the tokens it used and the window the target may sit in. */
export interface RuleMatch {
  rule: VerbRule;
  /** token indexes of the literal words matched */
  words: number[];
  /** [start, end) of the target slot, or null when the rule has no `$` */
  slot: [number, number] | null;
  /** whether `$` comes right after the head (the direct object slot) */
  objectSlot: boolean;
  /** last token index the rule used */
  last: number;
  /** the rule's final "prep $" was not found and left out ("renewed negotiations" for `renew talks with $`) */
  truncated?: boolean;
}

const MAX_GAP = 6;
const POSSESSIVE_S = new Set(["'s", '’s']);
const MONTH_NAMES = new Set(MONTHS);
const PREPOSITIONS = new Set(['with', 'to', 'on', 'against', 'at', 'in', 'into', 'from', 'for', 'of', 'over', 'toward', 'towards', 'about', 'between', 'among', 'by', 'upon', 'across', 'onto', 'near', 'around', 'inside', 'through']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART']);
/** Words that make "on/in/at X" a time adjunct ("called Netanyahu on Sunday"), never a rule's particle. */
const TIME_WORDS = new Set([...WEEKDAYS, ...MONTHS, 'dawn', 'dusk', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'weekend', 'time']);

/** True when tokens[p] (a preposition) opens a time phrase: "on Sunday", "in March", "in 2014", "at dawn". */
function opensTimePhrase(tokens: Token[], p: number): boolean {
  const next = tokens[p + 1];
  if (!next || next.sentence !== tokens[p].sentence) return false;
  return TIME_WORDS.has(next.norm) || /^(1[89]|20)\d\d$/.test(next.norm);
}

/** A verb with its own auxiliary or subject ("claimed that ISIS [had attacked]"): another clause's predicate, not a word of this rule. */
function finiteElsewhere(tokens: Token[], p: number, from: number): boolean {
  if (tokens[p].pos !== 'VERB' || p <= from) return false;
  const prev = tokens[p - 1];
  return prev.pos === 'AUX' || prev.pos === 'PROPN' || prev.pos === 'PRON' || (prev.pos === 'NOUN' && tokens[p - 2]?.pos !== 'PART');
}

/** Whether a noun phrase (not a time phrase) opens the words between a head and its "to": "wants [Putin] to". */
function objectBefore(tokens: Token[], from: number, to: number): boolean {
  let p = from;
  while (p < to && (tokens[p].pos === 'ADV' || tokens[p].pos === 'PART')) p++;
  if (p >= to) return false;
  const t = tokens[p];
  if (TIME_WORDS.has(t.norm) || /^(next|last|this|early|late)$/.test(t.norm)) return false;
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'PRON' && t.norm !== 'it');
}

/** "sit-in" still matches a rule written with "sit" (as it did when the tagger split it). */
function firstPartIn(norm: string, alts: string[]): boolean {
  const h = norm.indexOf('-');
  return h > 0 && alts.includes(norm.slice(0, h));
}

/**
 * Tries a rule on tokens after a head within [from, to); returns where it matched or null. `names`
 * marks tokens inside an actor's name, which no word of a rule stands for.
 */
export function matchRule(rule: VerbRule, tokens: Token[], from: number, to: number, names: Uint8Array | null = null): RuleMatch | null {
  let cursor = from;
  const words: number[] = [];
  let slotStart = -1;
  let slot: [number, number] | null = null;
  let objectSlot = false;
  let last = from - 1;
  for (let k = 0; k < rule.items.length; k++) {
    const item = rule.items[k];
    if (item.kind === 'target') {
      slotStart = cursor;
      if (k === 0) objectSlot = true;
      continue;
    }
    // after a target slot, allow a longer gap, but only across one noun phrase (the target's)
    const inSlot = slotStart >= 0 && slot === null;
    let limit = Math.min(to, cursor + (inSlot ? MAX_GAP + 8 : MAX_GAP));
    // `=of`: right after the word before (adverbs aside) — "said of the militia", not "said the pace of"
    if (item.next) {
      let p = cursor;
      while (p < limit && tokens[p].pos === 'ADV') p++;
      limit = Math.min(limit, p + 1);
    }
    let found = -1;
    let ofs = 0;
    // "a summit on the unrest in Iran" is no summit in Iran: a place after a noun of the rule
    // is not looked for across a topic phrase, whose own nouns it would belong to
    const afterNoun = words.length > 0 && tokens[last].pos === 'NOUN' && item.alts.every((a) => LOCATIVE.has(a));
    for (let p = cursor; p < limit; p++) {
      const t = tokens[p];
      if (afterNoun && TOPIC_PREPOSITIONS.has(t.norm) && !item.alts.includes(t.norm) && !opensTimePhrase(tokens, p)) break;
      if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'s") {
        if (t.text === ',' || t.text === ';' || t.text === '.') break;
        continue;
      }
      // "March" and "May" the months are not "march" and "may"
      const month = MONTH_NAMES.has(t.norm) && /^\p{Lu}/u.test(t.text);
      // "denied Amnesty's claims" is no `deny amnesty`: a word before "'s" owns the noun after it
      const possessor = t.pos !== 'ADP' && POSSESSIVE_S.has(tokens[p + 1]?.text ?? '');
      if (!month && !possessor && !(names !== null && names[p] === 1) && (item.alts.includes(t.lemma) || item.alts.includes(t.norm) || firstPartIn(t.norm, item.alts)) && !finiteElsewhere(tokens, p, from)) {
        // "called Netanyahu on Sunday" is not `call on $`: a preposition opening a time phrase is an adjunct
        if (!(PREPOSITIONS.has(t.norm) && opensTimePhrase(tokens, p))) {
          found = p;
          break;
        }
      }
      if (inSlot) {
        if (t.norm === 'of') {
          if (++ofs > 1) break;
        } else if (p - cursor >= MAX_GAP && !NP_TAGS.has(t.pos)) break;
      }
    }
    // "wants Putin to negotiate" is not `want to negotiate`: an object before the infinitive is its doer
    if (found >= 0 && k === 0 && item.alts.length === 1 && item.alts[0] === 'to' && tokens[found + 1]?.pos === 'VERB' && objectBefore(tokens, from, found)) return null;
    if (found < 0) {
      if (item.optional) continue;
      // "renewed negotiations" matches `renew talks|negotiations with $`: a final "prep $" is optional
      // once a content word after the head has matched (bare `fire at $` still needs its "at")
      if (k === rule.items.length - 2 && rule.items[k + 1].kind === 'target' && !item.next && item.alts.every((a) => PREPOSITIONS.has(a)) && words.some((w) => !PREPOSITIONS.has(tokens[w].norm))) {
        return { rule, words, slot: null, objectSlot: false, last, truncated: true };
      }
      return null;
    }
    if (slotStart >= 0 && slot === null) slot = [slotStart, found];
    words.push(found);
    cursor = found + 1;
    last = found;
  }
  if (slotStart >= 0 && slot === null) slot = [slotStart, to];
  return { rule, words, slot, objectSlot, last };
}

/** Candidate base forms of a verb the tagger left unlemmatised ("rebranded" → "rebrand"). */
export function baseForms(t: Token): string[] {
  const out = [t.lemma];
  if (t.norm !== t.lemma) out.push(t.norm);
  const w = t.norm;
  // also when the tagger's lemma is wrong ("staged" → "stag", "waged" → "wag")
  if (w.length > 4 && (w === t.lemma || /(?:ed|ing)$/.test(w))) {
    if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
    if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
    if (/([bdgklmnprt])\1ed$/.test(w)) out.push(w.slice(0, -3));
    if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
    if (w.endsWith('es')) out.push(w.slice(0, -2));
    if (w.endsWith('s')) out.push(w.slice(0, -1));
  }
  return out;
}
