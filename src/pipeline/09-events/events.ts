/**
 * Event records: each coded event gets its CAMEO and PLOVER details, actors coded for the
 * event's date, the date that governs it, modality, attribution, casualties and evidence.
 */
import { personCode } from '../../lexicon/actors.js';
import type { Lexicon } from '../../lexicon/load.js';
import { cameoInfo } from '../../ontology/cameo.js';
import { ploverFor } from '../../ontology/plover.js';
import { intentCodeFor } from '../../ontology/intents.js';
import { FUTURE_AUX, HYPOTHETICAL_VERBS } from '../06-modality/cues.js';
import { beforeTo, modalityOfToken } from '../06-modality/modality.js';
import { threatCodeFor } from '../../ontology/threats.js';
import { rejectionCodeFor } from '../../ontology/refusals.js';
import type { ActorMention, Attribution, Clause, CodedEvent, DateMention, Doc, EventActor, EventRecord, Modality } from '../../types.js';
import { bySentence } from '../by-sentence.js';
import type { Stage } from '../stage.js';
import { findCasualties } from './casualties.js';
import { focusLocation, locateEvent } from '../08-places/index.js';
import { isForce } from '../05-code/code.js';
import { IMPLIED_DOER } from '../../lexicon/implied-doer.js';
import { durationBefore } from '../07-dates/relative.js';

/** Turns the coded events into full event records. */
export const events: Stage = {
  name: 'events',
  run(doc, ctx) {
    doc.events = buildEvents(doc, ctx.lexicon);
  },
};

const VIOLENT_ROOTS = new Set(['18', '19', '20']);

/** The code and name of a doer the text does not name: the one the act implies, else an unidentified perpetrator. */
function impliedSource(rule: string): { code: string; name: string } {
  const d = IMPLIED_DOER.get(rule);
  return d ? { code: d.code, name: d.name } : { code: '---', name: 'unidentified perpetrator' };
}

/** Builds the public event records of a document. */
export function buildEvents(doc: Doc, lex: Lexicon): EventRecord[] {
  const out: EventRecord[] = [];
  const pubYear = doc.publishedAt.slice(0, 4);
  const casualtyCache = new Map<number, ReturnType<typeof findCasualties>>();
  const seen = new Set<string>();
  // per clause, the acts it coded (code, source, target), for its coordinated verbs
  const byClause = new Map<number, Set<string>>();
  const focus = doc.coded.length > 0 ? focusLocation(doc) : null;
  for (const ce of doc.coded) {
    // a release of people is CAMEO 0841, of anything else 084 ("released the mayor" / "released the ship")
    const code = ce.code === '084' && ce.target !== null ? '0841' : ce.code;
    const info = cameoInfo(code);
    if (!info) continue;
    const date = governingDate(doc, ce);
    const dateValue = date ? { value: date.value, end: date.last, precision: date.precision, text: date.text } : { value: doc.publishedAt, end: doc.publishedAt, precision: 'publication' as const, text: null };
    const source: EventActor =
      ce.source < 0
        ? { text: '', start: doc.tokens[ce.trigger[0]].start, end: doc.tokens[ce.trigger[0]].start, ...impliedSource(ce.rule) }
        : eventActor(doc, lex, doc.actors[ce.source], dateValue.value);
    const target = ce.target !== null ? eventActor(doc, lex, doc.actors[ce.target], dateValue.value) : null;
    // A capital is its government when it speaks or is spoken to, but a place when it is shelled or taken.
    if (target && doc.actors[ce.target!].kind === 'capital' && Number(info.root) >= 14) target.code = target.code.slice(0, 3);
    if (target && target.code === source.code && ce.source >= 0) continue;
    const s = doc.sentences[ce.sentence];
    const trigger = { start: doc.tokens[ce.trigger[0]].start, end: doc.tokens[ce.trigger[1] - 1].end };
    const key = `${ce.code}|${source.start}|${source.code}|${target?.start ?? -1}|${trigger.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "police shot and killed the attacker": two verbs sharing one subject and coding the same act on the
    // same target are one event, told once
    const coordinate = ce.clause >= 0 ? doc.clauses[ce.clause].coordinate : null;
    const same = `${ce.code}|${source.code}|${target?.code ?? '-'}`;
    if (coordinate !== null && byClause.get(coordinate)?.has(same)) continue;
    if (ce.clause >= 0) (byClause.get(ce.clause) ?? byClause.set(ce.clause, new Set()).get(ce.clause)!).add(same);
    // an event noun has its own modality ("the cancelled attack"); a verb, its clause's
    const clauseModality = ce.nominal ? nominalModality(doc, ce) : ce.clause >= 0 ? doc.clauseModality[ce.clause] : 'asserted';
    const modality = clauseModality === 'asserted' && noneDone(doc, ce) ? 'negated' : clauseModality;
    const attribution = ce.clause >= 0 ? doc.clauseAttribution[ce.clause] : null;
    let casualties = null;
    // (violent repression too: "30 killed in police firing")
    if (isForce(info.code)) {
      if (!casualtyCache.has(ce.sentence)) casualtyCache.set(ce.sentence, findCasualties(doc.text.slice(s.start, s.end)));
      casualties = casualtyCache.get(ce.sentence) ?? null;
    }
    // "Hamas vowed to attack Israel", "Russia said it would impose sanctions": a declared action is a threat
    // "Israel said it would free 150 prisoners": a declared cooperative act is an intent (03x)
    const declared = declaredBySource(doc, ce, modality, attribution, source.code);
    // "Obama said he would not provide support to Israel": a declared refusal is a rejection (12x)
    const refused = modality === 'negated' && declaredBySource(doc, ce, 'future', attribution, source.code);
    // (a plan reported by others — "the minister will visit Albania in June" — stays the act, labelled future,
    // as the CAMEO coders' gold standard codes it)
    // the other side of talks one actor refuses or promises has declared nothing: no event for it
    if ((declared || refused) && ce.via === 'converse') continue;
    const threat = declared ? (threatCodeFor(info.code) ?? intentCodeFor(info.code)) : refused ? rejectionCodeFor(info.code) : null;
    const coded = threat ? cameoInfo(threat)! : info;
    const plover = ploverFor(coded.code);
    const location = locateEvent(doc, ce, focus);
    // "Four children were killed in Israeli shelling in the Gaza Strip": victims of no named country are of the place it happened
    if (target && VIOLENT_ROOTS.has(info.root) && target.code.startsWith('---') && target.code.length > 3 && location?.country3 && location.span && locativeInClause(doc, ce, location.span.start)) {
      target.code = location.country3 + target.code.slice(3);
    }
    out.push({
      id: `${doc.id}#${out.length + 1}`,
      cameo: { code: coded.code, root: coded.root, name: coded.name, quadClass: coded.quadClass, goldstein: coded.goldstein },
      plover: { type: plover.type, mode: plover.mode },
      source,
      target,
      date: dateValue,
      location,
      modality: threat ? 'asserted' : modality,
      historical: dateValue.value.slice(0, 4) < pubYear,
      attribution,
      casualties: threat ? null : casualties,
      evidence: { sentence: { start: s.start, end: s.end }, trigger },
      rule: ce.rule,
      confidence: confidenceOf(doc, ce, target !== null, date !== null),
      ...(threat ? { threatened: { code: info.code, name: info.name } } : {}),
    });
  }
  return out;
}

