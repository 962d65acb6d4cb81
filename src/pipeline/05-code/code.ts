/**
 * Event coding: for each clause, the most specific verb rule that matches its words, with
 * the subject (or a passive's by-agent) as source and the actor in the rule's `$` slot as
 * target; nominal events ("the Israeli attack on Gaza") from noun rules.
 */
import type { AnchoredRules, Lexicon } from '../../lexicon/load.js';
import type { VerbRule } from '../../lexicon/verbs.js';
import { GERUND_TAKERS } from '../02-segment/retag.js';
import type { ActorMention, Clause, CodedEvent, Doc, Token } from '../../types.js';
import { existentialBefore, isInfinitive } from '../04-clauses/clauses.js';
import { ATTACK_NOUNS, SPEECH_VERBS } from '../04-clauses/words.js';
import { IMPLIED_DOER } from '../../lexicon/implied-doer.js';
import type { Stage } from '../stage.js';
import { baseForms, matchRule, type RuleMatch } from './match.js';
import { rejectionCodeFor } from '../../ontology/refusals.js';
import { demandCodeFor } from '../../ontology/demands.js';

/** Codes the clauses of a document into events. */
export const code: Stage = {
  name: 'code',
  run(doc, ctx) {
    doc.coded = codeDocument(doc, ctx.lexicon);
  },
};

// Roots whose events between co-subjects go both ways ("Brazil and the US agreed to cooperate").
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06']);
// … and acts that need two sides whatever their root ("Russia and Ukraine exchanged prisoners", "India and Pakistan exchanged fire").
const RECIPROCAL_RULES = new Set(['08.exchange.prisoners', '08.swap.prisoners', '08.swap.prisoners.bare', '19.exchange.fire', '19.skirmish', '19.clash', '19.clash.bare']);

