/** Corrections to the tagger that later stages depend on. */
import type { Token } from '../../types.js';

const COMPOUND_NOUNS = new Set(['tear gas', 'cluster bombs', 'cluster munitions', 'car bomb', 'suicide bomber', 'rocket fire', 'mortar fire', 'sniper fire']);
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'gets', 'got', 'getting']);
const ATTACK_GERUNDS = new Set(['shelling', 'firing', 'shooting', 'bombing', 'fighting', 'bombardment']);
// (their first words, so that most verbs are ruled out without building a pair)
const COMPOUND_FIRST = new Set([...COMPOUND_NOUNS].map((c) => c.split(' ')[0]));
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", 'shall', 'to']);
const REPORTING = new Set(['says', 'quotes', 'tells', 'reports', 'claims', 'adds', 'warns', 'notes', 'writes']);
const OBJECT_STARTERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'two', 'three', 'several', 'dozens', 'hundreds']);
const CONTROL_VERBS = new Set(['plan', 'vow', 'pledge', 'promise', 'threaten', 'want', 'hope', 'seek', 'try', 'aim', 'need', 'agree', 'refuse', 'fail', 'intend', 'prepare', 'decide', 'continue', 'attempt', 'offer', 'demand']);

/** Words after which "to" is a preposition: "according to", "give in to", "bowed to", "yield to", "owing to", "subject to". */
const NOUN_AFTER_TO = new Set(['accord', 'according', 'bow', 'yield', 'succumb', 'cave', 'submit', 'respond', 'react', 'owing', 'thanks', 'subject', 'response', 'reaction', 'resistance', 'opposition']);

/** Verb forms the tagger does not know ("Iraqi forces retook Ramadi" reads retook as a noun), with their lemma. */
const UNKNOWN_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['retook', 'retake'], ['retaken', 'retake'], ['retakes', 'retake'], ['retaking', 'retake'],
  ['overran', 'overrun'], ['overruns', 'overrun'], ['overrunning', 'overrun'],
  ['unfroze', 'unfreeze'], ['unfrozen', 'unfreeze'],
]);

/** Irregular past forms of event verbs that the tagger reads as nouns after a subject ("Police shot a man"). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'], ['struck', 'strike'], ['fought', 'fight'], ['threw', 'throw'], ['stole', 'steal'], ['beat', 'beat'], ['took', 'take'], ['sought', 'seek'], ['froze', 'freeze'], ['broke', 'break'], ['overthrew', 'overthrow'], ['slew', 'slay'],
]);

/** Verbs whose object may be a gerund ("denied killing", "admitted shooting", "resumed shelling"). */
export const GERUND_TAKERS = new Set(['deny', 'admit', 'acknowledge', 'confess', 'avoid', 'resume', 'continue', 'consider', 'risk', 'keep', 'start', 'begin', 'recommend', 'propose']);

/** Particles of phrasal verbs ("rounded up", "locked up", "called off"). */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back']);

/** The base form of a regular past form that we know as an event verb ("rounded" → "round"), or null. */
function pastStem(norm: string, isEventVerb: (lemma: string) => boolean): string | null {
  if (!norm.endsWith('ed')) return null;
  return [norm.slice(0, -1), norm.slice(0, -2), norm.slice(0, -3)].find((x) => x.length > 1 && isEventVerb(x)) ?? null;
}

/** Makes a token a verb when it is a regular past form of an event verb of ours ("rounded" → "round"); whether it did. */
function asPastVerb(t: Token, isEventVerb: (lemma: string) => boolean): boolean {
  const stem = pastStem(t.norm, isEventVerb);
  if (!stem) return false;
  t.pos = 'VERB';
  t.lemma = stem;
  return true;
}

/**
 * The tagger reads some verbs after a plural subject as nouns ("rebels attack the base",
 * "Rebels plan to attack"): a noun right after a plural noun or name, that we know as a verb
 * and that is followed by the start of an object or by "to", is a verb.
 */