// Verbs by which an actor declares its own coming action.
const INTENT_VERBS = new Set(['threaten', 'vow', 'pledge', 'plan', 'intend', 'want', 'warn', 'prepare', 'decide', 'promise', 'vow', 'resolve', 'swear', 'aim', 'mean', 'announce', 'say']);
// the future auxiliaries, and "would" of reported speech ("Russia said it would …")
const OWN_FUTURE = new Set([...FUTURE_AUX, 'would', "'d"]);
const EPISTEMIC = new Set(['could', 'might', 'may', 'can', 'ca', 'must', 'should']);

const LOCATIVES = new Set(['in', 'near', 'at', 'outside', 'around', 'inside', 'across', 'throughout']);

/** Whether the place at a character offset sits in the event's own clause after "in/near/at …" ("killed in the east of the Gaza Strip"). */
function locativeInClause(doc: Doc, ce: CodedEvent, offset: number): boolean {
  if (ce.clause < 0) return false;
  // to the sentence's end: the tagger may read "shelling" as a verb and end the complement there
  const from = doc.clauses[ce.clause].complement[0];
  const to = doc.sentences[ce.sentence].tokenEnd;
  let t = from;
  while (t < to && doc.tokens[t].start < offset) t++;
  if (t >= to || doc.tokens[t].start !== offset) return false;
  for (let k = t - 1; k >= Math.max(from, t - 7); k--) {
    const w = doc.tokens[k];
    if (LOCATIVES.has(w.norm)) return true;
    if (!/^(DET|ADJ|NOUN|PROPN)$/.test(w.pos) && w.norm !== 'of') return false;
  }
  return false;
}

// Adjectives by which an actor offers its own coming action: "is ready to contribute troops", "is willing to withdraw".
const READY_WORDS = new Set(['willing', 'ready', 'prepared', 'committed', 'determined', 'eager', 'keen', 'resolved']);

/**
 * An event noun's modality: its own ("the cancelled attack"), and not said to happen when a verb of
 * wanting, asking or fearing governs it ("demanded the arrest of VHP leaders", "fear arrests").
 */