/** Codes every clause and event noun of a document. */
export function codeDocument(doc: Doc, lex: Lexicon): CodedEvent[] {
  const tokens = doc.tokens;
  const actorAt = new Int32Array(tokens.length).fill(-1);
  // a preposition inside an actor's name is no rule's: "spoke with U.S. Secretary of State John Kerry"
  // is no `speak of $` (the name's words are: "Turkey sent the Free Syrian Army into Afrin" deploys a force)
  const namePrepositions = new Uint8Array(tokens.length);
  // the first mention of a span owns it; coordinated siblings of a pronoun are reached through `also`
  doc.actors.forEach((m, i) => {
    for (let t = m.tokenStart; t < m.tokenEnd; t++) {
      if (actorAt[t] < 0) actorAt[t] = i;
      if (t > m.tokenStart && tokens[t].pos === 'ADP') namePrepositions[t] = 1;
    }
  });
  const reporting = new Set<number>();
  for (const c of doc.clauses) if (c.reportedBy !== null) reporting.add(c.reportedBy);

  const windowEnd = doc.clauses.map((c) => c.complement[1]);
  for (let i = doc.clauses.length - 1; i >= 0; i--) {
    const c = doc.clauses[i];
    // "Hezbollah denied carrying out the attack", "admitted killing two officers": a subjectless gerund
    // right after a verb is that verb's object, and its words are the verb's rule's
    const p = c.parent ?? (i > 0 && c.subject === null && tokens[c.head].norm.endsWith('ing') && doc.clauses[i - 1].complement[1] === c.verbGroup[0] && GERUND_TAKERS.has(tokens[doc.clauses[i - 1].head].lemma) ? i - 1 : null);
    if (p !== null && p < i && doc.clauses[p].sentence === c.sentence) windowEnd[p] = Math.max(windowEnd[p], windowEnd[i]);
  }
  const out: CodedEvent[] = [];
  const consumed = new Set<number>();
  // "Evidence against Russia was presented by the US": the rule's words sit in the passive's subject
  const subjectMatch = (cl: Clause) => (cl.subject ? bestMatch(lex.verbAnchors, tokens[cl.head], tokens, cl.subject[0], cl.verbGroup[0], namePrepositions) : null);
  const codeObjectInSubject = (cl: Clause, ci: number, inSubject: RuleMatch | null) => {
    if (!inSubject || inSubject.rule.code === '000') return;
    // "100 police personnel were deployed around the court": with no deployer named, the force deployed
    // is the actor of the show of force
    if (!cl.agent && DEPLOYED_FORCE.has(inSubject.rule.id)) {
      const forces = actorsIn(doc, actorAt, cl.subject).filter((f) => hasRole(doc.actors[f].code, ['COP', 'MIL', 'PKO']));
      // (a full passive only: "police personnel deployed on roof-tops" may name a deployment told before)
      if (forces.length === 0 || cl.verbGroup.length === 1) return;
      const targets = inSubject.slot ? targetIn(doc, actorAt, tokens, inSubject.slot, false) : [];
      emit(out, doc, { clause: ci, rule: inSubject.rule, sources: forces, targets, trigger: [cl.head, cl.head + 1], anchor: cl.head, nominal: false, via: 'by-agent', sentence: cl.sentence });
      return;
    }
    // (a rule without a slot names its object's kind — "hold persons" — and fits only with a doer named or implied)
    if (!inSubject.slot && !cl.agent && !IMPLIED_DOER.has(inSubject.rule.id)) return;
    let sources = actorsIn(doc, actorAt, cl.agent);
    // a rule for one kind of doer holds in the passive too ("trades entered by 1000 London time" is no army entering)
    if (inSubject.rule.sourceRoles) sources = sources.filter((s) => hasRole(doc.actors[s].code, inSubject.rule.sourceRoles!));
    if (sources.length === 0 && (cl.agent || !IMPLIED_DOER.has(inSubject.rule.id))) return;
    const targets = inSubject.slot ? targetIn(doc, actorAt, tokens, inSubject.slot, false) : actorsIn(doc, actorAt, cl.subject);
    // "50 persons were held", "tear-gas shells were lobbed": the police, whether or not the text names them
    if (sources.length === 0) {
      if (!impliedDoerFits(tokens, cl, inSubject.rule, out, targets.length > 0)) return;
      sources = [UNKNOWN];
    }
    emit(out, doc, { clause: ci, rule: inSubject.rule, sources, targets, trigger: [cl.head, cl.head + 1], anchor: cl.head, nominal: false, via: 'by-agent', sentence: cl.sentence });
  };
  // "a mortar bomb was fired at it from the Gaza Strip": the target sits in the rule's slot, the doer
  // in the by-agent or where the weapon came from
  const codeFiredAt = (cl: Clause, ci: number, match: RuleMatch) => {
    const targets = targetIn(doc, actorAt, tokens, match.slot!, false);
    if (targets.length === 0) return;
    let sources = actorsIn(doc, actorAt, cl.agent);
    if (sources.length === 0) sources = launchedFrom(doc, actorAt, cl.head + 1, doc.sentences[cl.sentence].tokenEnd);
    if (sources.length === 0) sources = [UNKNOWN];
    for (const w of match.words) consumed.add(w);
    emit(out, doc, { clause: ci, rule: match.rule, sources, targets, trigger: [cl.head, Math.max(cl.head, match.last) + 1], anchor: cl.head, nominal: false, via: 'by-agent', sentence: cl.sentence });
  };
  doc.clauses.forEach((cl, ci) => {
    if (consumed.has(cl.head)) return;
    const head = tokens[cl.head];
    // ("had a meeting with", "was in agreement with": a main verb the tagger calls an auxiliary)
    if (head.pos !== 'VERB' && !(head.pos === 'AUX' && (head.lemma === 'be' || head.lemma === 'have'))) return;
    // the window reaches into the clause's that- and infinitive complements ("demanded that Israel lift the blockade")
    // a rule for armed actors only ("drove the Islamists out of Gao") gives way to the next rule
    // when the clause's actor is not one ("Authorities kicked the activists out of the country")
    let doers: number[] | null = null;
    const accept = (r: VerbRule) => {
      if (!r.sourceRoles) return true;
      doers ??= actorsIn(doc, actorAt, cl.passive ? cl.agent : cl.subject);
      // "A first contingent of Bangladeshi peacekeepers arrived": the doer qualifies the subject's head
      if (doers.length === 0 && !cl.passive && cl.subject) doers = actorsInPhrases(doc, actorAt, cl.subject[0], cl.verbGroup[0]);
      return doers.some((s) => hasRole(doc.actors[s].code, r.sourceRoles!));
    };
    const match = bestMatch(lex.verbAnchors, head, tokens, cl.head + 1, Math.max(windowEnd[ci], cl.head + 1), namePrepositions, accept);
    // "was blown up by": the slot after a particle is the verb's object, as right after the verb
    const objectSlot = !!match && (match.objectSlot || (match.slot !== null && cl.particle !== null && match.words[0] === cl.particle));
    // "a truck laden with explosives was seized by the police", "two inmates were captured": the rule's
    // words in the passive's subject (a thing or people, not a place taken) say more than a bare `seize $`
    const inSubject = cl.passive && (!match || !objectSlot || match.words.length === 0) ? subjectMatch(cl) : null;
    const thingSeized = cl.passive && !!match && objectSlot && match.words.length === 0 && (inSubject?.words.length ?? 0) > 0;
    if (cl.passive && (!match || !objectSlot || thingSeized)) {
      // a blocking rule ("was met with criticism") blocks the passive reading too
      if (match && match.rule.code === '000') return;
      if (match && match.slot && VIOLENT.has(match.rule.code.slice(0, 2)) && !thingSeized) codeFiredAt(cl, ci, match);
      else codeObjectInSubject(cl, ci, inSubject);
      return;
    }
    if (!match || match.rule.code === '000') return;
    const violent = VIOLENT.has(match.rule.code.slice(0, 2));
    // "demonstrate the safety of UK produce": a protest verb with a direct object shows something
    if (OBJECTLESS_RULES.has(match.rule.id) && !cl.passive && match.words.length === 0 && /^(DET|NOUN|ADJ|NUM|PRON)$/.test(tokens[cl.head + 1]?.pos ?? '')) return;
    // "Trump narrowly beat Clinton in Wisconsin", "defeated Le Pen in the runoff": a contest won at the polls
    if (violent && CONTEST_HEADS.has(head.lemma) && electoral(tokens, cl, windowEnd[ci])) return;
    // "the militant group that has seized parts of Iraq": a perfect in a relative clause describes
    // the actor's past, not an event the story reports
    if (cl.relative && !cl.gapObject && !cl.passive && cl.verbGroup.some((g) => g !== cl.head && tokens[g].lemma === 'have')) return;
    const isSpeech = SPEECH_VERBS.has(head.lemma) && reporting.has(ci);
    let sources: number[];
    let targets: number[];
    let via = 'subject';
    if (cl.passive) {
      // a reduced relative ("civilians imprisoned for …") has only its own by-agent, not the main verb's
      const reducedRelative = cl.verbGroup.length === 1;
      targets = actorsIn(doc, actorAt, cl.subject);
      const agent = cl.agent ?? (reducedRelative ? null : byAgentAnywhere(tokens, cl.head + 1, doc.sentences[cl.sentence].tokenEnd));
      // "victims killed by the MH17 crash": an accident has no doer, and is no attack
      if (agent && ACCIDENT_NOUNS.has(tokens[headNounOf(tokens, agent)].lemma)) return;
      sources = actorsIn(doc, actorAt, agent);
      // "blown up by a missile believed to be fired by pro-Russia rebels"
      // ("killed by US drones", "hit by Houthi missiles": with no launcher named, the weapon's owner fired it)
      if (agent && isWeapon(tokens[headNounOf(tokens, agent)])) {
        const launchers = launcherOf(doc, actorAt, cl, agent);
        if (launchers.length > 0 || sources.length === 0) sources = launchers;
      }
      // "Indonesia has been hit by the fall in oil prices", "hit by a catastrophic earthquake": a cause that is
      // neither an actor nor a weapon or attack is no perpetrator
      if (sources.length === 0 && agent && violent && !isAttackCause(tokens[headNounOf(tokens, agent)])) return;
      // "farmers hit by European Community cost-cutting measures": an actor qualifying a cause that is no attack did not strike
      if (sources.length > 0 && agent && violent && agentIsThing(doc, actorAt, tokens, agent)) return;
      if (sources.length === 0) sources = attackerInComplement(doc, actorAt, cl, out, violent);
      // "Two soldiers were killed in a car bombing": violence with no named perpetrator is still an event,
      // when its victim is an actor ("results were hit by low prices" is not violence)
      if (sources.length === 0 && targets.length > 0 && violent && (!reducedRelative || existentialBefore(tokens, cl.head))) sources = [UNKNOWN];
      // "over 50 persons were arrested", "he was sentenced to death": an arrest is made by the police, a
      // sentence passed by a court, whether or not the text names them (the event stage writes the implied role)
      if (sources.length === 0 && IMPLIED_DOER.has(match.rule.id) && impliedDoerFits(tokens, cl, match.rule, out, targets.length > 0)) sources = [UNKNOWN];
      via = 'by-agent';
    } else {
      sources = actorsIn(doc, actorAt, cl.subject);
      // "Rockets fired from Gaza hit Sderot": a weapon is no doer, whoever fired it is
      if (sources.length === 0 && cl.subject && isWeapon(tokens[headNounOf(tokens, cl.subject)])) {
        sources = launcherOf(doc, actorAt, cl, cl.subject);
        if (sources.length > 0) via = 'launcher';
        else if (violent) sources = [UNKNOWN];
      }
      // "A report released in the Rwandan capital alleged": no actor heads the subject, one qualifies it
      // (a visit or meeting is people's: "the trip from London arrived at Amsterdam" has no visitor)
      if (sources.length === 0 && cl.subject) {
        sources = actorsInPhrases(doc, actorAt, cl.subject[0], cl.verbGroup[0], match.rule.code.startsWith('04'));
        if (sources.length > 0) via = 'subject-phrase';
      }
      // "Ribeiro arrested five Congress leaders", "Judge Feroze remanded Ansari": a person our dictionaries do
      // not know, who arrests or remands, acts as the police or the court the act implies
      // (as the implied doer says: not a charge or prosecution, which anyone brings)
      if (sources.length === 0 && cl.subject && IMPLIED_DOER.get(match.rule.id)?.byUnknownPerson && !tokens[cl.head].norm.endsWith('ing') && namesPerson(tokens[headNounOf(tokens, cl.subject)])) sources = [UNKNOWN];
      targets = match.slot ? targetIn(doc, actorAt, tokens, match.slot, match.objectSlot, !VENUE_ROOTS.has(match.rule.code.slice(0, 2))) : [];
      // "Rebels captured two soldiers", "freed the prisoners": a rule's own object word may be an actor
      // (not in a rule whose "with $" was left out: "joined forces" has no forces as its target)
      if (!match.slot && !match.truncated) for (const w of match.words) if (actorAt[w] >= 0 && actorAt[w] !== actorAt[cl.head] && !targets.includes(actorAt[w])) targets.push(actorAt[w]);
      // "shot down 12 Russian drones", "seized a British tanker": the nation that owns the rule's object is its target
      if (!match.slot && !match.truncated && targets.length === 0) {
        const owner = nationBefore(doc, actorAt, tokens, match.words[match.words.length - 1], cl.head);
        if (owner >= 0) targets.push(owner);
      }
      if (targets.length === 0 && match.objectSlot && cl.gapObject) targets = actorsIn(doc, actorAt, cl.gapObject);
      if (cl.parent !== null && doc.clauses[cl.parent].subject === cl.subject) via = 'control';
    }
    if (match.rule.needsTarget && targets.length === 0) return;
    // "called Netanyahu on Sunday" is a call; "called the trade tensions between the US and China more than bilateral",
    // "called the escalation 'the dumbest possible way'" name something: the one called is the object itself
    if (OBJECT_ACTOR_RULES.has(match.rule.id) && !cl.passive && !objectIsActor(doc, tokens, cl.head, targets)) return;
    // "Rebels received weapons from Iran": the actor after "from" gave them
    if (match.rule.reversed) {
      // "97 died in police firing": the police killed, whoever the dead were
      const unnamedVictims = sources.length === 0 && violent;
      if (cl.passive || targets.length === 0 || (sources.length === 0 && !unnamedVictims) || sources[0] === UNKNOWN) return;
      [sources, targets] = [targets, sources];
    }
    // "staged a protest in Beijing", "holds exercises near Taiwan": a protest or show of force targets where it is held
    if (targets.length === 0 && PLACE_TARGETED.has(match.rule.code.slice(0, 2))) targets = placeIn(doc, actorAt, cl.head + 1, Math.max(windowEnd[ci], cl.head + 1));
    // the attack claimed or mourned may be described at length ("an attack targeting non-Muslims at a mall in Kenya's capital")
    if (targets.length === 0 && PLACE_TARGETED_CODES.has(match.rule.code)) targets = placeIn(doc, actorAt, cl.head + 1, doc.sentences[cl.sentence].tokenEnd);
    if (isSpeech && targets.length === 0) return;
    // "shelled Kharkiv, killing nine people": the killing is the shelling's toll, not a second event
    if (isViolentAdjunct(cl, match.rule.code, tokens) && out.some((e) => e.clause === cl.parent && isForce(e.code))) return;
    if (match.rule.sourceRoles) sources = sources.filter((s) => s !== UNKNOWN && hasRole(doc.actors[s].code, match.rule.sourceRoles!));
    // the rule's words are the verb's even when it has no subject ("…, shout slogans and court arrest": no arrest)
    if (sources.length === 0 && cl.subject === null && !cl.passive) for (const w of match.words) consumed.add(w);
    if (sources.length === 0) return;
    for (const w of match.words) consumed.add(w);
    for (let t = cl.head + 1; t <= match.last; t++) consumed.add(t);
    const trigger: [number, number] = [cl.head, Math.max(cl.head, match.last) + 1];
    // "Iran vowed not to release the sailors": an intent turned down is a rejection
    // ("Trump agreed not to seek control": what one agrees not to do is still agreed)
    const refused = match.rule.code.startsWith('03') && head.lemma !== 'agree' && negationWithin(tokens, cl.head + 1, match.last) ? rejectionCodeFor(match.rule.code) : null;
    // "A roadside bombing killed one soldier", "three were killed by an improvised explosive device"
    const bombing = match.rule.code === '190' ? bombingCode(tokens, cl) : null;
    // "A roadside bombing near Samarra killed": the town near the bomb did not plant it
    if (bombing && via === 'subject-phrase') sources = [UNKNOWN];
    emit(out, doc, { clause: ci, rule: match.rule, code: refused ?? bombing ?? undefined, sources, targets, trigger, anchor: cl.head, nominal: false, via, sentence: cl.sentence });
  });

  codeClaims(doc, actorAt, out);
  codeNominals(doc, lex, actorAt, consumed, out);
  const kept = dropRestatements(doc, absorbRequests(doc, dropBareAgreements(doc, codeDemands(doc, actorAt, out))));
  kept.sort((a, b) => a.anchor - b.anchor);
  return kept;
}