export function retagVerbs(tokens: Token[], isEventVerb: (lemma: string) => boolean): void {
  for (const t of tokens) {
    const lemma = UNKNOWN_VERB_FORMS.get(t.norm);
    if (lemma) (t.pos = 'VERB'), (t.lemma = lemma);
    // "re-imposed sanctions" imposes them again: the verb without its "re" when only that is one of ours
    else if (t.pos === 'VERB' && t.norm.startsWith('re-') && t.lemma.startsWith('re') && !isEventVerb(t.lemma) && isEventVerb(t.lemma.slice(2))) t.lemma = t.lemma.slice(2);
  }
  // (the loop below needs a word before; the text's first word may start a compound too: "Tear gas shells were burst")
  if (tokens.length > 1 && tokens[0].pos === 'VERB' && COMPOUND_FIRST.has(tokens[0].norm) && COMPOUND_NOUNS.has(`${tokens[0].norm} ${tokens[1].norm}`)) tokens[0].pos = 'NOUN';
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "tear gas", "cluster bombs": the first word of a compound weapon noun is not a verb
    if (t.pos === 'VERB' && COMPOUND_FIRST.has(t.norm) && COMPOUND_NOUNS.has(`${t.norm} ${next.norm}`)) {
      t.pos = 'NOUN';
      continue;
    }
    // "killed in Israeli shelling", "died in police firing", "the school shooting": an attack gerund after a
    // preposition or determiner and its qualifier is a noun
    if (t.pos === 'VERB' && ATTACK_GERUNDS.has(t.norm) && i >= 2 && (tokens[i - 2].pos === 'ADP' || tokens[i - 2].pos === 'DET') && /^(PROPN|ADJ|NOUN)$/.test(prev.pos)) {
      t.pos = 'NOUN';
      continue;
    }
    // "it's going to be a great game": "going to" before a verb is the future, not a trip
    // (an adverb may split it: "is going to dramatically improve")
    const afterTo = tokens[i + 2]?.pos === 'ADV' ? tokens[i + 3] : tokens[i + 2];
    if (t.norm === 'going' && next.norm === 'to' && /^(VERB|AUX)$/.test(afterTo?.pos ?? '')) {
      t.pos = 'AUX';
      continue;
    }
    // "police shot and killed the attacker": "shot" before "and" and a past verb is one too
    if (t.norm === 'shot' && t.pos !== 'VERB' && next.norm === 'and' && tokens[i + 2]?.pos === 'VERB' && tokens[i + 2].norm.endsWith('ed') && /^(NOUN|PROPN|PRON)$/.test(prev.pos)) {
      t.pos = 'VERB';
      t.lemma = 'shoot';
      continue;
    }
    // "the attack left one officer dead and three people wounded": what "left" leaves is a state, not an act
    if (t.pos === 'VERB' && RESULT_STATES.has(t.norm) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && leftBefore(tokens, i)) {
      t.pos = 'ADJ';
      continue;
    }
    // "police shot dead 98 rioters", "gunmen gunned down two guards", "Rebels shot down a helicopter"
    if ((t.norm === 'shot' && (next.norm === 'dead' || (next.norm === 'down' && /^(DET|NUM|PRON)$/.test(tokens[i + 2]?.pos ?? '')))) || (t.norm === 'gunned' && next.norm === 'down')) {
      t.pos = 'VERB';
      t.lemma = t.norm === 'shot' ? 'shoot' : 'gun';
      continue;
    }
    // "kar sevaks will court arrest": offering oneself for arrest, a protest (not a court's arrest)
    if (t.norm === 'court' && (next.norm === 'arrest' || next.norm === 'arrests') && prev.pos !== 'DET' && prev.pos !== 'ADJ' && prev.text !== "'s") {
      t.pos = 'VERB';
      t.lemma = 'court';
      continue;
    }
    // "give in to pressure", "bowed to pressure": after such a "to" the word is a noun
    // (but "moved in to seize" keeps its verb)
    const giveIn = i >= 3 && tokens[i - 2].norm === 'in' && (tokens[i - 3].lemma === 'give' || tokens[i - 3].lemma === 'cave');
    if (t.pos === 'VERB' && prev.norm === 'to' && i >= 2 && (giveIn || NOUN_AFTER_TO.has(tokens[i - 2].lemma))) {
      t.pos = 'NOUN';
      continue;
    }
    // "where police had to open fire": "police" before an auxiliary is the subject, not a verb
    if (t.pos === 'VERB' && t.norm === 'police' && (next.pos === 'AUX' || next.pos === 'VERB')) {
      t.pos = 'NOUN';
      continue;
    }
    // "their surrounding areas", "the surrounding villages": an adjective
    if (t.pos === 'VERB' && t.norm === 'surrounding' && (prev.pos === 'DET' || POSSESSIVE_DETERMINERS.has(prev.norm)) && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
      t.pos = 'ADJ';
      continue;
    }
    // "violence hit areas", "riot hit towns": a compound adjective written without its hyphen
    if (t.pos === 'VERB' && t.norm === 'hit' && HITTING_NOUNS.has(prev.norm) && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
      t.pos = 'ADJ';
      continue;
    }
    // "the British Touring Car season": a capitalised word inside a run of capitalised words is part of a name
    // (-ing forms and first names only: a title-case headline, "Russian Troops Attack Kiev", keeps its verbs;
    // "White House aide Rob Porter" does not rob)
    const inName = (t.norm.endsWith('ing') && /^\p{Lu}/u.test(prev.text) && !isSentenceStart(tokens, i - 1)) || (FIRST_NAMES.has(t.norm) && next.pos === 'PROPN' && !isSentenceStart(tokens, i));
    if (t.pos === 'VERB' && inName && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(next.text) && prev.sentence === t.sentence && next.sentence === t.sentence) {
      t.pos = 'PROPN';
      continue;
    }
    // "led by Merrill Lynch", "said Mark Strike": in running text (not a title-case headline) a capitalised verb
    // right after a name, inside its sentence, is the name's last word
    // (not after an abbreviation's full stop, where a new sentence may have started: "the U.S. Wants Japan to …")
    if (t.pos === 'VERB' && prev.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(prev.text) && !prev.text.endsWith('.') && prev.sentence === t.sentence && !isSentenceStart(tokens, i - 1) && !titleCase(tokens, i)) {
      t.pos = 'PROPN';
      continue;
    }
    // "told the Associated Press", "the Armed Forces": a capitalised past form between a determiner and a name is part of the name
    if (t.pos === 'VERB' && prev.pos === 'DET' && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}+ed$/u.test(t.text) && /^\p{Lu}/u.test(next.text) && prev.sentence === t.sentence && next.sentence === t.sentence) {
      t.pos = 'PROPN';
      continue;
    }
    // "fell to police bullets", "handed over to police custody": "police" before a noun is its modifier, not the verb "to police"
    if (t.pos === 'VERB' && t.norm === 'police' && prev.norm === 'to' && (next.pos === 'NOUN' || next.pos === 'ADJ')) {
      t.pos = 'NOUN';
      prev.pos = 'ADP';
      continue;
    }
    // "it would free 150 prisoners", ISIS could “use …": after a modal (a quote mark between is fine) a word is a verb;
    // after "to", only one we know as a verb
    const before = prev.text === '“' || prev.text === '"' ? tokens[i - 2] : prev;
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && before && before.sentence === t.sentence && MODALS.has(before.norm) /* ('to' too) */ && /^\p{L}[\p{L}-]*$/u.test(t.text)) {
      // ("agreed to re-open its borders": the verb with its "re" joined, or without it)
      const verb = before.norm !== 'to' || isEventVerb(t.norm) ? t.norm : t.norm.startsWith('re-') ? [`re${t.norm.slice(3)}`, t.norm.slice(3)].find(isEventVerb) : undefined;
      if (verb !== undefined) {
        t.pos = 'VERB';
        t.lemma = verb;
        // ("had to lathi-charge": the "to" is the infinitive's)
        if (before.norm === 'to') before.pos = 'PART';
        continue;
      }
    }
    // "The New York Times quotes one analyst": a reporting verb after a name
    if (t.pos === 'NOUN' && REPORTING.has(t.norm) && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && /^(DET|NUM|PROPN|PRON)$/.test(next.pos)) {
      t.pos = 'VERB';
      t.lemma = t.norm.replace(/s$/, '');
      continue;
    }
    // "is being pressured by congress": a participle the tagger read as an adjective, between a form of "be" and a by-agent
    if (t.pos === 'ADJ' && next.norm === 'by' && PASSIVE_AUX.has(prev.norm) && /(ed|en)$/.test(t.norm) && isEventVerb(t.lemma)) {
      t.pos = 'VERB';
      continue;
    }
    // "France and Germany welcome a resumption": a verb of ours read as an adjective, between a name and a determiner
    if (t.pos === 'ADJ' && next.pos === 'DET' && (prev.pos === 'PROPN' || (prev.pos === 'NOUN' && prev.norm.endsWith('s'))) && isEventVerb(t.lemma)) {
      t.pos = 'VERB';
      continue;
    }
    // "police rounded up 50 activists", "were locked up": a past form of ours before its particle is a verb
    if (t.pos === 'ADJ' && PARTICLES.has(next.norm) && next.sentence === t.sentence && asPastVerb(t, isEventVerb)) continue;
    // "denied killing civilians", "admitted shooting": an -ing form after a verb that takes gerunds is a verb
    if (t.pos !== 'VERB' && t.norm.endsWith('ing') && prev.pos === 'VERB' && GERUND_TAKERS.has(prev.lemma)) {
      const base = t.norm.slice(0, -3);
      const stem = [base, `${base}e`, base.slice(0, -1)].find((x) => x.length > 1 && isEventVerb(x));
      if (stem) {
        t.pos = 'VERB';
        t.lemma = stem;
        continue;
      }
    }
    // "the army, which was confronted by a mob, apprehended the man": a past form of ours after an aside's comma, before its object
    if (t.pos === 'ADJ' && prev.text === ',' && (next.pos === 'DET' || next.pos === 'PRON') && next.sentence === t.sentence && asPastVerb(t, isEventVerb)) continue;
    // "Rwanda reconciled with Burundi", "Egypt formally informed Ethiopia": a past form of ours after a name
    // (adverbs between) and before a preposition or a name is the name's verb
    const named = prev.pos === 'ADV' && i >= 2 ? tokens[i - 2] : prev;
    if (t.pos === 'ADJ' && named.pos === 'PROPN' && named.sentence === t.sentence && (next.pos === 'ADP' || (named !== prev && next.pos === 'PROPN')) && asPastVerb(t, isEventVerb)) continue;
    // "Egypt thawed relations with Turkey", "Human Rights Watch documented abuses", "The regime brutally repressed the Kurds":
    // the same after the subject that opens the sentence, when no other verb follows ("The government backed militia attacked")
    const subjectEnd = prev.pos === 'ADV' && i >= 2 ? i - 2 : i - 1;
    if (t.pos === 'ADJ' && /^(PROPN|NOUN)$/.test(tokens[subjectEnd].pos) && /^(NOUN|ADJ|DET|PROPN)$/.test(next.pos) && subjectAtStart(tokens, subjectEnd) && !verbAfter(tokens, i) && asPastVerb(t, isEventVerb)) continue;
    // "the North Korean missile launch.": a bare verb form after a singular noun of a phrase that a
    // determiner opens, at the end of the clause, is the last noun of a compound
    if (t.pos === 'VERB' && t.norm === t.lemma && prev.pos === 'NOUN' && !prev.norm.endsWith('s') && !PLURAL_NOUNS.has(prev.norm) && /^(PUNCT|ADP)$/.test(next.pos) && next.norm !== 'to' && opensWithDeterminer(tokens, i - 1)) {
      t.pos = 'NOUN';
      continue;
    }
    // "reopened the Rafah crossing to Gaza", "the border crossing with Syria": a named crossing, not someone crossing
    if (t.pos === 'VERB' && (t.norm === 'crossing' || t.norm === 'crossings') && (prev.pos === 'PROPN' || prev.norm === 'border') && !/^(DET|NUM|PRON|PROPN)$/.test(next.pos) && opensWithDeterminer(tokens, i)) {
      t.pos = 'NOUN';
      t.lemma = 'crossing';
      continue;
    }
    // "sought help from China", "forged closer ties with": a bare form right after an inflected verb and before
    // a preposition is its object, not a second verb ("helped rebuild" and "let go of" keep theirs)
    const verbBefore = prev.pos === 'VERB' ? prev : (prev.pos === 'ADV' || prev.pos === 'ADJ') && i >= 2 ? tokens[i - 2] : null;
    if (t.pos === 'VERB' && verbBefore?.pos === 'VERB' && verbBefore.norm !== verbBefore.lemma && !verbBefore.norm.endsWith('ing') && !BARE_INFINITIVE_TAKERS.has(verbBefore.lemma) && (t.norm === t.lemma || t.norm === `${t.lemma}s`) && next.pos === 'ADP' && next.norm !== 'to' && next.sentence === t.sentence) {
      t.pos = 'NOUN';
      continue;
    }
    // "a no-fly zone", "the New START treaty", "the offshore wind project": a bare form between a determiner and a noun modifies the noun
    // ("a rocket hit Sderot", "the bomb cut power": a past tense like its base form after a noun stays a verb)
    const afterNoun = prev.pos === 'NOUN';
    if (t.pos === 'VERB' && t.norm === t.lemma && (next.pos === 'NOUN' || (!afterNoun && next.pos === 'PROPN')) && !(afterNoun && (prev.norm.endsWith('s') || PLURAL_NOUNS.has(prev.norm) || SAME_FORM_PAST.has(t.norm))) && prev.pos !== 'PROPN' && prev.pos !== 'PRON' && inNounPhrase(tokens, i)) {
      t.pos = 'NOUN';
      continue;
    }
    // "claims of torture", "charged with murder": a bare verb form right after a preposition is a noun
    if (t.pos === 'VERB' && t.norm === t.lemma && prev.pos === 'ADP' && prev.norm !== 'to' && prev.sentence === t.sentence && /^\p{Ll}/u.test(t.text) && !PARTICLE_ADPS.has(prev.norm)) {
      t.pos = 'NOUN';
      continue;
    }
    // "demanded that India hand over the suspects", "insisted that Gilani step down": a mandative subjunctive
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && !t.norm.endsWith('s') && /^(DET|PRON|NUM|PROPN|ADP|PART|ADV)$/.test(next.pos) && isEventVerb(t.norm) && afterMandativeThat(tokens, i)) {
      t.pos = 'VERB';
      t.lemma = t.norm;
      continue;
    }
    if (t.pos !== 'NOUN' && !(t.pos === 'ADJ' && t.norm.endsWith('ed'))) continue;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    const subjectBefore = prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'PRON' && /^(they|we|i|you|he|she|it)$/.test(prev.norm));
    if (!subjectBefore) continue;
    // "Israel plans to launch", "Rebels plan to attack"
    const stem = t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm;
    // (not "a peace plan to the Houthis", where "to" opens a noun phrase)
    if (next.norm === 'to' && CONTROL_VERBS.has(stem) && !/^(DET|PROPN|NUM)$/.test(tokens[i + 2]?.pos ?? '')) {
      t.pos = 'VERB';
      t.lemma = stem;
      continue;
    }
    // "militants beheaded a soldier": a past tense the tagger read as a noun or adjective
    // … and "Russia alleged that …"
    if (/ed$/.test(t.norm) && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && (/^(DET|PROPN|NUM|PRON)$/.test(next.pos) || next.norm === 'that') && asPastVerb(t, isEventVerb)) continue;
    // … and an irregular one ("Police shot a man", "Rebels struck the convoy")
    const irregular = IRREGULAR_PAST.get(t.norm);
    if (irregular && /^(DET|PROPN|NUM|PRON)$/.test(next.pos) && isEventVerb(irregular)) {
      t.pos = 'VERB';
      t.lemma = irregular;
      continue;
    }
    // "rebels attack the base" (a plural noun before: a singular one would be a compound, "army base")
    if (t.norm.endsWith('s') || !(prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.norm.endsWith('s') || PLURAL_NOUNS.has(prev.norm))) continue;
    // ("police burst tear-gas shells": a bare noun object too, when the subject opens the clause)
    const opensClause = i < 2 || tokens[i - 2].sentence !== t.sentence || /^(DET|PUNCT|CCONJ)$/.test(tokens[i - 2].pos);
    if ((OBJECT_STARTERS.has(next.norm) || (opensClause && (/^(NOUN|ADJ)$/.test(next.pos) || COMPOUND_FIRST.has(next.norm)) && PLURAL_NOUNS.has(prev.norm))) && isEventVerb(t.norm)) {
      t.pos = 'VERB';
      t.lemma = t.norm;
    }
  }
}