function nominalModality(doc: Doc, ce: CodedEvent): Modality {
  const own = modalityOfToken(doc, ce.anchor);
  const cl = ce.clause >= 0 ? doc.clauses[ce.clause] : null;
  if (!cl || own === 'negated' || own === 'counterfactual' || ce.anchor <= cl.head) return own;
  const head = doc.tokens[cl.head].lemma;
  return HYPOTHETICAL_VERBS.has(head) || head === 'demand' ? 'hypothetical' : own;
}

/** Whether the source itself declares this (future or wished-for) action: in its own words or by its own intent verb. */
function declaredBySource(doc: Doc, ce: CodedEvent, modality: Modality, attribution: Attribution | null, sourceCode: string): boolean {
  if ((modality !== 'future' && modality !== 'hypothetical') || ce.clause < 0 || ce.source < 0) return false;
  const cl = doc.clauses[ce.clause];
  const group = cl.verbGroup.map((g) => doc.tokens[g].norm);
  if (group.some((w) => EPISTEMIC.has(w))) return false;
  const first = cl.subject ? cl.subject[0] : cl.verbGroup[0];
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) if (/^(if|unless|whether)$/.test(doc.tokens[k].norm)) return false;
  // "France is ready to contribute troops", "Syria says it is willing to withdraw"
  if (READY_WORDS.has(beforeTo(doc.tokens, cl) ?? '')) return true;
  // its own intent verb: "Obama wants to attack", "Hamas vowed to strike"
  if (cl.parent !== null) {
    const p = doc.clauses[cl.parent];
    if (INTENT_VERBS.has(doc.tokens[p.head].lemma) && p.subject !== null && cl.subject === p.subject) return true;
  }
  // its own words: "Russia said it would halt", "the army will strike, a spokesman for the army said"
  if (!group.some((w) => OWN_FUTURE.has(w)) || attribution === null) return false;
  // any speaker of the attribution counts ("Obama and Putin said they will …")
  const country = sourceCode.slice(0, 3);
  return doc.actors.some((a) => a.start >= attribution.start && a.end <= attribution.end && a.code.slice(0, 3) === country);
}

/** A person is coded by the event's date, so Maliki is IRQGOV in 2014 and not in 2016. */
function eventActor(doc: Doc, lex: Lexicon, m: ActorMention, date: string): EventActor {
  let code = m.code;
  if (m.entry?.startsWith('person:')) {
    const entry = lex.entryById.get(m.entry);
    if (entry?.roles) code = personCode(entry.roles, date);
  }
  return { text: m.text, start: m.start, end: m.end, code, name: m.name };
}

/**
 * "… almost five years after crowds trashed its embassy", "two weeks after rebels kidnapped
 * peacekeepers": an event in an after-clause led by a duration happened that long before the story.
 */
function durationAfter(doc: Doc, c: Clause): DateMention | null {
  const t = doc.tokens;
  const a = Math.min(c.subject?.[0] ?? c.verbGroup[0], c.verbGroup[0]);
  if (a < 3 || t[a - 1].norm !== 'after' || !doc.publishedAt) return null;
  const shift = durationBefore(t[a - 3].norm, t[a - 2].norm, doc.publishedAt);
  if (!shift) return null;
  const [range, precision] = shift;
  const start = t[a - 3].start;
  const end = t[a - 1].end;
  return { start, end, text: doc.text.slice(start, end), value: range.value, last: range.last, precision };
}

const UNTIL_BEFORE = /^(?:till|until|up to)\b/i;
const UNTIL_BEFORE_END = /\b(?:till|until|up to)\s+$/i;