const VIOLENT = new Set(['18', '19', '20']);

/** A country or nationality shortly before a rule's object word, across numbers, adjectives and nouns only ("12 Russian drones", "a British oil tanker"), or -1. */
function nationBefore(doc: Doc, actorAt: Int32Array, tokens: Token[], w: number | undefined, head: number): number {
  if (w === undefined) return -1;
  for (let k = w - 1; k > head && k >= w - 3; k--) {
    const a = actorAt[k];
    if (a >= 0) return doc.actors[a].kind === 'country' || doc.actors[a].entry?.startsWith('demonym:') ? a : -1;
    if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NUM' && tokens[k].pos !== 'NOUN') return -1;
  }
  return -1;
}

/** Rules whose act is done to the direct object itself, an actor ("called Netanyahu"): with any other object the verb means something else. */
const OBJECT_ACTOR_RULES = new Set(['04.call']);

/** Whether the first target is the head's direct object: after the head, with nothing but a determiner or modifiers before it. */
function objectIsActor(doc: Doc, tokens: Token[], head: number, targets: number[]): boolean {
  if (targets.length === 0 || targets[0] < 0) return false;
  const start = doc.actors[targets[0]].tokenStart;
  if (start <= head) return false;
  for (let k = head + 1; k < start; k++) if (!/^(DET|ADJ|NUM|PROPN|PART)$/.test(tokens[k].pos) && tokens[k].text !== "'s") return false;
  return true;
}

/** Rules for acts that take no direct object: with one, the verb means something else ("demonstrate the safety"). */
const OBJECTLESS_RULES = new Set(['14.demonstrate']);

/** Verbs of winning a contest, which elections and games use too. */
const CONTEST_HEADS = new Set(['beat', 'defeat', 'trounce', 'rout', 'thrash', 'crush', 'edge', 'oust', 'unseat']);
const ELECTORAL_ADVERBS = new Set(['narrowly', 'easily', 'comfortably', 'handily', 'soundly', 'decisively', 'convincingly', 'resoundingly']);
const ELECTORAL_WORDS = new Set(['motion', 'motions', 'amendment', 'amendments', 'election', 'elections', 'primary', 'primaries', 'vote', 'votes', 'poll', 'polls', 'race', 'runoff', 'run-off', 'ballot', 'ballots', 'caucus', 'caucuses', 'referendum', 'contest', 'nomination', 'seat', 'points', 'percent', 'margin', 'landslide']);

/** Whether a contest verb's clause is about an election ("narrowly beat", "in the runoff", "by 10 points"). */
function electoral(tokens: Token[], cl: Clause, end: number): boolean {
  const before = tokens[cl.verbGroup[0] - 1];
  if (before && ELECTORAL_ADVERBS.has(before.norm)) return true;
  for (let t = cl.head + 1; t < Math.min(end, cl.head + 16); t++) if (ELECTORAL_WORDS.has(tokens[t].norm)) return true;
  return false;
}
/** Deployments whose force, when no deployer is named, acts itself ("police were deployed in the town"). */
const DEPLOYED_FORCE = new Set(['15.deploy.police', '15.deploy.police.to', '15.deploy.security', '15.deploy.security.to', '15.deploy', '15.deploy.to', '15.call.in.police']);
/** Words that open a reduced relative's time or place ("the two men arrested on Tuesday in Faizabad", "31 people arrested near here"). */
const REPORTED_ADJUNCT = new Set(['on', 'in', 'at', 'near', 'from', 'during', 'earlier', 'yesterday', 'today', 'last', 'overnight']);

/**
 * Whether a passive act with no doer named gets its implied doer: a full passive ("were arrested") does;
 * a reduced relative ("the militants arrested on Tuesday in Faizabad") only when a time or place follows
 * it or it follows "those" — then it reports the act — and no act of its kind came earlier in the document, which it would name again.
 */
function impliedDoerFits(tokens: Token[], cl: Clause, rule: VerbRule, out: CodedEvent[], hasTarget: boolean): boolean {
  // "the cattle are being rounded up": a verb that also takes things arrests only people
  if (!hasTarget && THING_VERBS.has(rule.id) && !(cl.subject && isPersonHead(tokens[headNounOf(tokens, cl.subject)]))) return false;
  if (cl.verbGroup.length > 1) return true;
  if (!IMPLIED_DOER.get(rule.id)?.reduced) return false;
  const next = tokens[cl.head + 1];
  // "those arrested include …", "among those detained": the act itself is reported, unless named before
  const those = cl.head > 0 && tokens[cl.head - 1].norm === 'those';
  if (!those && (!next || next.sentence !== tokens[cl.head].sentence || !REPORTED_ADJUNCT.has(next.norm))) return false;
  return !codedBefore(out, rule.code, Infinity);
}

/** Rules with an implied doer whose verb also takes things ("the cattle were rounded up"). */
const THING_VERBS = new Set(['17.round.up']);

/** Nouns for people that no suffix test finds. */
const PERSON_NOUNS = new Set(['person', 'persons', 'people', 'man', 'men', 'woman', 'women', 'youth', 'youths', 'boy', 'boys', 'girl', 'girls', 'accused', 'suspect', 'suspects', 'culprit', 'culprits', 'miscreant', 'miscreants', 'executive', 'executives', 'leader', 'leaders', 'member', 'members', 'staff', 'chief', 'head', 'aide', 'aides', 'couple', 'family', 'families', 'juvenile', 'juveniles', 'minor', 'minors', 'individual', 'individuals', 'crew', 'others', 'those', 'anyone', 'nobody', 'none', 'all', 'some', 'many', 'dozens', 'hundreds', 'thousands', 'scores']);