/** Verbs whose past tense is their base form ("a rocket hit Sderot"). */
const SAME_FORM_PAST = new Set(['hit', 'cut', 'put', 'set', 'shut', 'hurt', 'cast', 'beat', 'spread', 'quit', 'let', 'bid', 'burst', 'cost', 'broadcast', 'upset', 'shed', 'split', 'thrust', 'strike', 'read']);

/** Words the tagger calls prepositions after which a bare verb is still a verb ("rather than attack", "did nothing but fight", a particle: "set out build"). */
const PARTICLE_ADPS = new Set(['up', 'down', 'out', 'off', 'back', 'over', 'than', 'but', 'except', 'like']);

/** Verbs followed by a bare infinitive ("helped rebuild", "made them leave", "let go"). */
const BARE_INFINITIVE_TAKERS = new Set(['help', 'make', 'let', 'see', 'hear', 'watch', 'have', 'bid', 'dare', 'need', 'go', 'come']);

/** Whether tokens[i] stands inside a noun phrase that a determiner of its sentence opens, modifiers only between ("a no-fly zone"). */
function inNounPhrase(tokens: Token[], i: number): boolean {
  const d = openingDeterminer(tokens, i, MODIFIER_TAGS, 4);
  return d >= 0 && tokens[d].sentence === tokens[i].sentence;
}

