/**
 * Duplicate merging: does a new mention report the same real-world event as an existing
 * event? Pure functions, shared by every backend, so both cluster identically.
 */
import { CONTROL_CODES } from '../control/claims.js';
import type { EventLocation, Modality } from '../types.js';
import { countryAlpha3 } from '../ontology/countries.js';
import type { MergeOptions } from './types.js';

/**
 * Defaults: reports of one event are usually dated within a day or two of each other
 * (publication-dated mentions lag by a day), a city and its suburbs fall within 50 km,
 * and outlets code the same act with different codes of one root (190 vs 193).
 */
export const DEFAULT_MERGE: MergeOptions = { enabled: true, days: 2, km: 50, codeDigits: 2 };

/** What merging compares, on a new mention and on an existing event alike. */
export interface MergeSubject {
  code: string;
  source: string;
  target: string | null;
  /** first and last day, YYYY-MM-DD */
  date: string;
  dateEnd: string;
  location: EventLocation | null;
  modality: Modality;
}

/** The verdict on one candidate: join it (with a score, higher is better) or not, and why. */
export type MergeVerdict = { merge: true; score: number; reason: string } | { merge: false; reason: string };

/** Completes partial options with the defaults. */
export function mergeOptions(partial: Partial<MergeOptions> = {}): MergeOptions {
  return { ...DEFAULT_MERGE, ...partial };
}

/** Reports of what happened never merge with denials or speculation about it. */
export function modalityClass(modality: Modality): 'asserted' | 'negated' | 'irrealis' {
  return modality === 'asserted' || modality === 'negated' ? modality : 'irrealis';
}

/** The actor code (and country part) of an unidentified actor. */
export const UNKNOWN_PERPETRATOR = '---';

/** The country part of an actor code ('---' when unknown). */
export function countryPart(code: string): string {
  return code.slice(0, 3);
}

/** `a` says the same as `b` or less: same country (or unknown '---' country) and a role `b` refines. */
function coarserOrEqual(a: string, b: string): boolean {
  // a bare '---' is nobody in particular: only the same-target rule lets it match
  if (a === UNKNOWN_PERPETRATOR) return false;
  const sameCountry = countryPart(a) === countryPart(b) || countryPart(a) === UNKNOWN_PERPETRATOR;
  return sameCountry && b.slice(3).startsWith(a.slice(3));
}

/** Two actor codes may name the same actor: identical, or one a less specific form of the other (IRQ, IRQMIL). */
export function compatibleActors(a: string, b: string): boolean {
  return a === b || coarserOrEqual(a, b) || coarserOrEqual(b, a);
}

/** Codes share `digits` leading digits, or one is its root's "not specified" code (190 with 193), or an unspecified attack (190) meets an assault (18x). */
export function compatibleCodes(a: string, b: string, digits: number): boolean {
  // a change of control (seize, retreat, withdraw) is its own event: merged into an attack of the
  // same root it would carry the attack's place into the control timelines ("took Baiji")
  if (controlKind(a) !== controlKind(b)) return false;
  if (a.slice(0, digits) === b.slice(0, digits)) return true;
  const unspecified = (c: string) => c.length === 3 && c.endsWith('0');
  // "militants attacked soldiers" (190) and "a suicide bomber killed soldiers" (1831) tell one attack
  if ((a === '190' && b.startsWith('18')) || (b === '190' && a.startsWith('18'))) return true;
  return a.slice(0, 2) === b.slice(0, 2) && (unspecified(a) || unspecified(b));
}

/** The two roots whose events a mention of this code may merge with (the same root twice, but 18 and 19 for an unspecified attack or an assault). */
export function mergeRoots(code: string): [string, string] {
  const root = code.slice(0, 2);
  return code === '190' ? ['19', '18'] : root === '18' ? ['18', '19'] : [root, root];
}