/** Whether a subject's head word names people: a name, a personal pronoun, a person noun ("suspects", "activists", "officers"). */
function isPersonHead(t: Token): boolean {
  if (t.pos === 'PROPN' || (t.pos === 'PRON' && /^(he|she|they|we|i|you|who|whom|them|him|her|us|me)$/.test(t.norm))) return true;
  return PERSON_NOUNS.has(t.norm) || /(?:er|or|ist|ian|ant|ent)s$/.test(t.norm);
}

/** Stricter than isPersonHead: a name, a personal pronoun or a person noun (no suffix guess: "the letter apprehended that …"). */
function namesPerson(t: Token): boolean {
  if (t.pos === 'PROPN' || (t.pos === 'PRON' && /^(he|she|they|we|i)$/.test(t.norm))) return true;
  return PERSON_NOUNS.has(t.norm);
}

/** The source index of an unidentified perpetrator. */
export const UNKNOWN = -1;

/** A gerund after a comma that reports a violent outcome of the clause before it. */
function isViolentAdjunct(cl: Clause, code: string, tokens: Token[]): boolean {
  return cl.parent !== null && VIOLENT.has(code.slice(0, 2)) && cl.verbGroup.length === 1 && tokens[cl.head].norm.endsWith('ing') && tokens[cl.head - 1]?.text === ',';
}

/** Whether an actor code carries one of the roles ("IRQMIL" has MIL; "---REBSUN" has REB). */
export function hasRole(code: string, roles: string[]): boolean {
  for (let i = 3; i + 3 <= code.length; i += 3) if (roles.includes(code.slice(i, i + 3))) return true;
  return false;
}

/** The first (most specific) rule of a head that matches, trying the head's base forms. */
function bestMatch(index: Map<string, AnchoredRules>, head: Token, tokens: Token[], from: number, to: number, names: Uint8Array | null, accept: (r: VerbRule) => boolean = () => true): RuleMatch | null {
  for (const form of baseForms(head)) {
    const anchored = index.get(form);
    if (!anchored) continue;
    // Only rules whose first required word occurs in the window (plus those that need none).
    let candidates: VerbRule[] = anchored.free;
    if (anchored.byWord.size > 0) {
      // (made at the first word found: most windows hold none, and then the free rules are all there is)
      let found: Set<VerbRule> | null = null;
      for (let i = from; i < to; i++) {
        const a = anchored.byWord.get(tokens[i].lemma);
        if (a) for (const r of a) (found ??= new Set(anchored.free)).add(r);
        if (tokens[i].norm !== tokens[i].lemma) {
          const b = anchored.byWord.get(tokens[i].norm);
          if (b) for (const r of b) (found ??= new Set(anchored.free)).add(r);
        }
      }
      if (found !== null && found.size > anchored.free.length) candidates = [...found].sort(bySpecificity);
    }
    // a rule matched without its final "prep $" counts only as specific as the words it found:
    // "attend a summit" is `attend summit` (044), not `attend summit in $` (042) short of its place
    let fallback: RuleMatch | null = null;
    for (const r of candidates) {
      if (fallback && r.specificity < fallback.rule.specificity - 3) break;
      if (!accept(r)) continue;
      const m = matchRule(r, tokens, from, to, names);
      if (m && !m.truncated) return m;
      if (m) fallback ??= m;
    }
    if (fallback) return fallback;
  }
  return null;
}

function bySpecificity(a: VerbRule, b: VerbRule): number {
  return b.specificity - a.specificity || a.order - b.order;
}

/** Actor mentions inside a token span, without those inside a prepositional phrase of it. */
function actorsIn(doc: Doc, actorAt: Int32Array, span: [number, number] | null): number[] {
  if (!span) return [];
  const out: number[] = [];
  const tokens = doc.tokens;
  let inPP = false;
  for (let t = span[0]; t < span[1]; t++) {
    const tok = tokens[t];
    if (tok.pos === 'ADP' && (tok.norm !== 'of' || isAdjunctOf(tokens, t)) && !isQuantifier(tokens, t)) inPP = true;
    if (tok.pos === 'CCONJ' || tok.text === ',') inPP = false;
    const a = actorAt[t];
    if (a < 0 || inPP) continue;
    if (out[out.length - 1] !== a) out.push(a, ...(doc.actors[a].also ?? []));
    t = doc.actors[a].tokenEnd - 1;
  }
  // "the Somali militant group al-Shabab": a generic description right before a name is that name
  for (let k = out.length - 2; k >= 0; k--) {
    const a = doc.actors[out[k]];
    const b = doc.actors[out[k + 1]];
    if (a.kind === 'agent' && a.tokenEnd === b.tokenStart && (b.kind === 'group' || b.kind === 'organization' || b.kind === 'person')) out.splice(k, 1);
  }
  // "The US commander in Iraq, General Petraeus": keep the head, not its apposition.
  return dedupeCodes(doc.actors, out);
}

/** Words that make "of" after them an adjunct's preposition ("asked ahead of the Army-Navy game"), never a noun's complement or a target's. */
const ADJUNCT_OF = new Set(['ahead', 'because', 'instead', 'regardless', 'spite', 'irrespective']);

/** Whether tokens[t] is the "of" of such a preposition ("ahead of", "instead of", "because of"). */
function isAdjunctOf(tokens: Token[], t: number): boolean {
  return tokens[t].norm === 'of' && t > 0 && ADJUNCT_OF.has(tokens[t - 1].norm);
}

/** "At least three civilians", "up to 100 protesters", "over 150 prisoners": a preposition that counts, not one that opens a phrase. */
function isQuantifier(tokens: Token[], t: number): boolean {
  const next = tokens[t + 1];
  if (!next) return false;
  if (next.norm === 'least' || next.norm === 'most') return tokens[t].norm === 'at';
  if (tokens[t].norm === 'up' && next.norm === 'to') return true;
  return next.pos === 'NUM' && /^(about|around|over|under|some|nearly|almost|than)$/.test(tokens[t].norm);
}

/**
 * The first actor anywhere between two tokens (for a subject whose head is not an actor), after any
 * quotation in the span (a quote's words are not its speaker's name: '"… 69 cts," Wilson told');
 * `notFrom`: not one that a "from" brings in (where a thing came from).
 */
function actorsInPhrases(doc: Doc, actorAt: Int32Array, from: number, to: number, notFrom = false): number[] {
  let start = from;
  for (let t = to - 1; t > from; t--) {
    if (QUOTE_MARKS.has(doc.tokens[t].text)) {
      start = t + 1;
      break;
    }
  }
  let afterFrom = false;
  for (let t = start; t < to; t++) {
    const tok = doc.tokens[t];
    if (tok.pos === 'VERB' && doc.tokens[t - 1]?.text !== '-') break;
    if (tok.pos === 'ADP') afterFrom = tok.norm === 'from';
    if (actorAt[t] >= 0 && doc.actors[actorAt[t]].kind !== 'pronoun' && !(notFrom && afterFrom)) return [actorAt[t]];
  }
  return [];
}
const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);

function dedupeCodes(actors: ActorMention[], idx: number[]): number[] {
  const seen = new Set<string>();
  return idx.filter((i) => {
    const c = actors[i].code;
    if (seen.has(c)) return false;
    seen.add(c);
    return true;
  });
}

/** Roots of statements and meetings, where a place after the object is the venue ("met Steele in London"), not whom they are with (elsewhere "bombed a market in Baghdad" strikes Iraq). */
const VENUE_ROOTS = new Set(['01', '04']);
const HOLDING_NOUNS = new Set(['custody', 'detention', 'lock-up', 'lockup']);
const LOCATIVE_PREPOSITIONS = new Set(['in', 'near', 'inside', 'outside', 'around', 'across', 'throughout']);

