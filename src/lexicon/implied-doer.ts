/** Acts whose doer goes without saying: an arrest is the police's, a sentence a court's, a curfew the authorities'. */
import type { VerbRule } from './verbs.js';

/** The doer an act implies, as the event's source. */
export interface ImpliedDoer {
  code: string;
  name: string;
  /** a reduced relative ("the men arrested on Tuesday") may report the act; "the curfew imposed in Sudan" names one in force */
  reduced: boolean;
  /** a person our dictionaries do not know who does it acts as this doer ("Ribeiro arrested …"); not for a charge, which anyone brings */
  byUnknownPerson: boolean;
}

const POLICE: ImpliedDoer = { code: '---COP', name: 'police (implied by the arrest)', reduced: true, byUnknownPerson: true };
const COURT: ImpliedDoer = { code: '---JUD', name: 'court (implied by the sentence)', reduced: true, byUnknownPerson: true };
// ("Pittway Corp charged Black and Decker with infringing": a charge or prosecution anyone brings)
const CHARGE: ImpliedDoer = { ...COURT, byUnknownPerson: false };
const TEAR_GAS: ImpliedDoer = { code: '---COP', name: 'police (implied by the tear gas)', reduced: true, byUnknownPerson: true };
const AUTHORITIES: ImpliedDoer = { code: '---GOV', name: 'authorities (implied by the curfew)', reduced: false, byUnknownPerson: true };

/** Rules (by id) whose doer is implied by the act, with that doer. */
export const IMPLIED_DOER: ReadonlyMap<string, ImpliedDoer> = new Map([
  ...['17.arrest', '17.into.custody', '17.round.up', '17.house.arrest', '17.hold.custody', '17.hold.without', '17.hold.people', '17.book', '17.nab', '17.~arrest', '17.~arrests.made'].map((id): [string, ImpliedDoer] => [id, POLICE]),
  ['17.tear.gas.shells', TEAR_GAS],
  ...['17.sentence', '17.condemn.to', '17.remand', '17.jail'].map((id): [string, ImpliedDoer] => [id, COURT]),
  ...['17.indict', '17.charge', '17.prosecute'].map((id): [string, ImpliedDoer] => [id, CHARGE]),
  ...['17.curfew', '17.under.curfew'].map((id): [string, ImpliedDoer] => [id, AUTHORITIES]),
]);

// Words no sentence is picked out by: prepositions, particles, articles.
const FUNCTION_WORDS = new Set(['to', 'with', 'on', 'of', 'in', 'at', 'for', 'against', 'from', 'by', 'into', 'under', 'without', 'the', 'a', 'an', 'and', 'over', 'about', 'up', 'out', 'off', 'down', 'back', 'away']);

/** For each head word of an implied-doer rule, the content words each of its rules also needs (alternatives per word). */
export type ImpliedDoerCues = ReadonlyMap<string, ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>>;

/**
 * What marks a sentence as possibly telling an act with an implied doer, so the clause stage reads it even
 * with no actor named: a head of such a rule with every content word the rule needs ("take" with "custody",
 * "impose" with "curfew", "sentence" alone). Function words are left out: nearly every sentence has them.
 */
export function impliedDoerCues(rules: readonly VerbRule[]): ImpliedDoerCues {
  const out = new Map<string, Array<Array<Set<string>>>>();
  for (const r of rules) {
    if (!IMPLIED_DOER.has(r.id)) continue;
    const needs: Array<Set<string>> = [];
    for (const it of r.items) if (it.kind === 'word' && !it.optional && !it.alts.every((w) => FUNCTION_WORDS.has(w))) needs.push(new Set(it.alts.map((w) => w.replace(/^~/, ''))));
    for (const h of r.heads) {
      const key = h.replace(/^~/, '');
      (out.get(key) ?? out.set(key, []).get(key)!).push(needs);
    }
  }
  return out;
}