/** The date expression that governs an event: in its clause, else its sentence, nearest first. */
export function governingDate(doc: Doc, ce: CodedEvent): DateMention | null {
  const s = doc.sentences[ce.sentence];
  const after = ce.clause >= 0 ? durationAfter(doc, doc.clauses[ce.clause]) : null;
  if (after) return after;
  const anchor = doc.tokens[ce.anchor].start;
  // (violence suffered in the event the noun names, or meeting at it: "attend the June 8 summit", "host the 2022 competition")
  const inNamedEvent = /^(04|18|19|20)/.test(ce.code);
  let clauseFrom = s.start;
  let clauseTo = s.end;
  if (ce.clause >= 0) {
    const c = doc.clauses[ce.clause];
    const a = Math.min(c.subject?.[0] ?? c.verbGroup[0], c.verbGroup[0]);
    clauseFrom = doc.tokens[a].start;
    clauseTo = doc.tokens[Math.max(a, c.complement[1] - 1)].end;
  }
  // a relative clause's words ("ISIS, which seized Mosul on Tuesday, attacked") never date this event;
  // other clauses' ("said on Tuesday that …", "seized Mosul on Tuesday after soldiers fled") may, after its own
  const governing = new Set<number>();
  for (let ci = ce.clause, hops = 0; ci >= 0 && hops < 8; hops++) {
    const c = doc.clauses[ci];
    const up = c.reportedBy ?? c.parent ?? c.coordinate;
    if (up === null || governing.has(up)) break;
    governing.add(up);
    ci = up;
  }
  const others: Array<[number, number]> = [];
  const foreign: Array<[number, number]> = [];
  const index = bySentence(doc);
  for (const ci of index.clauses[ce.sentence]) {
    const c = doc.clauses[ci];
    if (ci === ce.clause) continue;
    const from = doc.tokens[c.verbGroup[0]].start;
    const to = doc.tokens[Math.max(c.verbGroup[0], c.complement[1] - 1)].end;
    if (anchor >= from && anchor < to) continue;
    others.push([from, to]);
    if (ce.clause >= 0 && !governing.has(ci) && c.relative) foreign.push([from, to]);
  }
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of index.dates[ce.sentence]) {
    if (d.end <= s.start || d.start >= s.end) continue;
    // "alleged French complicity in the 1994 killings", "arrested a suspect in the 2015 bombing": a date that
    // qualifies a noun dates that noun's event, and violence suffered in it ("killed in Sunday's attacks"), not a later act
    if (!inNamedEvent && qualifiesNoun(doc.text, d) && !(anchor >= d.end && anchor <= d.end + 30)) continue;
    const inOther = others.some(([f, t]) => d.start >= f && d.end <= t);
    if (foreign.some(([f, t]) => d.start >= f && d.end <= t)) continue;
    const inClause = !inOther && d.start >= clauseFrom && d.end <= clauseTo;
    // "remanded in custody till April 1", "postponed until March 10 its meeting": after the act, in its own clause,
    // the date ends what the act opens, it is not its day ("banks have until April 16 to comment" still dates the comment)
    if (inClause && d.start > anchor && (UNTIL_BEFORE.test(d.text) || UNTIL_BEFORE_END.test(doc.text.slice(Math.max(0, d.start - 8), d.start)))) continue;
    const score = (inClause ? 0 : 1_000_000) + Math.abs(d.start - anchor);
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Verbs whose "no" object is the act itself ("had no comment", "said no to", "spared no effort", "made no secret"). */
const OWN_NO = new Set(['have', 'say', 'see', 'spare', 'waste', 'lose', 'make', 'leave', 'be']);

/**
 * "gave no aid to Ukraine", "sent no troops", "arrested no one": the act's own object is none, so the act did not
 * happen (the predicate may still: "terrorism knows no borders" is a fact, but no event).
 */
function noneDone(doc: Doc, ce: CodedEvent): boolean {
  if (ce.nominal || ce.clause < 0) return false;
  const cl = doc.clauses[ce.clause];
  if (cl.passive || OWN_NO.has(doc.tokens[cl.head].lemma)) return false;
  const k = cl.particle !== null ? cl.particle + 1 : cl.head + 1;
  const o = doc.tokens[k];
  if (!o || o.sentence !== doc.tokens[cl.head].sentence) return false;
  if (o.norm === 'nobody' || o.norm === 'none') return true;
  return o.norm === 'no' && o.pos === 'DET' && (k < ce.trigger[1] || doc.tokens[k + 1]?.norm === 'one');
}

/** Whether a date stands before a noun it qualifies ("the 1994 genocide", "its 2011 pull-out", "last year's election"). */
function qualifiesNoun(text: string, d: DateMention): boolean {
  if (/^\s*['’]s\s/.test(text.slice(d.end, d.end + 4))) return true;
  return /\b(?:the|its|their|his|her|this|that)\s+$/i.test(text.slice(Math.max(0, d.start - 7), d.start)) && /^\s+(?:\p{Ll}|\p{Lu}\p{Ll})/u.test(text.slice(d.end, d.end + 3));
}

function confidenceOf(doc: Doc, ce: CodedEvent, hasTarget: boolean, hasDate: boolean): number {
  let c = 0.55;
  if (ce.source < 0) return hasTarget ? 0.5 : 0.4;
  const src = doc.actors[ce.source];
  if (hasTarget) c += 0.15;
  if (hasDate) c += 0.05;
  if (src.kind === 'pronoun') c -= 0.15;
  if (src.code.startsWith('---')) c -= 0.1;
  if (ce.via === 'subject' || ce.via === 'by-agent') c += 0.1;
  if (ce.via === 'subject-phrase') c -= 0.15;
  if (ce.nominal) c -= 0.1;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}