/** The actors in a rule's target slot: the first noun phrase there (and its coordinates). */
function targetIn(doc: Doc, actorAt: Int32Array, tokens: Token[], slot: [number, number], objectSlot: boolean, placeIsTarget = true): number[] {
  const [a, b] = slot;
  const out: number[] = [];
  // The object's noun phrase, then at most one prepositional phrase after it
  // ("endorsed an association agreement with the European Union").
  let preps = 0;
  const start = objectSlot && tokens[a]?.norm === 'that' ? a + 1 : a;
  for (let t = start; t < b && t < start + 10; t++) {
    const tok = tokens[t];
    // "expel exiled leaders of …": a participle before a noun is an adjective
    const adjectival = tok.pos === 'VERB' && (tokens[t - 1]?.text === '-' || (/(?:ed|en)$/.test(tok.norm) && tokens[t + 1] !== undefined && /^(NOUN|PROPN|ADJ)$/.test(tokens[t + 1].pos)));
    if (((tok.pos === 'VERB' && !adjectival) || tok.pos === 'AUX') || tok.text === ';' || tok.text === ',') break;
    if (tok.pos === 'SCONJ' || SUBORDINATORS.has(tok.norm)) break;
    // "a woman visiting from Canada": where one comes from is no object
    if (objectSlot && t === start && tok.norm === 'from') break;
    // ("denied carrying out the attack on the Israeli patrol": an attack's "on" phrase names its target)
    const attackOn = (tok.norm === 'on' || tok.norm === 'against') && ATTACK_NOUNS.has(tokens[t - 1]?.norm ?? '');
    if (tok.pos === 'ADP' && tok.norm !== 'of' && t > start && (!(objectSlot || attackOn) || ++preps > 1)) break;
    if (t > start && isAdjunctOf(tokens, t)) break;
    if (!placeIsTarget && t > start && LOCATIVE_PREPOSITIONS.has(tok.norm)) break;
    let m = actorAt[t];
    // "remanded Ansari to police custody": the force that holds is no target of the act
    if (m >= 0 && t > start && doc.actors[m].kind === 'agent' && HOLDING_NOUNS.has(tokens[doc.actors[m].tokenEnd]?.norm ?? '')) break;
    if (m >= 0) {
      m = placeHead(doc, actorAt, tokens, m);
      m = ownerHead(doc, actorAt, tokens, m);
      out.push(m, ...(doc.actors[m].also ?? []));
      t = doc.actors[m].tokenEnd - 1;
      // coordinated targets: "Israel and Egypt", "Israel and the Palestinians"
      const n = tokens[t + 1];
      if (!(n && (n.pos === 'CCONJ' || n.text === ',') && actorAt[t + 2] >= 0)) {
        if (n?.pos === 'CCONJ' && tokens[t + 2]?.pos === 'DET' && actorAt[t + 3] >= 0) t += 2;
        else break;
      }
    }
  }
  return dedupeCodes(doc.actors, out);
}

const PLACE_TARGETED = new Set(['14', '15']);
// … and so does a claim of an attack or sympathy for its victims ("claimed the attack on a mall in Kenya's capital")
const PLACE_TARGETED_CODES = new Set(['015', '018']);

/** The first place named after in/at/near/outside in a window ("in Beijing" → the Beijing mention). */
function placeIn(doc: Doc, actorAt: Int32Array, from: number, to: number): number[] {
  const tokens = doc.tokens;
  for (let i = from; i < to - 1; i++) {
    if (!/^(in|at|near|outside|off|around)$/.test(tokens[i].norm)) continue;
    for (let j = i + 1; j < Math.min(to, i + 5); j++) {
      const a = actorAt[j];
      if (a >= 0) {
        const kind = doc.actors[a].kind;
        return kind === 'city' || kind === 'capital' || kind === 'country' ? [a] : [];
      }
      if (!/^(DET|ADJ|PROPN|NOUN)$/.test(tokens[j].pos)) break;
    }
  }
  return [];
}

const SUBORDINATORS = new Set(['as', 'after', 'before', 'while', 'because', 'since', 'until', 'when', 'although', 'though', 'unless', 'if']);
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'governorate', 'region', 'district', 'capital', 'port', 'state', 'county', 'enclave', 'territory', 'area', 'stronghold']);

/** "the northern Iraqi city of Mosul": the place after "of" is the target, not the demonym. */
function placeHead(doc: Doc, actorAt: Int32Array, tokens: Token[], m: number): number {
  const a = doc.actors[m];
  if (!a.entry?.startsWith('demonym:')) return m;
  const n = tokens[a.tokenEnd];
  const of = tokens[a.tokenEnd + 1];
  if (n && of && PLACE_NOUNS.has(n.lemma) && of.norm === 'of' && actorAt[a.tokenEnd + 2] >= 0) return actorAt[a.tokenEnd + 2];
  return m;
}

/** "leaders of Egypt's Muslim Brotherhood", "members of Hamas": a generic role of a named group is that group. */
function ownerHead(doc: Doc, actorAt: Int32Array, tokens: Token[], m: number): number {
  const a = doc.actors[m];
  if (a.kind !== 'agent' || !a.code.startsWith('---') || tokens[a.tokenEnd]?.norm !== 'of') return m;
  let j = a.tokenEnd + 1;
  if (tokens[j]?.pos === 'DET') j++;
  let n = actorAt[j] ?? -1;
  if (n < 0) return m;
  // "Egypt's Muslim Brotherhood": the possessed group, not its country
  const after = doc.actors[n].tokenEnd;
  if ((tokens[after]?.text === "'s" || tokens[after]?.text === '’s') && (actorAt[after + 1] ?? -1) >= 0) n = actorAt[after + 1];
  const k = doc.actors[n].kind;
  return k === 'group' || k === 'organization' ? n : m;
}


/** "were killed in Israeli tank shelling": the actor qualifying an attack noun after in/during/by is the attacker; for violence, also the actor of a "when" clause after it. */
function attackerInComplement(doc: Doc, actorAt: Int32Array, cl: Clause, out: CodedEvent[], violent: boolean): number[] {
  const tokens = doc.tokens;
  // up to the sentence end: the tagger often reads "shelling" as a verb, which ends the complement
  const from = cl.complement[0];
  const to = Math.min(doc.sentences[cl.sentence].tokenEnd, from + 12);
  for (let i = from; i < to - 1; i++) {
    // "were killed when a suicide bomber blew himself up", "injured when police fired tear gas": the doer of the when-clause
    if (tokens[i].norm === 'when' && violent) {
      let j = i + 1;
      let actor = -1;
      while (j < Math.min(to + 4, i + 7) && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j].pos)) {
        if (actor < 0 && actorAt[j] >= 0 && doc.actors[actorAt[j]].kind !== 'pronoun') actor = actorAt[j];
        j++;
      }
      if (actor >= 0 && tokens[j]?.pos === 'VERB' && tokens[j].sentence === tokens[i].sentence) return [actor];
      break;
    }
    if (!/^(in|during|by)$/.test(tokens[i].norm)) continue;
    for (let j = i + 1; j < Math.min(to, i + 7); j++) {
      if (ATTACK_NOUNS.has(tokens[j].norm)) {
        for (let k = i + 1; k < j; k++) if (actorAt[k] >= 0) return [actorAt[k]];
        // "police opened fire … one person was killed in the firing": the firing named before
        if (j === i + 2 && tokens[i + 1].norm === 'the') {
          const before = earlierAttack(doc, out, tokens[j].norm, cl.sentence);
          if (before >= 0) return [before];
        }
        break;
      }
      if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[j].pos) && tokens[j].text !== '-') break;
    }
  }
  return [];
}

/** The doer of the latest use of force in this or the two sentences before whose trigger names the same act ("fired" for "the firing"), or -1. */
function earlierAttack(doc: Doc, out: CodedEvent[], noun: string, sentence: number): number {
  const stem = actStem(noun);
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    if (o.sentence < sentence - 2) break;
    if (o.source < 0 || !isForce(o.code)) continue;
    for (let t = o.trigger[0]; t < o.trigger[1]; t++) if (actStem(doc.tokens[t].norm) === stem) return o.source;
  }
  return -1;
}

/** A word without its inflection, so that "fired", "fire" and "the firing" meet. */
function actStem(w: string): string {
  return w.replace(/(ing|ed|es|s|e)$/, '');
}

