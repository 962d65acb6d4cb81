/**
 * What one stored event says about who controls a place.
 *
 * The rules (each one guards against a way a news sentence can look like a change of control
 * without being one):
 *
 * 1. Only `asserted` events count. "ISIS could take Baghdad", "the army did not retreat",
 *    "if the troops had withdrawn" say nothing about who holds a place.
 * 2. The event needs a location that is a place someone can hold: precision `point` (a city,
 *    a base, an airport) or `admin1` (a province). A whole country does not count ("the company
 *    pulled out of Mali", "Iraq invaded Kuwait"), with one exception: a 192 whose location was
 *    only resolved to country precision but is named as something other than the country itself
 *    ("Israel occupied the Golan Heights") — a region inside or across a country, which is
 *    exactly what occupation claims are about.
 * 3. 192 (occupy territory: seize, capture, take control, retake, overrun, annex) → the SOURCE
 *    took the place.
 * 4. 0874 (retreat or surrender militarily: "soldiers fled Mosul", "retreated from Avdiivka",
 *    "withdrew its troops from Kherson", "the garrison surrendered") → the SOURCE lost it.
 * 5. 080 (yield) only when it is a withdrawal from the located place ("withdrew from $",
 *    "pulled out of $", "ceded control of $"): the sentence must have a withdrawal verb followed,
 *    within a few words, by the location's name. Every other 080 (yield to pressure, comply
 *    with demands) is about policy, not ground. The store keeps no rule id on an event, which is
 *    why this is read off the sentence.
 * 6. The unknown actor `---` (and an empty code) never takes or loses control: a claim must say
 *    who. Unknown-country roles like `---REBSUN` ("Sunni militants") are actors and do count.
 *
 * Implicit transfers: "the garrison surrendered to the Taliban" and "handed over control of
 * Basra to Iraqi forces" also say that the TARGET took the place; `controlClaimsOf` returns that
 * second claim. When no one is said to take a lost place, the timeline ends the loser's holding
 * and shows an unknown holder (see timeline.ts).
 */
import type { StoredEvent } from '../store/types.js';

/** CAMEO codes that can mean an actor took or lost a place */
export const CONTROL_CODES: readonly string[] = ['192', '0874', '080'];

/** One change of control an event asserts. */
export interface ControlChange {
  actor: string;
  actorName: string;
  change: 'took' | 'lost';
}

/** Withdrawal verbs of 080 that name the place left: "withdrew from", "pulled out of", "ceded control of". */
const WITHDRAWAL =
  /\b(?:withdr[ae]w\w*|withdrawing|withdrawal|pull(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:out|back)|pullout|pull-out|retreat\w*|evacuat\w*|ced(?:e|ed|es|ing)\s+(?:control|territory|land|authority))\s+(?:\w+\s+){0,4}?(?:from|of|out\s+of)\s+/gi;

/** "surrendered to X", "handed over control … to X", "ceded … to X": the target receives the place. */
const HANDOVER = /\b(?:surrender\w*|capitulat\w*|hand(?:s|ed|ing)?\s+over|turn(?:s|ed|ing)?\s+over|ced(?:e|ed|es|ing))\b[^.;]*?\bto\b/i;

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** what an asserted event says about control of its location, or null */
export function controlClaimOf(event: StoredEvent): ControlChange | null {
  return controlClaimsOf(event)[0] ?? null;
}

/** every change of control an asserted event says: the source's, then the target's in a handover */
export function controlClaimsOf(event: StoredEvent): ControlChange[] {
  if (event.modality !== 'asserted') return [];
  if (!isKnownActor(event.source.code)) return [];
  const loc = event.location;
  if (!loc || !loc.name) return [];
  const base = event.code.slice(0, 3);
  if (!holdablePlace(loc.precision, loc.name, loc.country ?? null, event.code)) return [];

  if (base === '192') return [{ actor: event.source.code, actorName: event.source.name, change: 'took' }];
  if (event.code === '0874' || (event.code === '080' && withdrawsFrom(event.sentence, loc.name))) {
    const out: ControlChange[] = [{ actor: event.source.code, actorName: event.source.name, change: 'lost' }];
    const t = event.target;
    // The target of "fled Mosul" is the city itself (coded as its country): only a handover names a receiver.
    if (t && isKnownActor(t.code) && t.code !== event.source.code && HANDOVER.test(event.sentence) && !sameWords(t.text, loc.name)) {
      out.push({ actor: t.code, actorName: t.name, change: 'took' });
    }
    return out;
  }
  return [];
}

function isKnownActor(code: string | undefined | null): code is string {
  return !!code && code !== '---';
}

/** Point and admin-1 places can be held; a country only as the region of an occupation. */
function holdablePlace(precision: string | null, name: string, country: string | null, code: string): boolean {
  if (precision === 'point' || precision === 'admin1') return true;
  if (precision === 'country' && code.startsWith('192')) return !namesCountry(name, country);
  return false;
}

/** true when `name` is the name (or code) of the country itself rather than a region of it */
function namesCountry(name: string, country: string | null): boolean {
  if (!country) return true; // no way to tell: stay on the safe side
  const n = normalize(name);
  if (n === normalize(country)) return true;
  let official: string | undefined;
  try {
    official = countryNames.of(country.toUpperCase());
  } catch {
    official = undefined;
  }
  if (!official) return false;
  const o = normalize(official);
  // "Congo - Kinshasa" for "Congo": the ICU name may carry a qualifier the text leaves out.
  return o === n || o.startsWith(`${n} `) || n.startsWith(`${o} `) || n === `the ${o}`;
}

/** true when the sentence withdraws from (or out of, or cedes control of) the place named `place` */
export function withdrawsFrom(sentence: string, place: string): boolean {
  const p = normalize(place);
  if (!p) return false;
  for (const m of sentence.matchAll(WITHDRAWAL)) {
    const after = normalize(sentence.slice(m.index + m[0].length, m.index + m[0].length + 80));
    // "withdrew from the besieged town of Gorazde": allow a few words before the name.
    const at = after.indexOf(p);
    if (at >= 0 && after.slice(0, at).split(' ').filter(Boolean).length <= 5) return true;
  }
  return false;
}

function sameWords(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function normalize(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