/** The control code a CAMEO code is (see src/control/claims.ts), or null. */
function controlKind(code: string): string | null {
  return CONTROL_CODES.find((c) => code === c || (c.length === 3 && code.startsWith(c) && c !== '080')) ?? null;
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (YYYY-MM-DD), absolute. */
export function daysApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** Shifts a YYYY-MM-DD date by `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** ISO-3 of a location's country. */
export function locationCountry3(location: EventLocation | null): string | null {
  if (!location) return null;
  return location.country3 ?? countryAlpha3(location.country);
}

/** Countries the actors of a subject belong to (actor codes start with an ISO-3 code, or '---'). */
function actorCountries(s: MergeSubject): string[] {
  return [s.source, s.target ?? ''].map(countryPart).filter((c) => c.length === 3 && c !== UNKNOWN_PERPETRATOR);
}

type PlaceVerdict = { ok: true; score: number; reason: string } | { ok: false; reason: string };

function comparePlaces(a: MergeSubject, b: MergeSubject, km: number): PlaceVerdict {
  const la = a.location;
  const lb = b.location;
  if (!la && !lb) return { ok: true, score: 0, reason: 'no places' };
  if (!la || !lb) {
    // an unplaced report still agrees when its actors belong to the placed side's country
    const placed = (la ?? lb)!;
    const country = locationCountry3(placed);
    const actors = actorCountries(la ? b : a);
    if (!country || actors.length === 0) return { ok: true, score: 0, reason: 'one place unknown' };
    if (actors.includes(country)) return { ok: true, score: 0.25, reason: `one place unknown, same country ${country}` };
    return { ok: false, reason: `one place unknown and actors not from ${country}` };
  }
  if (la.geonameId != null && la.geonameId === lb.geonameId) return { ok: true, score: 2, reason: `same place ${la.name}` };
  const ca = locationCountry3(la);
  const cb = locationCountry3(lb);
  if (ca && cb && ca !== cb) return { ok: false, reason: `places in ${ca} and ${cb}` };
  // a country or province contains every point reported inside it
  const contains = (outer: EventLocation, inner: EventLocation) =>
    (outer.precision === 'country' && inner.precision !== 'country') ||
    (outer.precision === 'admin1' && inner.precision === 'point' && outer.admin1 != null && outer.admin1 === inner.admin1);
  if (contains(la, lb) || contains(lb, la)) return { ok: true, score: 0.5, reason: `place ${la.precision === 'point' ? la.name : lb.name} within ${la.precision === 'point' ? lb.name : la.name}` };
  if (la.lat != null && la.lon != null && lb.lat != null && lb.lon != null) {
    const d = haversineKm(la.lat, la.lon, lb.lat, lb.lon);
    if (d <= km) return { ok: true, score: 1 + (1 - d / km), reason: `places ${Math.round(d)} km apart` };
    return { ok: false, reason: `places ${Math.round(d)} km apart (> ${km})` };
  }
  if (la.name === lb.name && ca === cb) return { ok: true, score: 1.5, reason: `same place name ${la.name}` };
  return { ok: false, reason: `places ${la.name} and ${lb.name} differ` };
}

const dyad = (s: MergeSubject) => `${s.source}→${s.target ?? '—'}`;

/** Whether `mention` reports the same event as `event`, with a score to rank candidates and a readable reason. */
export function mergeDecision(event: MergeSubject, mention: MergeSubject, options: MergeOptions = DEFAULT_MERGE): MergeVerdict {
  if (!options.enabled) return { merge: false, reason: 'merging disabled' };
  if (modalityClass(event.modality) !== modalityClass(mention.modality))
    return { merge: false, reason: `modality ${event.modality} vs ${mention.modality}` };

  if (!compatibleCodes(event.code, mention.code, options.codeDigits))
    return { merge: false, reason: `codes ${event.code} and ${mention.code} differ` };
  const codeReason = event.code === mention.code ? `same code ${event.code}` : `codes ${event.code} and ${mention.code} compatible`;
  let score = event.code === mention.code ? 2 : 1;

  const targetsOk =
    event.target == null || mention.target == null || compatibleActors(event.target, mention.target);
  if (!targetsOk) return { merge: false, reason: `targets ${event.target} and ${mention.target} differ` };
  // an unidentified perpetrator is anyone, but only when both reports name the same target
  const unknownSource = event.source === UNKNOWN_PERPETRATOR || mention.source === UNKNOWN_PERPETRATOR;
  const sameTarget = event.target != null && mention.target != null;
  const sourcesOk = compatibleActors(event.source, mention.source) || (unknownSource && sameTarget);
  if (!sourcesOk) return { merge: false, reason: `sources ${event.source} and ${mention.source} differ` };
  const actorsSame = event.source === mention.source && event.target === mention.target;
  const actorReason = actorsSame ? `actors ${dyad(event)} match` : `actors ${dyad(event)} and ${dyad(mention)} compatible`;
  score += actorsSame ? 2 : 1;

  const apart = daysApart(event.date, mention.date);
  const overlap = event.date <= mention.dateEnd && mention.date <= event.dateEnd;
  if (apart > options.days && !overlap) return { merge: false, reason: `dates ${apart} days apart (> ${options.days})` };
  const dateReason = apart === 0 ? 'same date' : apart <= options.days ? `dates ${apart} day${apart === 1 ? '' : 's'} apart` : 'date ranges overlap';
  score += 1 - Math.min(apart, options.days + 1) / (options.days + 1);

  const place = comparePlaces(event, mention, options.km);
  if (!place.ok) return { merge: false, reason: place.reason };
  score += place.score;

  return { merge: true, score, reason: [codeReason, actorReason, dateReason, place.reason].join('; ') };
}