const WEAPON_NOUNS = new Set(['rocket', 'missile', 'mortar', 'shell', 'bomb', 'grenade', 'projectile', 'bullet', 'round', 'munition', 'warhead', 'drone', 'stone', 'rock', 'brick', 'molotov']);
const ACCIDENT_NOUNS = new Set(['crash', 'accident', 'collision', 'derailment', 'earthquake', 'quake', 'flood', 'flooding', 'storm', 'hurricane', 'typhoon', 'cyclone', 'landslide', 'avalanche', 'tsunami', 'stampede', 'epidemic', 'outbreak', 'disease', 'heatwave']);
const LAUNCH_VERBS = new Set(['fire', 'launch', 'shoot', 'lob', 'drop', 'plant', 'fly', 'send', 'throw', 'hurl', 'pelt']);

/** Whether a word names a weapon ("Rockets" at a sentence start is tagged a name, with itself as lemma). */
function isWeapon(t: Token): boolean {
  // (a capitalised singular is a name: "Ray Stone", "Rock Hudson")
  if (t.pos === 'PROPN') return t.norm.endsWith('s') && WEAPON_NOUNS.has(t.norm.slice(0, -1));
  return WEAPON_NOUNS.has(t.lemma) || WEAPON_NOUNS.has(t.norm.endsWith('s') ? t.norm.slice(0, -1) : t.norm);
}

/** Whether a by-agent's head names a weapon, an attack or an attacker ("a roadside bomb", "sniper fire", "gunmen"). */
function isAttackCause(t: Token): boolean {
  return isWeapon(t) || ATTACK_NOUNS.has(t.norm) || BOMB_WORDS.has(t.norm) || ATTACK_CAUSES.has(t.lemma) || t.pos === 'PRON';
}
// (besides WEAPON_NOUNS, ATTACK_NOUNS and BOMB_WORDS)
const ATTACK_CAUSES = new Set(['explosion', 'blast', 'shrapnel', 'sniper', 'gunman', 'assailant', 'attacker', 'militant', 'fighter', 'soldier', 'troop', 'mob', 'crowd', 'gang', 'man', 'men', 'woman', 'group', 'unit', 'force', 'forces', 'device', 'gun', 'gunshot', 'knife', 'machete', 'car', 'truck', 'vehicle', 'jet', 'aircraft', 'helicopter', 'warplane', 'tank', 'artillery', 'sword', 'spear', 'rod', 'stick', 'club', 'acid', 'stabbing']);

/** Whether a by-agent's head is a thing that is neither an actor, a person nor a weapon or attack ("cost-cutting measures", "price falls"). */
function agentIsThing(doc: Doc, actorAt: Int32Array, tokens: Token[], agent: [number, number]): boolean {
  const h = headNounOf(tokens, agent);
  const t = tokens[h];
  return actorAt[h] < 0 && t.pos === 'NOUN' && !isAttackCause(t) && !isPersonHead(t);
}

/** The head of a noun phrase: its last noun before any preposition ("a BAK surface-to-air missile" → missile). */
function headNounOf(tokens: Token[], span: [number, number]): number {
  let head = span[0];
  for (let i = span[0]; i < span[1]; i++) {
    const t = tokens[i];
    if (t.pos === 'ADP' && t.text !== '-' && i > span[0] && tokens[i - 1].text !== '-' && tokens[i + 1]?.text !== '-') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = i;
  }
  // the agent may stop short of its head at a hyphen ("surface-to-air missile"): look just past it
  // (only there: "hit by several protests by caste groups" is hit by protests)
  const hyphenated = tokens[span[1] - 1]?.text === '-' || tokens[span[1]]?.text === '-' || tokens[span[1] + 1]?.text === '-';
  for (let i = span[1]; hyphenated && i < span[1] + 5 && i < tokens.length && tokens[i].sentence === tokens[span[0]].sentence; i++) {
    if (tokens[i].pos === 'NOUN') head = i;
    else if (tokens[i].text !== '-' && tokens[i].pos !== 'ADP' && tokens[i].pos !== 'ADJ') break;
  }
  return head;
}

/** Who fired a weapon named at `span`: the agent of "fired by X" or the place of "fired from X" right after it. */
function launcherOf(doc: Doc, actorAt: Int32Array, cl: Clause, span: [number, number]): number[] {
  const tokens = doc.tokens;
  const end = doc.sentences[cl.sentence].tokenEnd;
  for (const c of doc.clauses) {
    if (c === cl || c.sentence !== cl.sentence || !c.passive || !LAUNCH_VERBS.has(tokens[c.head].lemma)) continue;
    // the launch verb qualifies the weapon: right after it, or a few words on ("missile believed to be fired by")
    if (c.head < span[0] || c.head > Math.max(span[1], headNounOf(tokens, span) + 1) + 5) continue;
    const by = actorsIn(doc, actorAt, c.agent);
    if (by.length > 0) return by;
    const from = launchedFrom(doc, actorAt, c.head + 1, end);
    if (from.length > 0) return from;
  }
  return [];
}

/** "fired from the Gaza Strip", "launched from Lebanon": the country or group after "from", next to the verb. */
function launchedFrom(doc: Doc, actorAt: Int32Array, from: number, to: number): number[] {
  const tokens = doc.tokens;
  for (let i = from; i < Math.min(to, from + 6); i++) {
    if (tokens[i].pos === 'VERB') return [];
    if (tokens[i].norm !== 'from') continue;
    for (let j = i + 1; j < Math.min(to, i + 4); j++) {
      const a = actorAt[j];
      if (a >= 0) return doc.actors[a].kind === 'person' || doc.actors[a].kind === 'pronoun' ? [] : [a];
      if (!/^(DET|ADJ|PROPN|NOUN)$/.test(tokens[j].pos)) break;
    }
  }
  return [];
}

function byAgentAnywhere(tokens: Token[], from: number, to: number): [number, number] | null {
  // near the verb, and not past another verb ("injured in a manner not intended by Congress")
  for (let i = from; i < Math.min(to, from + 10); i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return null;
    if (tokens[i].norm === 'by') {
      let j = i + 1;
      while (j < to && /^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(tokens[j].pos)) j++;
      if (j > i + 1) return [i + 1, j];
    }
  }
  return null;
}

// Roles that speak for their side (a country's media or businesses do not).
const SIDE_ROLES = new Set(['', 'GOV', 'MIL', 'COP', 'REB', 'OPP', 'LEG', 'JUD', 'SPY', 'PTY']);
// Verbs that put a charge or a boast on record rather than report a fact.
const CLAIM_VERBS = new Set(['claim', 'allege', 'charge', 'contend', 'assert']);

/**
 * "The US claimed that ISIL had attacked Iraq": a claim that another actor used force accuses it (112);
 * a claim that the speaker itself did is a claim of responsibility (015); and a victim saying who
 * attacked it accuses them. The reported act stays coded too.
 */
function codeClaims(doc: Doc, actorAt: Int32Array, out: CodedEvent[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const e = out[k];
    if (e.clause < 0 || e.via === 'converse' || Number(e.code.slice(0, 2)) < 17) continue;
    const r = doc.clauses[e.clause].reportedBy;
    if (r === null) continue;
    const claimants = actorsIn(doc, actorAt, doc.clauses[r].subject);
    if (claimants.length === 0) continue;
    const claimant = claimants[0];
    // "Israel said a mortar bomb was fired at it from Gaza": a victim telling who attacked it accuses them
    const victim = Number(e.code.slice(0, 2)) >= 18 && !doc.clauses[e.clause].verbGroup.some((g) => doc.tokens[g].negationCue) && e.target !== null && e.source >= 0 && !doc.actors[claimant].code.startsWith('---') && SIDE_ROLES.has(doc.actors[claimant].code.slice(3, 6)) && sameSide(doc.actors[e.target].code, doc.actors[claimant].code) && !sameSide(doc.actors[e.source].code, doc.actors[claimant].code);
    if (!CLAIM_VERBS.has(doc.tokens[doc.clauses[r].head].lemma) && !victim) continue;
    const own = e.source >= 0 && countryPart(doc.actors[e.source].code) === countryPart(doc.actors[claimant].code);
    const head = doc.clauses[r].head;
    const base = { clause: r, trigger: [head, head + 1] as [number, number], sentence: e.sentence, anchor: head, nominal: false, via: 'claim' };
    if (own && e.target !== null) out.push({ ...base, rule: 'claim.responsibility', code: '015', source: claimant, target: e.target });
    // "Russia alleged that …" may already code the claim itself: a charge of violence is an accusation
    else if (!own && e.source >= 0) {
      const coded = out.filter((o) => o.clause === r && o.code.startsWith('11'));
      for (const o of coded) if (o.code === '110') o.code = '112';
      if (coded.length === 0) out.push({ ...base, rule: 'claim.accusation', code: '112', source: claimant, target: e.source });
    }
  }
}