/** Whether the noun phrase ending at tokens[end] opens its sentence ("Saudi Arabia", "The regime", "Human Rights Watch"). */
function subjectAtStart(tokens: Token[], end: number): boolean {
  let k = end;
  while (k > 0 && end - k < 6 && /^(PROPN|NOUN|ADJ|DET|NUM)$/.test(tokens[k - 1].pos) && tokens[k - 1].sentence === tokens[end].sentence) k--;
  return isSentenceStart(tokens, k);
}

/** Whether a verb follows tokens[i] in its clause (up to a comma, semicolon, conjunction or "that"). */
function verbAfter(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === tokens[i].sentence; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === ';' || t.pos === 'CCONJ' || t.norm === 'that') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** Whether the sentence of tokens[i] is written in title case (a headline: "Russian Troops Attack Kiev"). */
function titleCase(tokens: Token[], i: number): boolean {
  const si = tokens[i].sentence;
  let words = 0;
  let capitals = 0;
  for (let k = i; k >= 0 && tokens[k].sentence === si; k--) count(tokens[k]);
  for (let k = i + 1; k < tokens.length && tokens[k].sentence === si; k++) count(tokens[k]);
  return words >= 3 && capitals / words > 0.6;
  function count(t: Token): void {
    if (!/^\p{L}/u.test(t.text) || t.text.length < 4) return;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitals++;
  }
}