// Verbs whose that-clause says what another actor is to do ("demanded that Turkey provide information").
const DIRECTIVE_VERBS = new Set(['demand', 'insist', 'urge', 'require', 'order', 'stipulate']);
const OBLIGATION = /^(must|should|ought)$/;

/** Whether a clause's verb group says its subject must act ("must return", "should allow"). */
function obliged(tokens: Token[], c: Clause): boolean {
  return c.verbGroup.some((k) => OBLIGATION.test(tokens[k].norm));
}

/**
 * "Russia said Sudan must return the helicopter", "the PKK demanded that Turkey provide information":
 * a cooperative act another actor is told it must take is the speaker's demand (10x) on that actor,
 * and replaces the act itself, which has not happened.
 */
function codeDemands(doc: Doc, actorAt: Int32Array, events: CodedEvent[]): CodedEvent[] {
  const tokens = doc.tokens;
  const drop = new Set<CodedEvent>();
  for (const e of [...events]) {
    // ("the Paris agreement should help": a place qualifying the subject is no actor told to act)
    if (e.clause < 0 || e.nominal || e.via === 'converse' || e.via === 'claim' || e.via === 'subject-phrase') continue;
    const demand = demandCodeFor(e.code);
    if (!demand) continue;
    const cl = doc.clauses[e.clause];
    // "the US must be ready to mediate": the obligation sits on the verb the infinitive depends on
    const must = obliged(tokens, cl) || (cl.parent !== null && isInfinitive(tokens, cl) && obliged(tokens, doc.clauses[cl.parent]));
    let g = cl.reportedBy;
    if (g === null && cl.parent !== null && DIRECTIVE_VERBS.has(tokens[doc.clauses[cl.parent].head].lemma)) g = cl.parent;
    if (g === null || (!must && !DIRECTIVE_VERBS.has(tokens[doc.clauses[g].head].lemma))) continue;
    let speaker: number | undefined = actorsIn(doc, actorAt, doc.clauses[g].subject)[0];
    // "the PKK issued a declaration demanding that …": the demand is the declarer's
    for (let p = g - 1; speaker === undefined && p >= 0 && doc.clauses[p].sentence === cl.sentence; p--) speaker = actorsIn(doc, actorAt, doc.clauses[p].subject)[0];
    // "Israel said it must defend itself" is no demand on anyone else
    if (speaker === undefined || (e.source >= 0 && sameSide(doc.actors[e.source].code, doc.actors[speaker].code))) continue;
    drop.add(e);
    const target = e.source >= 0 ? e.source : e.target;
    const already = events.find((o) => o.clause === g && o.code.startsWith('10') && !drop.has(o));
    if (already) {
      if (already.code === '100') already.code = demand;
      if (already.target === null) already.target = target;
      continue;
    }
    const head = doc.clauses[g].head;
    events.push({ clause: g, rule: 'demand.must', code: demand, source: speaker, target, trigger: [head, head + 1], sentence: e.sentence, anchor: head, nominal: false, via: 'demand' });
  }
  return drop.size === 0 ? events : events.filter((e) => !drop.has(e));
}

/** Rules for an agreement that name nothing agreed on: the last resort when what was agreed codes nothing. */
const BARE_AGREEMENTS = new Set(['03.agree.to.do']);

/** "Russia agreed to impose sanctions on Iran": what was agreed codes itself (as a declared act), no bare agreement beside it. */
function dropBareAgreements(doc: Doc, events: CodedEvent[]): CodedEvent[] {
  const bare = events.filter((e) => BARE_AGREEMENTS.has(e.rule) && e.clause >= 0);
  if (bare.length === 0) return events;
  const drop = new Set(bare.filter((b) => events.some((e) => e !== b && e.clause >= 0 && e.sentence === b.sentence && isBelow(doc, e.clause, b.clause))));
  return drop.size === 0 ? events : events.filter((e) => !drop.has(e));
}

/** Whether clause c depends, through parents and reported speech, on clause top. */
function isBelow(doc: Doc, c: number, top: number): boolean {
  for (let k = doc.clauses[c].parent ?? doc.clauses[c].reportedBy, hops = 0; k !== null && hops < 6; k = doc.clauses[k].parent ?? doc.clauses[k].reportedBy, hops++) if (k === top) return true;
  return false;
}

/**
 * "Obama wants Putin to attack", "pressured by Congress to help Iran": the act an actor is asked or
 * pressed to take has not happened; the appeal (02x), demand (10x) or pressure stands for it, and a
 * bare appeal or demand takes its kind from the act ("urged Iran to negotiate" → 026).
 */
function absorbRequests(doc: Doc, events: CodedEvent[]): CodedEvent[] {
  const drop = new Set<CodedEvent>();
  for (const e of events) {
    if (e.clause < 0 || e.nominal || e.source < 0 || e.via === 'converse') continue;
    const p = doc.clauses[e.clause].parent;
    if (p === null || !isInfinitive(doc.tokens, doc.clauses[e.clause])) continue;
    const asks = events.find((o) => o.clause === p && o !== e && o.target !== null && isRequest(o) && sameSide(doc.actors[o.target].code, doc.actors[e.source].code));
    if (!asks) continue;
    drop.add(e);
    const kind = demandCodeFor(e.code);
    if (kind && (asks.code === '020' || asks.code === '100')) asks.code = asks.code.slice(0, 2) === '02' ? `02${kind.slice(2)}` : kind;
  }
  if (drop.size === 0) return events;
  // the other side of a negotiation asked for goes with it
  const clauses = new Set([...drop].map((e) => e.clause));
  return events.filter((e) => !drop.has(e) && !(e.via === 'converse' && clauses.has(e.clause)));
}

/** Whether an event asks another actor to act: an appeal, a demand, or pressure. */
function isRequest(e: CodedEvent): boolean {
  return e.code.startsWith('02') || e.code.startsWith('10') || e.rule.includes('pressure');
}

/** Whether two codes name one actor, or a country and one of its own parts ("ISR" and "ISRGOV"; not "TURREBPKK" and "TURGOV"). */
function sameSide(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('---') || b.startsWith('---')) return false;
  return (a.length === 3 && b.startsWith(a)) || (b.length === 3 && a.startsWith(b));
}

/** The country part of an actor code ("USAGOV" → "USA"); unknown ("---") never matches. */
function countryPart(code: string): string {
  return code.startsWith('---') ? code : code.slice(0, 3);
}

/**
 * "Soldiers abandoned their weapons and fled Mosul": two coordinated verbs that code the same act by
 * the same actor are one event; the one that names its target stands for both.
 */
function dropRestatements(doc: Doc, events: CodedEvent[]): CodedEvent[] {
  const coordinated = (a: number, b: number) => a >= 0 && b >= 0 && (doc.clauses[a].coordinate === b || doc.clauses[b].coordinate === a);
  return events.filter((e) => e.target !== null || !events.some((o) => o !== e && o.target !== null && o.source === e.source && o.code === e.code && coordinated(e.clause, o.clause)));
}

// (not "explosion" or "blast" alone: a factory explosion is an accident, not a bombing)
const BOMB_WORDS = new Set(['bomb', 'bombs', 'bombing', 'bombings', 'explosive', 'explosives', 'ied', 'ieds', 'bomber', 'bombers']);