/** Verbs and nouns whose "that" clause takes a bare subjunctive ("demanded that he resign"). */
const MANDATIVES = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'recommend', 'propose', 'suggest', 'require', 'order', 'stipulate', 'call']);

/** Whether tokens[i] follows a mandative "that" and the noun phrase of its subject ("demanded that Prime Minister Gilani"). */
function afterMandativeThat(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
    const p = tokens[k];
    if (p.norm === 'that') return MANDATIVES.has(tokens[k - 1].lemma) && tokens[k - 1].sentence === tokens[i].sentence;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(p.pos) && p.text !== "'s") return false;
  }
  return false;
}

const POSSESSIVE_DETERMINERS = new Set(['their', 'its', 'his', 'her', 'our', 'your', 'my']);

/** States an act leaves people in ("left three people wounded"). */
const RESULT_STATES = new Set(['wounded', 'injured', 'killed', 'stranded', 'homeless', 'displaced', 'trapped', 'paralysed', 'paralyzed', 'hospitalised', 'hospitalized']);

/** Whether a form of "leave" comes shortly before tokens[i] in its sentence, with no other verb between. */
function leftBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 10) && tokens[k].sentence === tokens[i].sentence; k--) {
    if (tokens[k].lemma === 'leave' && tokens[k].pos === 'VERB') return true;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  }
  return false;
}