/** The CAMEO bombing code (183x) when a killing's doer is a bomb ("a roadside bombing killed", "killed by a car bomb"), else null. */
function bombingCode(tokens: Token[], cl: Clause): string | null {
  let span: [number, number] | null = cl.passive ? null : cl.subject;
  if (cl.passive) {
    const end = Math.min(cl.complement[1], cl.head + 10);
    for (let i = cl.head + 1; i < end; i++) {
      if (tokens[i].norm === 'by' || tokens[i].norm === 'in') {
        span = [i + 1, Math.min(end, i + 7)];
        break;
      }
    }
  }
  if (!span) return null;
  let bomb = false;
  let kind = '183';
  for (let i = span[0]; i < span[1]; i++) {
    const w = tokens[i].norm;
    if (cl.passive && i > span[0] && tokens[i].pos === 'ADP') break;
    if (BOMB_WORDS.has(w)) bomb = true;
    if (w === 'suicide') kind = '1831';
    else if ((w === 'car' || w === 'truck' || w === 'vehicle') && kind === '183') kind = '1832';
    else if ((w === 'roadside' || w === 'ied' || w === 'ieds' || w === 'improvised') && kind === '183') kind = '1833';
  }
  return bomb ? kind : null;
}

/** Whether a negation word sits between two tokens (inclusive). */
function negationWithin(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (/^(not|never|n't)$/.test(tokens[i].norm)) return true;
  return false;
}

interface Emit {
  clause: number;
  rule: VerbRule;
  /** a code other than the rule's (a refusal of what the rule codes) */
  code?: string;
  sources: number[];
  targets: number[];
  trigger: [number, number];
  anchor: number;
  nominal: boolean;
  via: string;
  sentence: number;
}

function emit(out: CodedEvent[], doc: Doc, e: Emit): void {
  const code = e.code ?? e.rule.code;
  const root = code.slice(0, 2);
  const base = { clause: e.clause, rule: e.rule.id, code, trigger: e.trigger, sentence: e.sentence, anchor: e.anchor, nominal: e.nominal, via: e.via };
  if (e.targets.length === 0 && e.sources.length > 1 && (RECIPROCAL_ROOTS.has(root) || RECIPROCAL_RULES.has(e.rule.id))) {
    for (const s of e.sources) for (const t of e.sources) if (s !== t) out.push({ ...base, source: s, target: t });
    return;
  }
  const converse = CONVERSE[code];
  for (const s of e.sources) {
    const targets = s === UNKNOWN ? e.targets : e.targets.filter((t) => doc.actors[t].code !== doc.actors[s].code);
    if (targets.length === 0) out.push({ ...base, source: s, target: null });
    for (const t of targets) {
      out.push({ ...base, source: s, target: t });
      // "Petraeus held talks with Suleiman": both sides talked; "the king received the envoy": the envoy visited
      if (converse && s !== UNKNOWN && doc.actors[t].kind !== 'city') out.push({ ...base, code: converse, source: t, target: s, via: 'converse' });
    }
  }
}

// Negotiations go both ways, and the guest of a host visits; a plain meeting keeps the text's direction
// ("Iraq's adviser met with Assad" is one event, as the CAMEO coders' gold standard has it).
const CONVERSE: Record<string, string> = { '043': '042', '046': '046' };

const NOMINAL_SOURCE_GAP = 3;

/** Event nouns: "the capture of Mosul by ISIS", "an Israeli air strike on Gaza". */
function codeNominals(doc: Doc, lex: Lexicon, actorAt: Int32Array, consumed: Set<number>, out: CodedEvent[]): void {
  if (lex.nounRules.size === 0) return;
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (t.pos !== 'NOUN' || consumed.has(i) || actorAt[i] >= 0) continue;
      if (!lex.nounAnchors.has(t.lemma) && !lex.nounAnchors.has(t.norm)) continue;
      // "the kar sevaks will court arrest": offering oneself for arrest is a protest, no arrest made;
      // "a cardiac arrest", "a heart attack" are no acts of anyone
      if (i > 0 && ((tokens[i - 1].lemma === 'court' && tokens[i - 1].pos === 'VERB') || MEDICAL.has(tokens[i - 1].norm))) continue;
      let end = s.tokenEnd;
      for (let j = i + 1; j < s.tokenEnd; j++) {
        if (tokens[j].pos === 'VERB' || tokens[j].text === ';') {
          end = j;
          break;
        }
      }
      const match = bestMatch(lex.nounAnchors, t, tokens, i + 1, end, null);
      if (!match || match.rule.code === '000') continue;
      // source: an actor right before the noun ("Israeli air strike", "Israel's attack"), else "by X"
      let source = -1;
      for (let j = i - 1; j >= Math.max(s.tokenStart, i - NOMINAL_SOURCE_GAP - 1); j--) {
        if (actorAt[j] >= 0) {
          source = actorAt[j];
          break;
        }
        if (!/^(ADJ|NOUN|PART)$/.test(tokens[j].pos) && tokens[j].text !== "'s" && tokens[j].text !== '-') break;
      }
      // "Karlov's assassination by a member of the security forces": with a by-agent, the one before the noun underwent it
      const by = byAgentAnywhere(tokens, i + 1, Math.min(end, i + 10));
      const doer = by ? (actorsIn(doc, actorAt, by)[0] ?? -1) : -1;
      let undergoer = -1;
      if (doer >= 0 && source >= 0 && source !== doer && tokens[i - 1]?.text === "'s") undergoer = source;
      if (doer >= 0 && (source < 0 || undergoer >= 0)) source = doer;
      // "432 arrests have been made": the police's, named or not (UNKNOWN, which the event stage names);
      // but "condemned the arrests" after "Soldiers detained the president" names that act again: no new event
      if (source < 0 && (!IMPLIED_DOER.has(match.rule.id) || refersBack(tokens, i, out, match.rule.code))) continue;
      // "killed in police firing": the killing already stands for the firing
      if (source >= 0 && isForce(match.rule.code) && out.some((o) => o.sentence === t.sentence && o.source === source && isForce(o.code))) continue;
      if (match.rule.sourceRoles && (source < 0 || !hasRole(doc.actors[source].code, match.rule.sourceRoles))) continue;
      const targets = match.slot ? targetIn(doc, actorAt, tokens, match.slot, false).filter((x) => x !== source) : [];
      if (undergoer >= 0 && !targets.includes(undergoer)) targets.unshift(undergoer);
      // ("the release of a letter by the FBI director": a rule for acts on someone needs that someone, named or not)
      if (match.rule.needsTarget && targets.length === 0 && !(match.slot && isPersonHead(tokens[headNounOf(tokens, [match.slot[0], Math.min(match.slot[1], match.slot[0] + 6)])]))) continue;
      const clause = clauseAround(doc.clauses, i);
      for (const w of match.words) consumed.add(w);
      emit(out, doc, { clause, rule: match.rule, sources: [source], targets, trigger: [i, i + 1], anchor: i, nominal: true, via: 'modifier', sentence: t.sentence });
    }
  }
}

/** Words that make an event noun a medical condition ("cardiac arrest", "heart attack", "panic attack"). */
const MEDICAL = new Set(['cardiac', 'heart', 'respiratory', 'cardiopulmonary', 'panic', 'asthma', 'anxiety', 'allergy', 'allergic']);

/** Whether a code is a use of force: violent repression (175) or an assault, fight or mass violence. */
export function isForce(code: string): boolean {
  return code.startsWith('175') || VIOLENT.has(code.slice(0, 2));
}

/** Whether an event noun with a definite determiner ("the arrests", "these detentions") names again an act of this code coded before it. */
function refersBack(tokens: Token[], i: number, out: CodedEvent[], code: string): boolean {
  const det = tokens[i - 1]?.norm;
  if (det !== 'the' && det !== 'these' && det !== 'those' && det !== 'this' && det !== 'such') return false;
  return codedBefore(out, code, i);
}

/** Whether an act of this code's kind (its first three digits) was coded before token i. */
function codedBefore(out: CodedEvent[], code: string, i: number): boolean {
  return out.some((o) => o.anchor < i && o.code.slice(0, 3) === code.slice(0, 3));
}

/** The clause whose words contain token i (for a nominal event's modality and date). */
function clauseAround(clauses: Clause[], i: number): number {
  let best = -1;
  let width = Infinity;
  clauses.forEach((c, ci) => {
    const a = Math.min(c.subject?.[0] ?? c.head, c.verbGroup[0]);
    const b = c.complement[1];
    if (a <= i && i < b && b - a < width) {
      best = ci;
      width = b - a;
    }
  });
  return best;
}