/** First names that are also verbs. */
const FIRST_NAMES = new Set(['rob', 'mark', 'bill', 'will', 'pat', 'sue', 'grant', 'chase', 'bob', 'guy', 'jack', 'jean', 'drew', 'rich', 'frank', 'art', 'ray', 'gene', 'hope', 'faith', 'joy', 'dawn', 'rusty', 'wade', 'lance', 'dean', 'hunter', 'chuck', 'dick', 'sandy', 'randy', 'woody']);

/** Whether tokens[i] opens its sentence (or follows an opening quote). */
function isSentenceStart(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i - 1].sentence !== tokens[i].sentence || /^["“‘'(]$/.test(tokens[i - 1].text);
}

/** What strikes places in "violence hit areas", "flood hit villages". */
const HITTING_NOUNS = new Set(['violence', 'riot', 'riots', 'flood', 'floods', 'drought', 'quake', 'earthquake', 'cyclone', 'storm', 'strife', 'terror', 'militancy', 'insurgency', 'conflict', 'war', 'crisis', 'recession', 'tsunami', 'hurricane']);

/** Nouns that take a plural verb without an -s ("the police attack", "people flee"). */
const PLURAL_NOUNS = new Set(['police', 'people', 'military', 'army', 'government', 'public', 'staff', 'crew', 'personnel', 'cattle', 'clergy', 'youth', 'media']);

/** Whether the noun phrase ending at tokens[end] opens with a determiner, across adjectives, names and nouns ("the North Korean missile"). */
function opensWithDeterminer(tokens: Token[], end: number): boolean {
  return openingDeterminer(tokens, end, NAME_PHRASE_TAGS, 5) >= 0;
}

const NAME_PHRASE_TAGS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM', 'ADV']);

/** The determiner before tokens[end] with only words of `tags` between, looking back at most `reach` tokens; -1 if none. */
function openingDeterminer(tokens: Token[], end: number, tags: ReadonlySet<string>, reach: number): number {
  for (let j = end - 1; j >= Math.max(0, end - reach); j--) {
    const p = tokens[j].pos;
    if (p === 'DET') return j;
    if (!tags.has(p)) return -1;
  }
  return -1;
}
